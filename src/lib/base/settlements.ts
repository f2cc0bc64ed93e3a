/**
 * Settlements from a GeoNames dump row (the tab-separated "cities500" format documented at
 * GeoNames' export page): column order is fixed by that format. Pure.
 */
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

// GeoNames' alternate names carry no language tag in this dump, so spelling is the evidence:
// letters or endings only Ukrainian uses, letters only Russian uses.
const UKRAINIAN = /[іїєґ']|[сц]ьк$/i;
const RUSSIAN = /[ыэъё]/i;
const CYRILLIC_NAME = /^[\u0400-\u04FF' -]+$/;

/**
 * Picks a Ukrainian and a Russian spelling from untagged alternate names: a name marked
 * as one language is that language; an unmarked Cyrillic name (Суджа, Курск) stands for
 * whichever language has no marked spelling. Best effort: the gazetteer holds checked
 * spellings for every place a claim names.
 */
export function cyrillicNames(alternates: string[]): { uk: string | null; ru: string | null } {
  const cyr = alternates.filter((n) => CYRILLIC_NAME.test(n));
  const neutral = cyr.find((n) => !UKRAINIAN.test(n) && !RUSSIAN.test(n)) ?? null;
  return {
    uk: cyr.find((n) => UKRAINIAN.test(n)) ?? neutral,
    ru: cyr.find((n) => RUSSIAN.test(n)) ?? neutral,
  };
}

export function parseGeoNamesRow(cols: string[]): Settlement | null {
  if (cols.length < 15) return null;
  const [id, name, , alt, lat, lon, featureClass, featureCode, country, , , , , , population] = cols;
  if (featureClass !== 'P' || (country !== 'UA' && country !== 'RU')) return null;
  const names = cyrillicNames(alt ? alt.split(',') : []);
  return {
    geonameid: Number(id),
    name,
    name_uk: names.uk,
    name_ru: names.ru,
    lon: Number(lon),
    lat: Number(lat),
    country,
    population: Number(population) || 0,
    feature: featureCode,
  };
}
