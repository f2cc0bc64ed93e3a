/**
 * Country sense for a traced series. A series of occupied Ukraine describes ground in
 * Ukraine: in an area of Russia it cannot mean that Russia holds Russia, and where its
 * outline runs a few hundred metres over the border it is two data sources disagreeing
 * about where the border is, not ground held. Pure.
 */
import { bbox, lineString, pointToLineDistance } from '@turf/turf';
import type { MultiLineString } from 'geojson';
import { clipLinesToBox, expandBox } from '../geometry/box';
import { parts } from '../geometry/normalise';
import type { Areal } from '../geometry/types';

export type Country = 'RUS' | 'UKR';

/** Whose own ground a holder's is: Russia holding Russia is no occupation. */
export const HOLDER_COUNTRY: Record<string, Country> = { ru: 'RUS', ua: 'UKR' };

/**
 * A part lying wholly within this many km of the land border is a border sliver: outlines
 * from two sources (the series' and the oblasts') disagree by some hundreds of metres, and
 * a 1 km strip is wider than that and narrower than any real foothold.
 */
export const BORDER_SLIVER_KM = 1;

/** Is every vertex of `part` within `km` of the border? */
function hugsBorder(part: Areal, border: MultiLineString, km: number): boolean {
  const near = clipLinesToBox(border, expandBox(bbox(part), km + 1));
  if (near.coordinates.length === 0) return false;
  const lines = near.coordinates.map((l) => lineString(l));
  const rings = part.type === 'Polygon' ? part.coordinates : part.coordinates.flat();
  return rings.every((ring) =>
    ring.every((p) => lines.some((l) => pointToLineDistance(p, l, { units: 'kilometers' }) <= km)),
  );
}

/** `g` without its border slivers, and each one dropped (where it was, its km²). */
export function withoutBorderSlivers(
  g: Areal,
  border: MultiLineString,
  km = BORDER_SLIVER_KM,
): { geometry: Areal | null; dropped: Areal[] } {
  const kept: Areal[] = [];
  const dropped: Areal[] = [];
  for (const part of parts(g)) (hugsBorder(part.geometry, border, km) ? dropped : kept).push(part.geometry);
  if (kept.length === 0) return { geometry: null, dropped };
  const coordinates = kept.map((p) => (p as import('geojson').Polygon).coordinates);
  return {
    geometry:
      coordinates.length === 1
        ? { type: 'Polygon', coordinates: coordinates[0] }
        : { type: 'MultiPolygon', coordinates },
    dropped,
  };
}
