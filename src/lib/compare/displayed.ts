/**
 * The geometry a view displays, as one GeoJSON FeatureCollection an editor can download:
 * each side's shapes, the disputed pieces, the change layers. Each feature keeps its own
 * properties (claims, dates, areas) and says which layer and side it was shown on. Pure.
 */
import type { Feature, FeatureCollection } from 'geojson';
import { featureCollectionText } from '../json';
import { inForce } from '../timeline/span';

export interface ShownSide {
  perspective: string;
  date: string;
  /** Which map of a comparison; null for the single map. */
  side: 'left' | 'right' | null;
}

export function displayedGeometry(input: {
  control: FeatureCollection;
  disputed: FeatureCollection;
  change: FeatureCollection | null;
  regions: readonly string[];
  sides: readonly ShownSide[];
  /** The pair of perspectives whose disputed ground is shown, and on which date. */
  pair: string | null;
  date: string;
}): string {
  const inRegions = (f: Feature) => input.regions.includes(String(f.properties!.region));
  const dated = (f: Feature) => f.properties as { from: string; to: string | null };
  const features: Feature[] = [
    ...input.sides.flatMap((side) =>
      input.control.features
        .filter(
          (f) =>
            inRegions(f) && f.properties!.perspective === side.perspective && inForce(dated(f), side.date),
        )
        .map((f) => ({
          ...f,
          properties: { ...f.properties, layer: 'control', side: side.side, shown_on: side.date },
        })),
    ),
    ...input.disputed.features
      .filter(
        (f) =>
          input.pair !== null &&
          f.properties!.pair === input.pair &&
          inRegions(f) &&
          inForce(dated(f), input.date),
      )
      .map((f) => ({ ...f, properties: { ...f.properties, layer: 'disputed', shown_on: input.date } })),
    ...(input.change?.features ?? []).map((f) => ({
      ...f,
      properties: { ...f.properties, layer: 'change' },
    })),
  ];
  return featureCollectionText(features);
}
