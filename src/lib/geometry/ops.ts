import {
  area,
  bboxClip,
  difference,
  feature,
  featureCollection,
  flatten,
  intersect,
  rewind,
} from '@turf/turf';
import type { Feature, MultiLineString, Polygon } from 'geojson';
import type { Areal } from './types';
import { roundGeometry } from './precision';

/** Output precision: 5 decimals, about 1 m; the contract allows 6 at most. */
export const DECIMALS = 5;

export const km2 = (g: Areal | null): number => (g ? area(g) / 1e6 : 0);

export function intersectAll(shapes: (Areal | null)[]): Areal | null {
  if (shapes.some((s) => !s)) return null;
  const r = intersect(featureCollection((shapes as Areal[]).map((s) => feature(s))));
  return r ? r.geometry : null;
}

export function subtract(a: Areal | null, b: Areal | null): Areal | null {
  if (!a || !b) return a;
  const r = difference(featureCollection([feature(a), feature(b)]));
  return r ? r.geometry : null;
}

/** Clips an areal geometry to a box, dropping parts left empty (bboxClip keeps them). */
export function clipToBox(g: Areal, box: number[]): Areal | null {
  return dropEmpty(bboxClip(feature(g), box as [number, number, number, number]).geometry as Areal);
}

/** Drops rings too short to enclose anything (bboxClip leaves them); null if none is left. */
export function dropEmpty(g: Areal): Areal | null {
  const polys = (g.type === 'Polygon' ? [g.coordinates] : g.coordinates)
    .map((p) => p.filter((ring) => ring.length >= 4))
    .filter((p) => p.length > 0);
  if (polys.length === 0) return null;
  return polys.length === 1
    ? { type: 'Polygon', coordinates: polys[0] }
    : { type: 'MultiPolygon', coordinates: polys };
}

export function clipLinesToBox(lines: MultiLineString, box: number[]): MultiLineString {
  const out = lines.coordinates.flatMap((line) => {
    const c = bboxClip(
      feature({ type: 'LineString', coordinates: line }),
      box as [number, number, number, number],
    ).geometry;
    return c.type === 'LineString' ? [c.coordinates] : (c.coordinates as number[][][]);
  });
  return { type: 'MultiLineString', coordinates: out.filter((l) => l.length > 1) };
}

export function parts(g: Areal): Feature<Polygon>[] {
  return flatten(feature(g)).features as Feature<Polygon>[];
}

export function expandBox(b: number[], km: number): number[] {
  const dLat = km / 111.32;
  const dLon = km / (111.32 * Math.cos((((b[1] + b[3]) / 2) * Math.PI) / 180));
  return [b[0] - dLon, b[1] - dLat, b[2] + dLon, b[3] + dLat];
}

/** Do two [west, south, east, north] boxes overlap or touch? */
export const boxesMeet = (a: number[], b: number[]): boolean =>
  a[0] <= b[2] && b[0] <= a[2] && a[1] <= b[3] && b[1] <= a[3];

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
