/**
 * The set of static snapshots the embed can show first: for each view (overview and the
 * five areas) and perspective, one picture per period in which what it shows stays the
 * same, and an index to find the one in force on any date. Pure.
 */
import { bbox } from '@turf/turf';
import type { Feature, Geometry } from 'geojson';
import type { Areas } from '../app/areas';
import { describeAreas } from '../app/describe';
import { OVERVIEW_BOUNDS, REGION_INFO, REGIONS, type Region } from '../regions';
import { PERSPECTIVES, type Perspective } from '../taxonomy';
import { projection, snapshotSvg, type Frame, type SnapshotLayers } from './svg';
import type { SnapshotEntry, SnapshotIndex } from './lookup';

export const SNAPSHOT_SIZE = { width: 800, height: 600 };
/** The share image (og:image): the five areas, latest independent assessment, 1.91:1. */
export const SHARE_SIZE = { width: 1200, height: 630 };

interface ControlFeature extends Feature<Geometry> {
  properties: {
    id: string;
    perspective: string;
    holder: string;
    status: string;
    from: string;
    to: string | null;
  };
}

const overlaps = (a: number[], b: number[]) => a[0] <= b[2] && b[0] <= a[2] && a[1] <= b[3] && b[1] <= a[3];

export function buildSnapshots(input: {
  /** Base layers at area detail, and at overview detail. */
  detail: SnapshotLayers;
  overview: SnapshotLayers;
  control: ControlFeature[];
  areas: Areas;
  range: { first: string; last: string };
}): { files: Record<string, string>; index: SnapshotIndex } {
  const files: Record<string, string> = {};
  const index: SnapshotIndex = { ...input.range, ...SNAPSHOT_SIZE, views: {} };
  const boxes = new Map(input.control.map((f) => [f.properties.id, bbox(f)]));
  for (const view of ['overview', ...REGIONS] as const) {
    const frame: Frame = {
      ...SNAPSHOT_SIZE,
      bounds: view === 'overview' ? OVERVIEW_BOUNDS : REGION_INFO[view].bounds,
    };
    const seen = projection(frame).view;
    const regions: Region[] = view === 'overview' ? [...REGIONS] : [view];
    const label = view === 'overview' ? 'five areas' : REGION_INFO[view].label;
    for (const perspective of PERSPECTIVES) {
      const mine = input.control.filter((f) => f.properties.perspective === perspective);
      const dates = [
        ...new Set([input.range.first, ...mine.flatMap((f) => [f.properties.from, f.properties.to ?? ''])]),
      ]
        .filter((d) => d && d >= input.range.first && d <= input.range.last)
        .sort();
      const entries: SnapshotEntry[] = [];
      let previous = '';
      for (const date of dates) {
        const shown = mine.filter(
          (f) =>
            f.properties.from <= date &&
            (f.properties.to === null || date < f.properties.to) &&
            overlaps(boxes.get(f.properties.id)!, seen),
        );
        const alt = `Map of ${label}. ${describeAreas(input.areas, regions, perspective as Perspective, date)}`;
        const key = `${shown.map((f) => f.properties.id).join(',')}|${alt.slice(alt.indexOf(':'))}`;
        if (key === previous) continue;
        previous = key;
        const file = `${view}-${perspective}-${date}.svg`;
        files[file] = snapshotSvg(
          frame,
          view === 'overview' ? input.overview : input.detail,
          shown.map((f) => ({
            holder: f.properties.holder,
            status: f.properties.status,
            geometry: f.geometry,
          })),
          alt,
        );
        entries.push({ from: date, file, alt });
      }
      index.views[`${view}/${perspective}`] = entries;
    }
  }
  const latest = input.range.last;
  files['share.svg'] = snapshotSvg(
    { ...SHARE_SIZE, bounds: OVERVIEW_BOUNDS },
    input.overview,
    input.control
      .filter(
        (f) =>
          f.properties.perspective === 'assessed' &&
          f.properties.from <= latest &&
          (f.properties.to === null || latest < f.properties.to),
      )
      .map((f) => ({ holder: f.properties.holder, status: f.properties.status, geometry: f.geometry })),
    `Map of five areas. ${describeAreas(input.areas, [...REGIONS], 'assessed', latest)}`,
  );
  return { files, index };
}
