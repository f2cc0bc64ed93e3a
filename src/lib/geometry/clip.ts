/**
 * Shapes clipped against each other with turf (polyclip-ts inside): exact, and light
 * enough to run in the browser (the date comparison). The build's long traced outlines go
 * through ./overlay.ts instead. Pure.
 */
import { difference, feature, featureCollection, intersect } from '@turf/turf';
import type { Areal } from './types';

/** The ground every shape covers; null if any is null or they share none. */
export function intersectAll(shapes: (Areal | null)[]): Areal | null {
  if (shapes.some((s) => !s)) return null;
  const r = intersect(featureCollection((shapes as Areal[]).map((s) => feature(s))));
  return r ? r.geometry : null;
}

/** The ground of `a` that `b` does not cover (`a` itself when `b` is null). */
export function subtract(a: Areal | null, b: Areal | null): Areal | null {
  if (!a || !b) return a;
  const r = difference(featureCollection([feature(a), feature(b)]));
  return r ? r.geometry : null;
}
