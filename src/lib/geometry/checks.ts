import {
  bbox,
  booleanPointInPolygon,
  booleanValid,
  feature,
  kinks,
  lineString,
  pointToLineDistance,
} from '@turf/turf';
import type { MultiLineString } from 'geojson';
import { clipLinesToBox, expandBox, intersectAll, km2, subtract } from './ops';
import type { Areal, LonLat } from './types';

/** Problems that make a polygon unusable: self-intersection, rings too short, bad nesting. */
export function geometryProblem(g: Areal): string | null {
  const rings = g.type === 'Polygon' ? g.coordinates : g.coordinates.flat();
  for (const ring of rings) {
    if (ring.length < 4) return 'a ring has fewer than 4 positions';
    const [a, b] = [ring[0], ring[ring.length - 1]];
    if (a[0] !== b[0] || a[1] !== b[1]) return 'a ring is not closed (first and last positions differ)';
  }
  // each ring on its own: rings of one polygon may touch at a point (valid), not cross
  for (const ring of rings) {
    if (kinks(feature({ type: 'Polygon', coordinates: [ring] })).features.length > 0)
      return 'a ring intersects itself';
  }
  if (!booleanValid(feature(g))) return 'the polygon is not valid (rings cross or nest wrongly)';
  return null;
}

export const contains = (g: Areal, p: LonLat): boolean => booleanPointInPolygon(p, g);

/** km² of `inner` lying outside `outer`: 0 when inner is wholly inside. */
export const outsideKm2 = (inner: Areal, outer: Areal): number => km2(subtract(inner, outer));

export const overlapKm2 = (a: Areal, b: Areal): number => km2(intersectAll([a, b]));

/** Shortest distance from the shape's outline to the border lines, in km. */
export function distanceToBorderKm(g: Areal, border: MultiLineString): number {
  const rings = g.type === 'Polygon' ? [g.coordinates[0]] : g.coordinates.map((p) => p[0]);
  // only border near the shape can be nearest to it: clip before measuring
  const near = clipLinesToBox(border, expandBox(bbox(g), 5));
  const lines = near.coordinates.map((l) => lineString(l));
  let best = Infinity;
  for (const ring of rings)
    for (let i = 0; i < ring.length; i += 1)
      for (const line of lines) {
        best = Math.min(best, pointToLineDistance(ring[i], line, { units: 'kilometers' }));
        if (best < 0.01) return best;
      }
  return best;
}
