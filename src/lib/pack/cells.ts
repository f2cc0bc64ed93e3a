/**
 * Cutting polygons into square cells of a fixed grid, and the edges of a cut piece that
 * are the polygon's own (not the cell's seams). Pure, planar (lon/lat degrees): cells only
 * partition ground, they never measure it.
 */
import type { Position } from 'geojson';

/** [west, south, east, north] */
export type Box = [number, number, number, number];
/** Polygons as rings of [lon, lat]; the first ring of each is its outer ring. */
export type Rings = Position[][];
export type Polygons = Rings[];

/** Coordinates are kept to 6 decimals (about 0.1 m), as control.geojson's are. */
const round = (n: number) => Math.round(n * 1e6) / 1e6;

type Inside = (p: Position) => boolean;
type Cross = (a: Position, b: Position) => Position;

function clipEdge(ring: Position[], inside: Inside, cross: Cross): Position[] {
  const out: Position[] = [];
  for (let i = 0; i < ring.length; i++) {
    const a = ring[i];
    const b = ring[(i + 1) % ring.length];
    if (inside(b)) {
      if (!inside(a)) out.push(cross(a, b));
      out.push(b);
    } else if (inside(a)) out.push(cross(a, b));
  }
  return out;
}

const atX = (x: number) => (a: Position, b: Position) => [
  x,
  round(a[1] + ((b[1] - a[1]) * (x - a[0])) / (b[0] - a[0])),
];
const atY = (y: number) => (a: Position, b: Position) => [
  round(a[0] + ((b[0] - a[0]) * (y - a[1])) / (b[1] - a[1])),
  y,
];

/** Twice the signed planar area of a ring (closed or open). */
function doubleArea(ring: Position[]): number {
  let s = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++)
    s += (ring[j][0] - ring[i][0]) * (ring[j][1] + ring[i][1]);
  return s;
}

/**
 * One ring clipped to a box (Sutherland-Hodgman), closed; null when nothing with area is
 * left. Where a concave ring leaves the box and comes back, the result runs along the box's
 * edge: zero-width there, so it fills nothing, and `ownEdges` leaves those stretches out.
 */
export function clipRing(ring: Position[], [w, s, e, n]: Box): Position[] | null {
  let r = ring.slice(0, -1);
  r = clipEdge(r, (p) => p[0] >= w, atX(w));
  r = clipEdge(r, (p) => p[0] <= e, atX(e));
  r = clipEdge(r, (p) => p[1] >= s, atY(s));
  r = clipEdge(r, (p) => p[1] <= n, atY(n));
  if (r.length < 3 || Math.abs(doubleArea(r)) < 1e-14) return null;
  return [...r, r[0]];
}

/** Polygons clipped to a box: holes follow their outer ring; empty parts are dropped. */
export function clipPolygons(polygons: Polygons, box: Box): Polygons {
  const out: Polygons = [];
  for (const rings of polygons) {
    const outer = clipRing(rings[0], box);
    if (!outer) continue;
    const holes = rings.slice(1).flatMap((h) => {
      const hole = clipRing(h, box);
      return hole ? [hole] : [];
    });
    out.push([outer, ...holes]);
  }
  return out;
}

/** The box around the polygons' outer rings. */
export function boundsOf(polygons: Polygons): Box {
  const b: Box = [Infinity, Infinity, -Infinity, -Infinity];
  for (const rings of polygons)
    for (const [x, y] of rings[0]) {
      if (x < b[0]) b[0] = x;
      if (y < b[1]) b[1] = y;
      if (x > b[2]) b[2] = x;
      if (y > b[3]) b[3] = y;
    }
  return b;
}

/** An edge of the ground that runs exactly north-south (`x` set) or east-west (`y` set). */
export interface StraightEdge {
  x?: number;
  y?: number;
  lo: number;
  hi: number;
}

/**
 * The ground's north-south and east-west edges: where one lies on a cell border, it must
 * not be taken for a seam. Rare in traced ground, common in schematic and synthetic shapes.
 */
export function straightEdges(polygons: Polygons): StraightEdge[] {
  const out: StraightEdge[] = [];
  for (const rings of polygons)
    for (const ring of rings)
      for (let i = 0; i < ring.length - 1; i++) {
        const [a, b] = [ring[i], ring[i + 1]];
        if (a[0] === b[0] && a[1] !== b[1])
          out.push({ x: a[0], lo: Math.min(a[1], b[1]), hi: Math.max(a[1], b[1]) });
        else if (a[1] === b[1] && a[0] !== b[0])
          out.push({ y: a[1], lo: Math.min(a[0], b[0]), hi: Math.max(a[0], b[0]) });
      }
  return out;
}

/**
 * The stretches of the rings that are the ground's own edge: every segment except those
 * lying along the cell's border, which are seams with the neighbouring cell (unless the
 * ground's own `straight` edges run there). Drawn as the outline, so a history cut into
 * cells still shows one unbroken front line.
 */
export function ownEdges(
  polygons: Polygons,
  [w, s, e, n]: Box,
  straight: readonly StraightEdge[] = [],
): Position[][] {
  const seam = (a: Position, b: Position) => {
    if (a[0] === b[0] && (a[0] === w || a[0] === e)) {
      const [lo, hi] = [Math.min(a[1], b[1]), Math.max(a[1], b[1])];
      return !straight.some((t) => t.x === a[0] && t.lo <= lo && hi <= t.hi);
    }
    if (a[1] === b[1] && (a[1] === s || a[1] === n)) {
      const [lo, hi] = [Math.min(a[0], b[0]), Math.max(a[0], b[0])];
      return !straight.some((t) => t.y === a[1] && t.lo <= lo && hi <= t.hi);
    }
    return false;
  };
  const lines: Position[][] = [];
  for (const rings of polygons)
    for (const ring of rings) {
      // start at a seam, if there is one, so a line never wraps around the ring's start
      const n0 = ring.length - 1;
      let start = 0;
      while (start < n0 && !seam(ring[start], ring[start + 1])) start++;
      if (start === n0) {
        lines.push(ring);
        continue;
      }
      let line: Position[] = [];
      for (let k = 0; k < n0; k++) {
        const i = (start + k) % n0;
        const [a, b] = [ring[i], ring[i + 1]];
        if (seam(a, b)) {
          if (line.length > 1) lines.push(line);
          line = [];
        } else {
          if (line.length === 0) line.push(a);
          line.push(b);
        }
      }
      if (line.length > 1) lines.push(line);
    }
  return lines;
}

/** Are two coordinate trees equal, number for number? Stops at the first difference. */
export function sameCoordinates(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (!sameCoordinates(a[i], b[i])) return false;
  return true;
}
