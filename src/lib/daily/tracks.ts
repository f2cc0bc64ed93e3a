/**
 * Daily spans as the map's dated shapes: each span clipped to each area's oblast, runs
 * that clip to the same ground merged, and properties as control.geojson carries them.
 * The shapes are traced by whoever published the series, so they are not schematic; they
 * carry the series' name instead of claim ids. Pure.
 */
import type { Feature } from 'geojson';
import { bbox } from '@turf/turf';
import { clipToBox, intersectAll, km2, normalise } from '../geometry/ops';
import type { Areal } from '../geometry/types';
import type { Region } from '../regions';
import type { DailySpan } from './series';
import { sameCoordinates } from '../pack/cells';
import { onGrid } from './repair';

export interface DailyTrackOptions {
  /** The areas to cut the series into, each with the oblast its shapes must stay inside. */
  regions: { id: Region; oblast: Areal }[];
  perspective: string;
  holder: string;
  /** The series' name (its folder, or --source), kept on every shape. */
  source: string;
}

export interface DailyShapeProps {
  id: string;
  region: Region;
  perspective: string;
  holder: string;
  scope: 'region';
  status: 'controlled';
  from: string;
  to: string | null;
  claims: string[];
  schematic: false;
  basis: 'traced';
  source: string;
  area_km2: number;
}

interface Open {
  geometry: Areal;
  key: string;
  props: DailyShapeProps;
}

const shape = (o: Open, to: string | null): Feature<Areal, DailyShapeProps> => ({
  type: 'Feature',
  properties: { ...o.props, to },
  geometry: o.geometry,
});

export function dailyTracks(
  spans: readonly DailySpan[],
  o: DailyTrackOptions,
): Feature<Areal, DailyShapeProps>[] {
  const out: Feature<Areal, DailyShapeProps>[] = [];
  for (const region of o.regions) {
    let current: Open | null = null;
    // cutting to the oblast's box first leaves the polygon clipping a few hundred vertices
    const box = bbox(region.oblast);
    let nearBefore: unknown = null;
    for (const span of spans) {
      const near = clipToBox(span.geometry, box);
      // most days change the front somewhere else: the same ground in the box is the same
      // ground in the oblast, and the costly clipping is skipped
      const nearNow = near?.coordinates ?? null;
      if (sameCoordinates(nearNow, nearBefore)) continue;
      nearBefore = nearNow;
      const clipped = near && intersectAll([near, region.oblast]);
      // on the output grid and still valid: what the importer writes, the build accepts
      const rounded = clipped && normalise(clipped);
      const geometry = rounded && onGrid(rounded);
      const key = geometry ? JSON.stringify(geometry.coordinates) : '';
      if (current && current.key === key) continue; // the same ground in this area: the shape goes on
      if (current) out.push(shape(current, span.from));
      // nothing held in this area over this span: no shape until something is
      current = geometry && {
        geometry,
        key,
        props: {
          id: `${region.id}-${o.perspective}-${o.holder}-daily-${span.from}`,
          region: region.id,
          perspective: o.perspective,
          holder: o.holder,
          scope: 'region',
          status: 'controlled',
          from: span.from,
          to: null,
          claims: [],
          schematic: false,
          basis: 'traced',
          source: o.source,
          area_km2: Math.round(km2(geometry) * 10) / 10,
        },
      };
    }
    if (current) out.push(shape(current, null));
  }
  return out;
}
