/**
 * Settlements from a GeoNames dump row (the tab-separated "cities500" format documented at
 * GeoNames' export page): column order is fixed by that format. Pure.
 */
import { isRetiredName } from './retired';
import { counterpartCost, counterpartLimit, markedAs, spelledIn, spellingKey, type Script } from './spelling';

export interface Settlement {
  geonameid: number;
  name: string;
  name_uk: string | null;
  name_ru: string | null;
  lon: number;
  lat: number;
  country: string;
  population: number;
  /** GeoNames feature code: PPLC capital, PPLA oblast centre, PPLA2 district centre, PPL other. */
  feature: string;
}

/** What a GeoNames record says of a place's names. */
export interface NameRecord {
  country: 'UA' | 'RU';
  /** The primary name, romanised from the country's own language, kept current by GeoNames. */
  name: string;
  asciiname: string;
  alternates: string[];
}

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * A place's Ukrainian and Russian names, each only where the record bears it out; null
 * otherwise, and the map then shows the English name rather than a guess.
 * - The name in the country's own language (Ukrainian in Ukraine, Russian in Russia) must
 *   romanise to the record's primary name: a Soviet name (Артемівськ for Bakhmut) does not.
 * - The name in the other language must be the regular counterpart of that name
 *   (Покровськ, Покровск), which a Belarusian, Serbian or older name is not.
 * - Neither may be spelt in the other language, or be a retired Soviet name in Ukraine.
 */
export function checkedNames(record: NameRecord): { uk: string | null; ru: string | null } {
  const own: Script = record.country === 'UA' ? 'uk' : 'ru';
  const other: Script = own === 'uk' ? 'ru' : 'uk';
  const inUkraine = record.country === 'UA';
  const allowed = (n: string, script: Script) =>
    spelledIn(n, script) &&
    capitalised(n) &&
    !(inUkraine && isRetiredName(n)) &&
    // a place in Ukraine ends -ове, -еве in Ukrainian: -ово is its Russian form (Курахово)
    !(inUkraine && script === 'uk' && /[оеиі]во$/.test(n));
  const primary = [record.name, record.asciiname];
  const keys = new Set(primary.map((n) => spellingKey(n)));
  const exact = new Set(primary.map((n) => spellingKey(n, undefined, true)));
  const shape = separators(record.name);
  const names = [...new Set(record.alternates.map((n) => n.trim()))].sort(byText);
  const [native = null] = rank(
    names.filter((n) => allowed(n, own) && keys.has(spellingKey(n, own))),
    (n) => [
      exact.has(spellingKey(n, own, true)), // Новочеркасск, not Новочеркаск
      markedAs(n, own), // Донецьк, not a spelling both languages share
      separators(n) === shape, // Ростов-на-Дону, as Rostov-na-Donu
    ],
  );
  if (!native) return { uk: null, ru: null };

  const cost = (n: string) => (own === 'uk' ? counterpartCost(native, n) : counterpartCost(n, native));
  const [counterpart = null] = rank(
    names.filter((n) => allowed(n, other) && cost(n) <= counterpartLimit(native)),
    (n) => [
      -Math.floor(cost(n)), // a regular vowel swap (Межова, Межевая) is no cost here
      n !== native, // Межевая, Курахово: not the Ukrainian name copied over
      -cost(n), // Глухов over Глухив: і is more often о or е in Russian than и
      softSigns(n), // Харьков, Васильевка: not the Bulgarian Харков or a transliteration
      markedAs(n, other), // Сумы, not Суми
      separators(n) === shape,
    ],
  );
  const ukrainian = (n: string | null) => n?.replace(/['ʼ]/g, '’') ?? null;
  return own === 'uk'
    ? { uk: ukrainian(native), ru: counterpart }
    : { uk: ukrainian(counterpart), ru: native };
}

/** `names` best first by `score` (compared in order, higher better), then alphabetically. */
function rank(names: string[], score: (n: string) => (number | boolean)[]): string[] {
  const scored = names.map((n) => ({ n, s: score(n).map(Number) }));
  const better = (a: number[], b: number[]) => a.map((x, i) => b[i] - x).find((d) => d !== 0) ?? 0;
  return scored.sort((a, b) => better(a.s, b.s) || byText(a.n, b.n)).map((x) => x.n);
}

/** A name's first and last words start with a capital (Кривой Рог, not Кривой рог). */
const capitalised = (n: string) =>
  n
    .split(/[\s-]/)
    .filter((w, i, all) => i === 0 || i === all.length - 1)
    .every((w) => /^\p{Lu}/u.test(w));
const separators = (n: string) => n.replace(/[^\s-]/g, '');
const softSigns = (n: string) => n.split('ь').length - 1;

export function parseGeoNamesRow(cols: string[]): Settlement | null {
  if (cols.length < 15) return null;
  const [id, name, asciiname, alt, lat, lon, featureClass, featureCode, country, , , , , , population] = cols;
  if (featureClass !== 'P' || (country !== 'UA' && country !== 'RU')) return null;
  const names = checkedNames({ country, name, asciiname, alternates: alt ? alt.split(',') : [] });
  return {
    geonameid: Number(id),
    // GeoNames writes the apostrophe several ways (Slov`yanoserbsk, Ryl’sk): one typographic one
    name: name.replace(/[`'ʼ]/g, '’'),
    name_uk: names.uk,
    name_ru: names.ru,
    lon: Number(lon),
    lat: Number(lat),
    country,
    population: Number(population) || 0,
    feature: featureCode,
  };
}
