/**
 * Boxes, [west, south, east, north] in degrees: clipping shapes and lines to one, growing
 * one by a distance, and whether two meet. The cheap first step before any polygon
 * clipping, whose cost grows with every vertex. Pure.
 */
import { bboxClip, feature } from '@turf/turf';
import type { MultiLineString } from 'geojson';
import type { Areal } from './types';

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

export function expandBox(b: number[], km: number): number[] {
  const dLat = km / 111.32;
  const dLon = km / (111.32 * Math.cos((((b[1] + b[3]) / 2) * Math.PI) / 180));
  return [b[0] - dLon, b[1] - dLat, b[2] + dLon, b[3] + dLat];
}

/** Do two [west, south, east, north] boxes overlap or touch? */
export const boxesMeet = (a: number[], b: number[]): boolean =>
  a[0] <= b[2] && b[0] <= a[2] && a[1] <= b[3] && b[1] <= a[3];
