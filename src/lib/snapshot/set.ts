/**
 * The set of static snapshots the embed can show first: for each view (overview and the
 * five areas) and perspective, one picture per period in which what it shows stays the
 * same, and an index to find the one in force on any date. Pure.
 */
import { bbox } from '@turf/turf';
import type { Feature, Geometry } from 'geojson';
import type { Areas } from '../view/areas';
import { describeAreas, type DescribeOptions, type NamedPlace } from '../view/describe';
import { type Lang, type Locale } from '../i18n/locale';
import { ENGLISH } from '../i18n/english';
import { OVERVIEW_BOUNDS, REGION_INFO, REGIONS, type Region } from '../regions';
import { PERSPECTIVES, type Perspective } from '../taxonomy';
import { projection, snapshotSvg, type Frame, type NotMapped, type SnapshotLayers } from './svg';
import { unmappedOblasts } from '../certainty/coverage';
import type { SnapshotEntry, SnapshotIndex } from './lookup';
import { boxesMeet } from '../geometry/box';
import { inForce } from '../timeline/span';
import type { ControlProps } from '../contract/records';

export const SNAPSHOT_SIZE = { width: 800, height: 600 };
/** The share image (og:image): the five areas, latest independent assessment, 1.91:1. */
export const SHARE_SIZE = { width: 1200, height: 630 };

/** What the pictures need of a control feature (control.geojson). */
type Shown = Feature<
  Geometry,
  Pick<ControlProps, 'id' | 'perspective' | 'holder' | 'status' | 'from' | 'to'> &
    Partial<Pick<ControlProps, 'claims' | 'schematic' | 'basis'>>
>;

export function buildSnapshots(input: {
  /** Base layers at area detail, and at overview detail. */
  detail: SnapshotLayers;
  overview: SnapshotLayers;
  control: Shown[];
  areas: Areas;
  range: { first: string; last: string };
  /** The languages of the alt texts; the first is also the pictures' own title. */
  locales?: Locale[];
  /** The gazetteer's names, for the places local claims speak of (claims.json). */
  places?: readonly NamedPlace[];
  /** The claims (claims.json), for each area's coverage and latest claim in the alt texts. */
  claims?: DescribeOptions['claims'];
}): { files: Record<string, string>; index: SnapshotIndex; indexes: Partial<Record<Lang, SnapshotIndex>> } {
  const files: Record<string, string> = {};
  const locales = input.locales ?? [ENGLISH];
  const indexes = Object.fromEntries(
    locales.map((l) => [l.lang, { ...input.range, ...SNAPSHOT_SIZE, views: {} } as SnapshotIndex]),
  );
  const describe = (locale: Locale, view: Region | 'overview', perspective: Perspective, date: string) =>
    locale.t('describe.mapOf', {
      of: locale.region(view, 'of'),
      description: describeAreas(
        input.areas,
        view === 'overview' ? REGIONS : [view],
        perspective,
        date,
        locale,
        { places: input.places, claims: input.claims ?? [] },
      ),
    });
  const boxes = new Map(input.control.map((f) => [f.properties.id, bbox(f)]));
  const regions = REGIONS.map((r) => REGION_INFO[r]);
  /** The five areas' outlines where the claims in force do not map them, with the label. */
  const notMapped = (view: Region | 'overview', perspective: Perspective, date: string): NotMapped => {
    const ids = unmappedOblasts(input.areas, regions, perspective, date);
    const layer = view === 'overview' ? input.overview : input.detail;
    return {
      areas: layer.oblasts.filter((f) => ids.has(String(f.properties?.id))),
      label: locales[0].t('map.notMapped'),
    };
  };
  for (const view of ['overview', ...REGIONS] as const) {
    const frame: Frame = {
      ...SNAPSHOT_SIZE,
      bounds: view === 'overview' ? OVERVIEW_BOUNDS : REGION_INFO[view].bounds,
    };
    const seen = projection(frame).view;
    for (const perspective of PERSPECTIVES) {
      const mine = input.control.filter((f) => f.properties.perspective === perspective);
      // a picture per change of what is drawn, said or left unmapped
      const dates = [
        ...new Set([
          input.range.first,
          ...mine.flatMap((f) => [f.properties.from, f.properties.to ?? '']),
          ...input.areas.dates,
        ]),
      ]
        .filter((d) => d && d >= input.range.first && d <= input.range.last)
        .sort();
      const entries: Record<string, SnapshotEntry[]> = Object.fromEntries(locales.map((l) => [l.lang, []]));
      let previous = '';
      for (const date of dates) {
        const shown = mine.filter(
          (f) => inForce(f.properties, date) && boxesMeet(boxes.get(f.properties.id)!, seen),
        );
        const alts = locales.map((l) => describe(l, view, perspective, date));
        const alt = alts[0];
        const unmapped = notMapped(view, perspective, date);
        const key = `${shown.map((f) => f.properties.id).join(',')}|${unmapped.areas.length}|${alt.slice(alt.indexOf(':'))}`;
        if (key === previous) continue;
        previous = key;
        const file = `${view}-${perspective}-${date}.svg`;
        files[file] = snapshotSvg(
          frame,
          view === 'overview' ? input.overview : input.detail,
          shown.map((f) => ({
            holder: f.properties.holder,
            status: f.properties.status,
            basis: f.properties.basis,
            geometry: f.geometry,
          })),
          alt,
          unmapped,
        );
        locales.forEach((l, i) => entries[l.lang].push({ from: date, file, alt: alts[i] }));
      }
      for (const l of locales) indexes[l.lang].views[`${view}/${perspective}`] = entries[l.lang];
    }
  }
  const latest = input.range.last;
  files['share.svg'] = snapshotSvg(
    { ...SHARE_SIZE, bounds: OVERVIEW_BOUNDS },
    input.overview,
    input.control
      .filter((f) => f.properties.perspective === 'assessed' && inForce(f.properties, latest))
      .map((f) => ({
        holder: f.properties.holder,
        status: f.properties.status,
        basis: f.properties.basis,
        geometry: f.geometry,
      })),
    describe(locales[0], 'overview', 'assessed', latest),
    notMapped('overview', 'assessed', latest),
  );
  return { files, index: indexes[locales[0].lang], indexes };
}
