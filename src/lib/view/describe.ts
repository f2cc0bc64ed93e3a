/** What the map shows, in words: for the live region and image alt text. Pure. */
import { areasOn, type AreaRow, type Areas } from './areas';
import type { Perspective, ViewState } from './state';
import { pairOf, regionsOf } from './shown';
import { disputedKm2, type DisputedSpan } from '../compare/spans';
import { type Locale, type MessageKey } from '../i18n/locale';
import { ENGLISH } from '../i18n/english';
import type { Region } from '../regions';
import type { PlaceRecord } from '../contract/records';
import { basisWords, coverageWords, groundWords, noneWords } from '../certainty/words';
import { coverageOn, latestClaim } from '../certainty/coverage';

/** A gazetteer place as claims.json lists it: its name in each language. */
export type NamedPlace = Pick<PlaceRecord, 'id' | 'names'>;

export interface DescribeOptions {
  places?: readonly NamedPlace[];
  /** Off: steps between two claims give way to the claim they started from. */
  interpolation?: boolean;
  /** The claims (claims.json): with them, each area's coverage and latest claim are said too. */
  claims?: readonly { date: string; region: string | null; perspective: string | null; kind: string }[];
}

/** What the claims map in an area and what they do not, and the date of the latest. */
export function describeCoverage(
  areas: Areas,
  region: Region,
  perspective: Perspective,
  date: string,
  locale: Locale,
  options: DescribeOptions = {},
): string {
  const coverage = coverageOn(areas, region, perspective, date, options.interpolation ?? true);
  const names = coverage.places.map((id) => {
    const place = options.places?.find((p) => p.id === id);
    return place?.names[locale.lang] ?? place?.names.en ?? id;
  });
  const latest = latestClaim(options.claims ?? [], region, perspective);
  return coverageWords(
    coverage,
    { of: locale.region(region, 'of'), places: names },
    { shown: date, latest },
    locale,
  );
}

/** The words for where a row's ground lies: the area, or the places its claims name. */
export function whereOf(row: AreaRow, region: Region, locale: Locale, places: readonly NamedPlace[] = []) {
  const names = (row.places ?? []).map((id) => {
    const place = places.find((p) => p.id === id);
    return place?.names[locale.lang] ?? place?.names.en ?? id;
  });
  return { of: locale.region(region, 'of'), in: locale.region(region, 'in'), places: names };
}

/**
 * One clause per row: who holds what ground, as much as the claims' words allow and no
 * more, and how sure the shape is. E.g. "Ukraine holds between about 1,000 and 1,430 km²
 * of Kursk oblast (drawn to a stated area)"; "Russia has advanced into ground around
 * Shcherbaky (drawn around the places named; their extent is not stated)".
 */
export function describeRow(row: AreaRow, region: Region, locale: Locale, places?: readonly NamedPlace[]) {
  const { t } = locale;
  const where = whereOf(row, region, locale, places);
  // a claim that the holder has none here, in as many words (an area's, or a place's)
  if (row.km2_max === 0 && row.km2 === 0)
    return t(`describe.${row.holder}.none` as MessageKey, { of: noneWords(row, where, locale) });
  const said = t(`describe.${row.holder}.${row.status}` as MessageKey, {
    ground: groundWords(row, where, locale),
  });
  const how = row.asOf ? t('basis.asOf', { date: locale.date(row.asOf) }) : basisWords(row, locale);
  return `${said} ${t('describe.how', { basis: how })}`;
}

/** E.g. "20 August 2024, Independent assessment: Ukraine holds … (drawn to a stated area)." */
export function describeAreas(
  areas: Areas,
  regions: readonly Region[],
  perspective: Perspective,
  date: string,
  locale: Locale = ENGLISH,
  options: DescribeOptions = {},
): string {
  const { t } = locale;
  const parts = regions.flatMap((r) =>
    areasOn(areas, r, perspective, date, options.interpolation ?? true).map((row) =>
      describeRow(row, r, locale, options.places),
    ),
  );
  const sentence = t('describe.sentence', {
    date: locale.date(date),
    perspective: locale.perspective(perspective),
    parts: parts.length ? parts.join('; ') : t('describe.noClaim'),
  });
  if (!options.claims) return sentence;
  // ground no claim covers is said to be not mapped, never left to read as empty
  const coverage = regions.map((r) =>
    t('describe.coverage', {
      area: locale.region(r),
      statement: describeCoverage(areas, r, perspective, date, locale, options),
    }),
  );
  return [sentence, ...coverage].join(' ');
}

/**
 * The view in words, for the live region: the areas held on the date shown, or, comparing two
 * perspectives, the ground they dispute (the headline counts ground both sides' claims state;
 * what is disputed only as drawn is said apart). A date comparison speaks its change instead.
 */
export function describeView(
  view: ViewState,
  data: {
    areas: Areas;
    disputed: readonly DisputedSpan[];
    claims: DescribeOptions['claims'];
    places: readonly NamedPlace[];
  },
  locale: Locale,
): string {
  const regions = regionsOf(view.region);
  const pair = pairOf(view);
  if (pair === null)
    return describeAreas(data.areas, regions, view.perspective, view.date, locale, {
      places: data.places,
      interpolation: view.interpolation,
      claims: data.claims,
    });
  const parts = regions.map((r) => {
    const { firm, drawn } = disputedKm2(data.disputed, pair, r, view.date);
    const apart = drawn > 0 ? ` ${locale.t('describe.disputedDrawn', { area: locale.km2(drawn) })}` : '';
    return `${locale.region(r)} ${locale.km2(firm)}${apart}`;
  });
  return locale.t('describe.disputed', {
    date: locale.date(view.date),
    left: locale.perspective(view.left),
    right: locale.perspective(view.right),
    parts: parts.join('; '),
  });
}
