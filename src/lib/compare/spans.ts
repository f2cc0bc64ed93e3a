/**
 * Dated shapes as the compare tools see them: who draws what ground for which holder, over
 * which days. Pure.
 */
import type { Feature } from 'geojson';
import type { Areal, ControlLayer, ControlProps, DisputedProps } from '../contract/records';
import { inForce } from '../timeline/span';

/** A claim in force over `[from, to)`: a drawn shape, or a statement that a holder has none. */
export type Span = Pick<
  ControlProps,
  'id' | 'region' | 'perspective' | 'holder' | 'status' | 'from' | 'to' | 'claims'
> &
  Partial<Pick<ControlProps, 'scope'>>;

/** A shape's ground over its days, as the compare tools read it. */
export type DatedShape = Feature<
  Areal,
  Span &
    Pick<ControlProps, 'scope' | 'schematic' | 'area_km2'> &
    Partial<Pick<ControlProps, 'basis' | 'km2_min' | 'km2_max'>>
>;

/**
 * Control features as dated ground: a packed piece's ground is the first of its geometries;
 * a piece known only by its properties (tiles mode) has none here.
 */
export function datedShapes(features: ControlLayer['features']): DatedShape[] {
  return features.flatMap((f) =>
    f.geometry === null
      ? []
      : [
          {
            ...f,
            geometry: f.geometry.type === 'GeometryCollection' ? f.geometry.geometries[0] : f.geometry,
          },
        ],
  );
}

/** The shapes a perspective draws for a holder on a date (any status), in a set of regions. */
export function drawnOn(
  shapes: readonly DatedShape[],
  regions: readonly string[],
  perspective: string,
  holder: string,
  date: string,
): DatedShape[] {
  return shapes.filter(
    (s) =>
      regions.includes(s.properties.region) &&
      s.properties.perspective === perspective &&
      s.properties.holder === holder &&
      inForce(s.properties, date),
  );
}

/** What the totals need of a disputed piece. */
export type DisputedSpan = {
  properties: Pick<DisputedProps, 'pair' | 'region' | 'from' | 'to' | 'area_km2'> & { firm?: boolean };
};

/**
 * km² disputed between a pair of perspectives on a date, per region: `firm`, the headline
 * (both sides rest on stated figures, places or traced data); `drawn`, ground disputed only
 * because a shape is illustrative or interpolated.
 */
export function disputedKm2(
  pieces: readonly DisputedSpan[],
  pair: string,
  region: string,
  date: string,
): { firm: number; drawn: number } {
  const sum = (firm: boolean) =>
    Math.round(
      pieces
        .filter(
          (p) =>
            p.properties.pair === pair &&
            p.properties.region === region &&
            (p.properties.firm ?? false) === firm &&
            inForce(p.properties, date),
        )
        .reduce((total, p) => total + p.properties.area_km2, 0) * 10,
    ) / 10;
  return { firm: sum(true), drawn: sum(false) };
}

/**
 * The stretches of time over which perspectives disagree somewhere in `regions`: the compared
 * pair's, or any pair's (null), merged where they meet. For the timeline's bands.
 */
export function disputedBands(
  pieces: readonly DisputedSpan[],
  regions: readonly string[],
  pair: string | null,
  last: string,
): { from: string; to: string }[] {
  const spans = pieces
    .map((p) => p.properties)
    .filter((p) => regions.includes(p.region) && (pair === null || p.pair === pair))
    .map((p) => ({ from: p.from, to: p.to ?? last }))
    .sort((a, b) => a.from.localeCompare(b.from));
  const merged: { from: string; to: string }[] = [];
  for (const s of spans) {
    const previous = merged.at(-1);
    if (previous && s.from <= previous.to) previous.to = s.to > previous.to ? s.to : previous.to;
    else merged.push({ ...s });
  }
  return merged;
}
