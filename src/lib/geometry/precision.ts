import type { Geometry, MultiPolygon, Polygon, Position } from 'geojson';

/** Output precision: 5 decimals, about 1 m; the contract allows 6 at most. */
export const DECIMALS = 5;

/** Rounds a number to `decimals` places, normalising -0 to 0 so output is byte-stable. */
export function round(value: number, decimals: number): number {
  const f = 10 ** decimals;
  const r = Math.round(value * f) / f;
  return r === 0 ? 0 : r;
}

function roundPositions(coords: unknown, decimals: number): unknown {
  if (typeof coords === 'number') return round(coords, decimals);
  return (coords as unknown[]).map((c) => roundPositions(c, decimals));
}

/** Drops consecutive duplicate positions that rounding can create. */
function dedupe(ring: Position[]): Position[] {
  return ring.filter((p, i) => i === 0 || p[0] !== ring[i - 1][0] || p[1] !== ring[i - 1][1]);
}

/** A ring that rounding collapsed below 4 positions encloses nothing: drop it (and a
 * polygon whose outer ring collapsed). */
function polygonRings(rings: Position[][]): Position[][] {
  const kept = rings.map(dedupe);
  if (kept.length === 0 || kept[0].length < 4) return [];
  return kept.filter((r) => r.length >= 4);
}

/**
 * Returns a copy of `geometry` with every coordinate rounded to `decimals` places
 * (RFC 7946 recommends 6 at most) and repeated vertices removed. Pure.
 */
export function roundGeometry<G extends Geometry>(geometry: G, decimals: number): G {
  const g = structuredClone(geometry) as Geometry;
  switch (g.type) {
    case 'Point':
      g.coordinates = roundPositions(g.coordinates, decimals) as Position;
      break;
    case 'LineString':
    case 'MultiPoint':
      g.coordinates = dedupe(roundPositions(g.coordinates, decimals) as Position[]);
      break;
    case 'MultiLineString':
      g.coordinates = (roundPositions(g.coordinates, decimals) as Position[][]).map(dedupe);
      break;
    case 'Polygon':
      g.coordinates = polygonRings(roundPositions(g.coordinates, decimals) as Position[][]);
      break;
    case 'MultiPolygon':
      g.coordinates = (roundPositions(g.coordinates, decimals) as Position[][][])
        .map(polygonRings)
        .filter((p) => p.length > 0);
      break;
    case 'GeometryCollection':
      g.geometries = g.geometries.map((x) => roundGeometry(x, decimals));
      break;
  }
  return g as G;
}

/**
 * Drops the positions of a polygonal geometry on a `decimals` grid that lie on the straight
 * line between their neighbours, going on in the same direction: the ground is the same
 * point set with fewer positions. Exact, in whole grid units, so nothing else moves. Pure.
 */
export function withoutStraightPoints<G extends Polygon | MultiPolygon>(g: G, decimals: number): G {
  const f = 10 ** decimals;
  const ring = (r: Position[]): Position[] => {
    const open = r.slice(0, -1);
    const n = open.length;
    const kept = open.filter((p, i) => {
      const [a, c] = [open[(i + n - 1) % n], open[(i + 1) % n]];
      const [ux, uy] = [Math.round((p[0] - a[0]) * f), Math.round((p[1] - a[1]) * f)];
      const [vx, vy] = [Math.round((c[0] - p[0]) * f), Math.round((c[1] - p[1]) * f)];
      return ux * vy - uy * vx !== 0 || ux * vx + uy * vy <= 0;
    });
    return kept.length >= 3 ? [...kept, kept[0]] : r;
  };
  const polygon = (p: Position[][]) => p.map(ring);
  return (
    g.type === 'Polygon'
      ? { ...g, coordinates: polygon(g.coordinates) }
      : { ...g, coordinates: g.coordinates.map(polygon) }
  ) as G;
}
