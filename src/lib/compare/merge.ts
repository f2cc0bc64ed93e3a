import { feature, featureCollection, union } from '@turf/turf';
import type { Areal } from '../geometry/types';

/** One geometry covering all of `shapes` (null for none): the ground a set of shapes draws. */
export function merged(shapes: readonly Areal[]): Areal | null {
  if (shapes.length === 0) return null;
  if (shapes.length === 1) return shapes[0];
  const u = union(featureCollection(shapes.map((g) => feature(g))));
  return u ? u.geometry : null;
}
