/**
 * How sure a figure is, in words: the range its claims allow, what the shape is drawn to,
 * and where the ground lies (an area's total, or only around the places claimed). Every
 * sentence, table and popup that gives a km² figure goes through here. Pure.
 */
import type { Locale, MessageKey } from '../i18n/locale';
import { basisKind, isBasis } from './basis';
import { QUALIFIER_RULES, type Qualifier, type Range } from './range';
import type { Coverage } from './coverage';

/** What the words need of an area row or a shape (see areas.json and control.geojson). */
export interface Figure {
  basis: string;
  km2: number;
  km2_min: number;
  km2_max: number | null;
  /** The figures its claims state, as areas.json lists them; empty for a step. */
  stated?: readonly { km2: number; qualifier: string; km2_max?: number }[];
  interpolated?: boolean;
}

const isQualifier = (q: string): q is Qualifier => q in QUALIFIER_RULES;

/**
 * The range a row's figures allow, with the one figure to say as the claims said it
 * ("about 1,300 km²") when all its claims state the same figure in the same words.
 */
export function rangeOf(f: Figure): Range {
  const range = { min: f.km2_min, max: f.km2_max, says: null };
  if (f.basis === 'traced') return { ...range, says: { qualifier: 'exactly', km2: f.km2 } };
  const stated = f.interpolated ? [] : (f.stated ?? []);
  const one = new Set(stated.map((s) => `${s.qualifier} ${s.km2} ${s.km2_max}`)).size === 1;
  const s = stated[0];
  return one && s.km2_max === undefined && isQualifier(s.qualifier)
    ? { ...range, says: { qualifier: s.qualifier, km2: s.km2 } }
    : range;
}

/**
 * "about 1,300 km²", "between about 1,000 and 1,430 km²", "up to about 715 km²", or null
 * when the words state no area at all.
 */
export function amountWords(range: Range, { t, km2, number }: Locale): string | null {
  if (range.max === null) return null;
  if (range.says) return t(`range.${range.says.qualifier}` as MessageKey, { area: km2(range.says.km2) });
  if (range.min === range.max) return t('range.exactly', { area: km2(range.min) });
  if (range.min === 0) return t('range.atMost', { max: km2(range.max) });
  // the unit once, after the range: "between about 1,000 and 1,430 km²"
  return t('range.between', { min: number(range.min), max: km2(range.max) });
}

/** What a shape is drawn to, in a few words: "drawn to a stated figure", "illustrative". */
export function basisWords(
  shape: { basis: string; between?: readonly [string, string] | null; fraction?: number | null },
  locale: Locale,
): string {
  const { t } = locale;
  if (shape.basis === 'interpolated' && shape.between)
    return t('basis.interpolatedBetween', {
      from: locale.date(shape.between[0]),
      to: locale.date(shape.between[1]),
      percent: Math.round((shape.fraction ?? 0) * 100),
    });
  return t(`basis.${isBasis(shape.basis) ? shape.basis : 'illustrative'}` as MessageKey);
}

/** The four kinds' names, for legends and table columns. */
export const kindWords = (basis: string, { t }: Locale): string =>
  t(`basis.kind.${basisKind(isBasis(basis) ? basis : 'illustrative')}` as MessageKey);

/** Places named, joined as a list in the reader's language ("Shcherbaky and Mali Shcherbaky"). */
export function placeList(names: readonly string[], lang: string): string {
  return new Intl.ListFormat(lang, { type: 'conjunction' }).format(names);
}

/**
 * Where the ground lies and how much of it, as the object of "holds", "contests", "has
 * advanced into": an area's total ("about 1,300 km² of Kursk oblast"), ground whose size
 * no claim states ("ground in Kursk oblast, no area stated"), or, for claims about single
 * places, only the ground around them: never an area total.
 */
export function groundWords(
  row: Figure & { scope?: string },
  where: { of: string; in: string; places: readonly string[] },
  locale: Locale,
): string {
  const { t } = locale;
  const amount = amountWords(rangeOf(row), locale);
  if (row.scope === 'local' && !where.places.length) return t('ground.localUnnamed', { in: where.in });
  if (row.scope === 'local') {
    const key = where.places.length > 1 ? 'ground.localMany' : 'ground.local';
    const around = t(key, { places: placeList(where.places, locale.lang) });
    return amount ? t('ground.amountAround', { amount, around }) : around;
  }
  return amount ? t('ground.amount', { amount, of: where.of }) : t('ground.unstated', { in: where.in });
}

/** "of Kursk oblast", or for a local claim "of the ground around Mali Shcherbaky". */
export function noneWords(
  row: { scope?: string },
  where: { of: string; places: readonly string[] },
  locale: Locale,
): string {
  if (row.scope !== 'local' || !where.places.length) return where.of;
  const key = where.places.length > 1 ? 'ground.noneAroundMany' : 'ground.noneAround';
  return locale.t(key, { places: placeList(where.places, locale.lang) });
}

/**
 * The coverage statement: what the claims in force map in an area and what they leave
 * unmapped, then the latest claim's date ("no newer claim since" once the date is past it).
 */
export function coverageWords(
  coverage: Coverage,
  where: { of: string; places: readonly string[] },
  dates: { shown: string; latest: string | null },
  locale: Locale,
): string {
  const { t } = locale;
  const mapped =
    coverage.kind === 'area'
      ? coverage.series
        ? t('coverage.series', { series: coverage.series, of: where.of })
        : t('coverage.area', { of: where.of })
      : coverage.kind === 'places'
        ? t('coverage.places', { places: placeList(where.places, locale.lang), of: where.of })
        : t('coverage.none', { of: where.of });
  const { latest, shown } = dates;
  const when =
    latest === null
      ? t('coverage.never')
      : t(shown > latest ? 'coverage.noNewer' : 'coverage.latest', { date: locale.date(latest) });
  return `${mapped} ${when}`;
}
