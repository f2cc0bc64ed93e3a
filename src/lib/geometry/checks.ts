import { bbox, booleanPointInPolygon, lineString, pointToLineDistance } from '@turf/turf';
import type { MultiLineString } from 'geojson';
import { invalidity } from './geos';
import { km2 } from './area';
import { clipLinesToBox, clipToBox, expandBox } from './box';
import { intersectAll, subtract } from './clip';
import type { Areal, LonLat } from './types';

/**
 * Problems that make a polygon unusable: rings too short or open, self-intersection, bad
 * nesting. Validity is the OGC rule as GEOS checks it (./geos.ts, fast on long traced
 * rings): parts and rings may touch at a point, never cross or overlap.
 */
export function geometryProblem(g: Areal): string | null {
  const rings = g.type === 'Polygon' ? g.coordinates : g.coordinates.flat();
  for (const ring of rings) {
    if (ring.length < 4) return 'a ring has fewer than 4 positions';
    const [a, b] = [ring[0], ring[ring.length - 1]];
    if (a[0] !== b[0] || a[1] !== b[1]) return 'a ring is not closed (first and last positions differ)';
  }
  const error = invalidity(g);
  if (!error) return null;
  const where = error.at ? ` near ${+error.at[0].toFixed(5)}, ${+error.at[1].toFixed(5)}` : '';
  return /self-intersection/i.test(error.reason)
    ? `a ring intersects itself${where}`
    : `the polygon is not valid (${error.reason.replace(/\[.*\]$/, '').toLowerCase()}${where})`;
}

export const contains = (g: Areal, p: LonLat): boolean => booleanPointInPolygon(p, g);

/** km² of `inner` lying outside `outer`: 0 when inner is wholly inside. */
export function outsideKm2(inner: Areal, outer: Areal): number {
  // polygon clipping's cost grows with every vertex of both shapes: only outer's edges near
  // inner can cut it, so clip outer (an oblast's long outline) to inner's box first
  const near = clipToBox(outer, expandBox(bbox(inner), 1));
  return near ? km2(subtract(inner, near)) : km2(inner);
}

export const overlapKm2 = (a: Areal, b: Areal): number => km2(intersectAll([a, b]));

/** Shortest distance from the shape's outline to the border lines, in km. */
export function distanceToBorderKm(g: Areal, border: MultiLineString): number {
  const rings = g.type === 'Polygon' ? [g.coordinates[0]] : g.coordinates.map((p) => p[0]);
  // only border near the shape can be nearest to it: clip before measuring
  const box = bbox(g);
  const near = clipLinesToBox(border, expandBox(box, 5));
  const lines = near.coordinates.map((l) => lineString(l));
  // geodesic distances are costly: measure first the positions a flat measure puts nearest
  // the border's vertices, so a shape that touches it returns after a few
  const kx = Math.cos((((box[1] + box[3]) / 2) * Math.PI) / 180);
  const vertices = near.coordinates.flat();
  const flat = (p: number[]) =>
    vertices.reduce((m, v) => Math.min(m, ((p[0] - v[0]) * kx) ** 2 + (p[1] - v[1]) ** 2), Infinity);
  const positions = rings
    .flat()
    .map((p) => ({ p, key: flat(p) }))
    .sort((a, b) => a.key - b.key);
  let best = Infinity;
  for (const { p } of positions)
    for (const line of lines) {
      best = Math.min(best, pointToLineDistance(p, line, { units: 'kilometers' }));
      if (best < 0.01) return best;
    }
  return best;
}
