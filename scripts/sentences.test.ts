/**
 * Every sentence the map can write about the seed ledger, against two rules (issue: the map
 * says exactly what its sources say):
 * 1. claims about single places (`scope: local`) are never written as, or summed into, an
 *    area's total: they are ground around the places claimed;
 * 2. no sentence says a side holds none of an area, or of a place, unless a claim says so
 *    in so many words (a claim that the other side holds all of it, or that place).
 * Table-driven over every view, date, perspective, language and interpolation setting: the
 * live region and the pictures' alt texts (describeAreas), each row's clause, the popups of
 * every shape, and the sentences of every comparison of two consecutive dates.
 */
import type { Feature, FeatureCollection } from 'geojson';
import { beforeAll, describe, expect, test } from 'vitest';
import { buildGeodata } from '../src/lib/build/build';
import type { ControlProps } from '../src/lib/contract/records';
import { areasOn, type AreaRow, type Areas } from '../src/lib/view/areas';
import { describeAreas, describeRow, type NamedPlace } from '../src/lib/view/describe';
import { shapeWords } from '../src/lib/view/popup';
import { changeBetween } from '../src/lib/compare/change';
import { changeSentences } from '../src/lib/compare/sentence';
import type { DatedShape } from '../src/lib/compare/spans';
import { makeLocale, type Locale } from '../src/lib/i18n/locale';
import { ENGLISH } from '../src/lib/i18n/english';
import { REGIONS, type Region } from '../src/lib/regions';
import { PERSPECTIVES } from '../src/lib/taxonomy';
import uk from '../src/messages/uk.json' with { type: 'json' };
import ru from '../src/messages/ru.json' with { type: 'json' };
import { readInputs } from './lib/ledger';

interface ClaimRow {
  id: string;
  kind: string;
  holder?: string;
  places: string[];
  region: string | null;
}

let areas: Areas;
let claims: Map<string, ClaimRow>;
let places: NamedPlace[];
let shapes: Feature<never, ControlProps>[];
const LOCALES: Locale[] = [ENGLISH, makeLocale('uk', uk), makeLocale('ru', ru)];

beforeAll(() => {
  const built = buildGeodata(readInputs('geodata').inputs);
  areas = JSON.parse(built.areas);
  const table = JSON.parse(built.claims) as { claims: ClaimRow[]; places: NamedPlace[] };
  claims = new Map(table.claims.map((c) => [c.id, c]));
  places = table.places;
  shapes = (JSON.parse(built.control) as FeatureCollection<never, ControlProps>).features;
});

/** Every date the map can show a change on, with the day before each. */
const datesShown = () => [...new Set(areas.dates.flatMap((d) => [d, dayBefore(d)]))].sort();
const dayBefore = (iso: string) =>
  new Date(Date.parse(`${iso}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);

/** Does a claim among the row's say in so many words that its holder has none here? */
function noneIsClaimed(row: AreaRow): boolean {
  return row.claims.some((id) => {
    const c = claims.get(id)!;
    const otherHoldsIt = c.kind === 'control' && c.holder !== undefined && c.holder !== row.holder;
    // all of the area (no place named), or every place the row speaks of
    return row.scope === 'local'
      ? otherHoldsIt && (row.places ?? []).every((p) => c.places.includes(p)) && c.places.length > 0
      : otherHoldsIt && c.places.length === 0 && c.region === row.region;
  });
}

function checkClause(clause: string, row: AreaRow, region: Region, locale: Locale): void {
  const where = `${locale.lang} ${row.date} ${region} ${row.perspective} ${row.holder}: "${clause}"`;
  const none = locale.t(`describe.${row.holder}.none` as never, { of: '' }).trim();
  if (clause.startsWith(none)) expect(noneIsClaimed(row), `rule 2, ${where}`).toBe(true);
  if (row.scope === 'local') {
    expect(clause.includes(locale.region(region, 'of')), `rule 1, ${where}`).toBe(false);
    for (const id of row.places ?? []) {
      const name = places.find((p) => p.id === id)!.names[locale.lang];
      expect(clause, `rule 1 names the place, ${where}`).toContain(name);
    }
  }
}

describe('every sentence about the seed ledger keeps to its claims', () => {
  test('the live region and alt texts: every view, date, perspective, language, with and without steps', () => {
    let clauses = 0;
    for (const locale of LOCALES)
      for (const interpolation of [true, false])
        for (const view of ['overview', ...REGIONS] as const)
          for (const perspective of PERSPECTIVES)
            for (const date of datesShown()) {
              const regions = view === 'overview' ? REGIONS : [view];
              const sentence = describeAreas(areas, regions, perspective, date, locale, {
                places,
                interpolation,
              });
              for (const region of regions)
                for (const row of areasOn(areas, region, perspective, date, interpolation)) {
                  const clause = describeRow(row, region, locale, places);
                  expect(sentence).toContain(clause);
                  checkClause(clause, row, region, locale);
                  clauses++;
                }
            }
    // the table covers the ledger: local rows and claimed absences both occur
    expect(clauses).toBeGreaterThan(1000);
    expect(areas.rows.some((r) => r.scope === 'local')).toBe(true);
    expect(areas.rows.some((r) => r.km2_max === 0)).toBe(true);
  });

  test('popups: every shape says no more than its claims, and a step never borrows a claim’s note', () => {
    for (const locale of LOCALES)
      for (const shape of shapes) {
        const p = shape.properties;
        const words = shapeWords(p as never, [], locale);
        const region = p.region as Region;
        if (p.scope === 'local') expect(words.title).not.toContain(locale.region(region, 'of'));
        if (p.interpolated) {
          expect(words.note).toBeNull();
          expect(words.how).toContain(locale.date(p.interpolated.between[0]));
          expect(words.how).toContain(locale.date(p.interpolated.between[1]));
        }
      }
  });

  test('comparing two dates: ground around places is said to be so, in every region and perspective', () => {
    const dates = areas.dates;
    for (const locale of LOCALES)
      for (const region of REGIONS)
        for (const perspective of PERSPECTIVES)
          for (let i = 1; i < dates.length; i++) {
            const change = changeBetween(
              shapes as unknown as DatedShape[],
              [region],
              perspective,
              dates[i - 1],
              dates[i],
            );
            const sentences = changeSentences(change, locale.region(region, 'in'), locale);
            change.holders.forEach((h, k) => {
              if (h.local)
                expect(sentences[k]).toContain(locale.t('change.aroundPlaces', { place: '' }).trim());
            });
          }
  });
});
