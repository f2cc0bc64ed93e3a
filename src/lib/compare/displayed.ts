/**
 * The geometry a view displays, as one GeoJSON FeatureCollection an editor can download:
 * each side's shapes, the disputed pieces, the change layers. Each feature keeps its own
 * properties (claims, dates, areas) and says which layer and side it was shown on. Pure.
 */
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { featureCollectionText } from '../json';
import { inForce } from '../timeline/span';
import type { ControlLayer, DisputedFile } from '../contract/records';
import type { Side } from '../view/shown';

export function displayedGeometry(input: {
  control: ControlLayer;
  disputed: DisputedFile;
  change: FeatureCollection | null;
  regions: readonly string[];
  sides: readonly Side[];
  /** The pair of perspectives whose disputed ground is shown, and on which date. */
  pair: string | null;
  date: string;
}): string {
  const inRegions = (f: { properties: { region: string } }) => input.regions.includes(f.properties.region);
  const features: Feature<Geometry | null>[] = [
    ...input.sides.flatMap((side) =>
      input.control.features
        .filter(
          (f) =>
            inRegions(f) && f.properties.perspective === side.perspective && inForce(f.properties, side.date),
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
          f.properties.pair === input.pair &&
          inRegions(f) &&
          inForce(f.properties, input.date),
      )
      .map((f) => ({ ...f, properties: { ...f.properties, layer: 'disputed', shown_on: input.date } })),
    ...(input.change?.features ?? []).map((f) => ({
      ...f,
      properties: { ...f.properties, layer: 'change' },
    })),
  ];
  return featureCollectionText(features);
}
