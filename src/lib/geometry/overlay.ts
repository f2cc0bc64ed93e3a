/**
 * Polygon overlay on long traced outlines, at build time: GEOS first (./geos.ts, many times
 * faster), and where GEOS refuses a shape (its overlay wants valid input; a packed piece's
 * rings may touch along a cell's edge, and a tracker's shape may cross itself) polyclip-ts,
 * turf's clipper, which takes such shapes. Pure.
 */
import { feature, featureCollection, union as turfUnion } from '@turf/turf';
import * as geos from './geos';
import { intersectAll, subtract } from './clip';
import type { Areal } from './types';

function tolerant<T extends unknown[]>(
  fast: (...a: T) => Areal | null,
  slow: (...a: T) => Areal | null,
): (...a: T) => Areal | null {
  return (...a) => {
    try {
      return fast(...a);
    } catch {
      return slow(...a);
    }
  };
}

/** The ground both shapes cover. */
export const intersection = tolerant(geos.intersection, (a: Areal, b: Areal) => intersectAll([a, b]));

/** The ground of `a` that `b` does not cover. */
export const difference = tolerant(geos.difference, (a: Areal, b: Areal) => subtract(a, b));

/** The ground any of the shapes covers; null for none. */
export const union = tolerant(geos.union, (shapes: readonly Areal[]) => {
  if (shapes.length <= 1) return shapes[0] ?? null;
  return turfUnion(featureCollection(shapes.map((g) => feature(g))))?.geometry ?? null;
});
