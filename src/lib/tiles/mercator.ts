/** Web Mercator tile maths shared by the tile cutters. Pure. */

/** A box on the Web Mercator square tile 0/0/0 covers: [left, top, right, bottom], 0..1, y down. */
export type Box = [number, number, number, number];

export const mercatorX = (lon: number): number => lon / 360 + 0.5;
export function mercatorY(lat: number): number {
  const sin = Math.sin((lat * Math.PI) / 180);
  const y = 0.5 - (0.25 * Math.log((1 + sin) / (1 - sin))) / Math.PI;
  return Math.min(1, Math.max(0, y));
}

export const overlaps = (a: Box, b: Box): boolean =>
  a[0] <= b[2] && b[0] <= a[2] && a[1] <= b[3] && b[1] <= a[3];

/** Every tile [x, y] at zoom `z` that a [west, south, east, north] box in degrees touches. */
export function tilesInBox([west, south, east, north]: readonly number[], z: number): [number, number][] {
  const n = 2 ** z;
  const index = (v: number) => Math.min(n - 1, Math.max(0, Math.floor(v * n)));
  const [x0, x1] = [index(mercatorX(west)), index(mercatorX(east))];
  const [y0, y1] = [index(mercatorY(north)), index(mercatorY(south))];
  const out: [number, number][] = [];
  for (let x = x0; x <= x1; x++) for (let y = y0; y <= y1; y++) out.push([x, y]);
  return out;
}
