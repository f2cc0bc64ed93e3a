/**
 * Daily spans as the map's dated shapes: each span clipped to each area's oblast, runs
 * that clip to the same ground merged, and properties as control.geojson carries them.
 * The shapes are traced by whoever published the series, so they are not schematic; they
 * carry the series' name instead of claim ids. Pure.
 */
import type { Feature, MultiLineString, MultiPolygon } from 'geojson';
import { HOLDER_COUNTRY, withoutBorderSlivers, type Country } from './country';
import { bbox } from '@turf/turf';
import { km2 } from '../geometry/area';
import { clipToBox } from '../geometry/box';
import { normalise } from '../geometry/normalise';
import { intersection } from '../geometry/overlay';
import type { Areal } from '../geometry/types';
import type { Region } from '../regions';
import { sameCoordinates } from '../pack/cells';
import { onGrid } from './repair';

export interface DailyTrackOptions {
  /** The areas to cut the series into, each with the oblast its shapes must stay inside. */
  regions: { id: Region; oblast: Areal; country?: Country }[];
  /**
   * The country whose ground the series describes, and the land border: in an area of the
   * other country the series only gives what it can mean there (./country.ts).
   */
  country?: { code: Country; border: MultiLineString };
  /** Told of what country sense leaves out, area by area. */
  report?: (note: CountryNote) => void;
  perspective: string;
  holder: string;
  /** The series' name (its folder, or --source), kept on every shape. */
  source: string;
}

export interface CountryNote {
  region: Region;
  kind: 'own-ground' | 'border-sliver';
  /** The first day it applies to, and (for a sliver) where it was and its km². */
  where: string;
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
  spans: Iterable<{ from: string; to?: string | null; geometry: MultiPolygon }>,
  o: DailyTrackOptions,
): Feature<Areal, DailyShapeProps>[] {
  const tracks = dailyTrackBuilder(o);
  for (const span of spans) tracks.add(span);
  return tracks.finish();
}

/**
 * The same, a day at a time, for series too large to hold whole: each span is cut into the
 * areas as it comes and can then be let go; only each area's shapes are kept.
 */
export function dailyTrackBuilder(o: DailyTrackOptions): {
  add(span: { from: string; geometry: MultiPolygon }): void;
  finish(): Feature<Areal, DailyShapeProps>[];
} {
  const areas = o.regions.flatMap((region) => {
    const abroad = Boolean(o.country && region.country && region.country !== o.country.code);
    if (abroad && HOLDER_COUNTRY[o.holder] === region.country) {
      // Russia holding Russia: not what a series of occupied Ukraine maps
      o.report?.({ region: region.id, kind: 'own-ground', where: 'every day' });
      return [];
    }
    // cutting to the oblast's box first leaves the polygon clipping a few hundred vertices
    const state = { current: null as Open | null, nearBefore: null as unknown };
    return [
      { region, abroad, box: bbox(region.oblast), state, out: [] as Feature<Areal, DailyShapeProps>[] },
    ];
  });
  const add = (span: { from: string; geometry: MultiPolygon }) => {
    for (const { region, abroad, box, state, out } of areas) {
      const near = clipToBox(span.geometry, box);
      // most days change the front somewhere else: the same ground in the box is the same
      // ground in the oblast, and the costly clipping is skipped
      const nearNow = near?.coordinates ?? null;
      if (sameCoordinates(nearNow, state.nearBefore)) continue;
      state.nearBefore = nearNow;
      let clipped = near && intersection(near, region.oblast);
      if (clipped && abroad) {
        const { geometry, dropped } = withoutBorderSlivers(clipped, o.country!.border);
        for (const d of dropped)
          o.report?.({
            region: region.id,
            kind: 'border-sliver',
            where: `${span.from}: ${bbox(d)
              .map((n) => +n.toFixed(3))
              .join(', ')} (${km2(d).toFixed(2)} km²)`,
          });
        clipped = geometry;
      }
      // on the output grid and still valid: what the importer writes, the build accepts
      const rounded = clipped && normalise(clipped);
      const geometry = rounded && onGrid(rounded);
      const key = geometry ? JSON.stringify(geometry.coordinates) : '';
      if (state.current && state.current.key === key) continue; // the same ground: the shape goes on
      if (state.current) out.push(shape(state.current, span.from));
      // nothing held in this area over this span: no shape until something is
      state.current = geometry && {
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
  };
  return {
    add,
    finish: () =>
      areas.flatMap(({ state, out }) => (state.current ? [...out, shape(state.current, null)] : out)),
  };
}
