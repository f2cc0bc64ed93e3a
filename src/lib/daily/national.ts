/**
 * The "national" profile's extra ground: besides the long front, a whole-country series
 * holds many parts that never touch it (peninsulas, islands, enclaves). Here 99 irregular
 * parts in a grid over the south, seeded and the same every day, as such ground is in
 * real series. With a 15,000-vertex front a day is about 100 parts and 25,000 vertices.
 * Pure.
 */
import type { Position } from 'geojson';

/** Where the parts lie, [west, south, east, north]: clear of the front and of the five areas. */
const BOX = [32.6, 44.6, 36.4, 45.9] as const;
const [COLUMNS, ROWS] = [11, 9];

/** The parts, each one ring, from a seeded `rand`. */
export function nationalParts(rand: () => number, round: (n: number) => number): Position[][][] {
  const [w, s, e, n] = BOX;
  const [dx, dy] = [(e - w) / COLUMNS, (n - s) / ROWS];
  const parts: Position[][][] = [];
  for (let row = 0; row < ROWS; row++)
    for (let col = 0; col < COLUMNS; col++) {
      const [cx, cy] = [w + (col + 0.5) * dx, s + (row + 0.5) * dy];
      // an irregular outline inside its grid cell, so no two parts touch
      const r = Math.min(dx, dy) * (0.25 + rand() * 0.2);
      const count = 80 + Math.floor(rand() * 40);
      const ring: Position[] = Array.from({ length: count }, (_, i) => {
        const a = (i / count) * 2 * Math.PI;
        const k = 0.85 + rand() * 0.3;
        return [round(cx + Math.cos(a) * r * k * 1.6), round(cy + Math.sin(a) * r * k)];
      });
      parts.push([[...ring, ring[0]]]);
    }
  return parts;
}
