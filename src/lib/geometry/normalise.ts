/**
 * Shapes as the outputs carry them: split into parts, slivers dropped, RFC 7946 winding
 * (outer rings counter-clockwise) and 5 decimals. Pure.
 */
import { feature, flatten, rewind } from '@turf/turf';
import type { Feature, Polygon } from 'geojson';
import { km2 } from './area';
import { DECIMALS, roundGeometry } from './precision';
import type { Areal } from './types';

/** A shape's polygons, each as a feature of its own. */
export function parts(g: Areal): Feature<Polygon>[] {
  return flatten(feature(g)).features as Feature<Polygon>[];
}

/** Parts smaller than this are slivers polygon clipping leaves along shared edges. */
const SLIVER_KM2 = 0.01;

/** Drops sliver parts; null when nothing is left. */
export function withoutSlivers(g: Areal, minKm2 = SLIVER_KM2): Areal | null {
  const kept = parts(g)
    .filter((p) => km2(p.geometry) >= minKm2)
    .map((p) => p.geometry.coordinates);
  if (kept.length === 0) return null;
  return kept.length === 1
    ? { type: 'Polygon', coordinates: kept[0] }
    : { type: 'MultiPolygon', coordinates: kept };
}

/** RFC 7946 winding (outer rings counter-clockwise), fixed precision, no slivers. */
export function normalise(g: Areal): Areal | null {
  const solid = withoutSlivers(g);
  if (!solid) return null;
  const wound = rewind(feature(solid), { reverse: false }) as Feature<Areal>;
  return roundGeometry(wound.geometry, DECIMALS);
}
