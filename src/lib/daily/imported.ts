/**
 * Reading what `npm run import:daily` wrote (geodata/imports/*.geojson) back for the
 * geodata build: one file per area, perspective and holder, its shapes consecutive runs of
 * days. Anything else is refused with the file, feature and field named. Pure.
 */
import { LedgerError } from '../claims/errors';
import { geometryProblem } from '../geometry/checks';
import type { Areal } from '../geometry/types';
import { isRegion, type Region } from '../regions';
import { HOLDERS, isHolder, isPerspective, PERSPECTIVES, type Holder, type Perspective } from '../taxonomy';
import type { DatedGround } from '../pack/pack';
import { isIsoDate } from '../timeline/dates';

export interface ImportedSeries {
  file: string;
  region: Region;
  perspective: Perspective;
  holder: Holder;
  source: string;
  /** Runs of days in date order; the days between runs hold nothing. */
  history: DatedGround[];
}

export function readImport(
  file: string,
  text: string,
): { series: ImportedSeries | null; errors: LedgerError[] } {
  const errors: LedgerError[] = [];
  const fail = (record: string | null, field: string | null, problem: string) =>
    errors.push(new LedgerError(file, null, record, field, problem));
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    fail(null, null, `not JSON: ${(e as Error).message}`);
    return { series: null, errors };
  }
  const features = (json as { features?: unknown })?.features;
  if ((json as { type?: unknown })?.type !== 'FeatureCollection' || !Array.isArray(features)) {
    fail(null, 'type', 'expected a FeatureCollection');
    return { series: null, errors };
  }
  if (features.length === 0) fail(null, 'features', 'no shapes');
  const history: DatedGround[] = [];
  let first: { region: Region; perspective: Perspective; holder: Holder; source: string } | null = null;
  features.forEach((f: { properties?: Record<string, unknown>; geometry?: Areal }, i) => {
    const record = `features[${i}]`;
    const p = f?.properties ?? {};
    // a field that fails is reported; the record is refused with it, so the value is not used
    const text = <T>(field: string, ok: (v: unknown) => v is T, what: string): T => {
      if (!ok(p[field]))
        fail(record, `properties.${field}`, `expected ${what}, got ${JSON.stringify(p[field])}`);
      return p[field] as T;
    };
    const region = text('region', isRegion, 'an area of the map');
    const perspective = text('perspective', isPerspective, PERSPECTIVES.join('|'));
    const holder = text('holder', isHolder, HOLDERS.join('|'));
    const source = text(
      'source',
      (v): v is string => typeof v === 'string' && v.length > 0,
      'the series name',
    );
    const from = text('from', isIsoDate, 'an ISO date');
    const to = text(
      'to',
      (v): v is string | null => v === null || (isIsoDate(v) && v > from),
      `null or a date after from`,
    );
    const g = f?.geometry;
    const problem =
      g && (g.type === 'Polygon' || g.type === 'MultiPolygon')
        ? geometryProblem(g)
        : 'expected Polygon or MultiPolygon';
    if (problem) fail(record, 'geometry', problem);
    first ??= { region, perspective, holder, source };
    for (const [field, value] of Object.entries({ region, perspective, holder, source }))
      if (value !== first[field as keyof typeof first])
        fail(
          record,
          `properties.${field}`,
          `one file holds one series: ${JSON.stringify(value)} differs from features[0]`,
        );
    const previous = history.at(-1);
    if (previous && (previous.to === null || from < previous.to))
      fail(record, 'properties.from', `${from} overlaps the shape before it (to ${previous.to ?? 'null'})`);
    if (!problem && g)
      history.push({
        from,
        to: to ?? null,
        polygons: g.type === 'Polygon' ? [g.coordinates] : g.coordinates,
      });
  });
  if (errors.length || !first) return { series: null, errors };
  const head = first as unknown as Omit<ImportedSeries, 'file' | 'history'>;
  return { series: { file, ...head, history }, errors };
}
