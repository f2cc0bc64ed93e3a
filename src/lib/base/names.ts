/**
 * Settlement labels in English, Ukrainian and Russian, as the map shows them: the base
 * build's picks (./settlements.ts), replaced for a record by a checked entry of
 * geodata/names.yaml or of the gazetteer (geodata/places.yaml), which win in that order.
 * A place in Ukraine whose only name is a retired Soviet one gets no label. Pure.
 */
import type { FeatureCollection } from 'geojson';
import * as v from 'valibot';
import { isRetiredName } from './retired';
import { spelledIn, type Script } from './spelling';

const nameIn = (script: Script) =>
  v.pipe(
    v.string(),
    v.minLength(1),
    v.check((n) => spelledIn(n, script), `is not spelt in ${script === 'uk' ? 'Ukrainian' : 'Russian'}`),
  );

const checkedName = v.strictObject({
  geonameid: v.pipe(v.number(), v.integer(), v.gtValue(0)),
  en: v.pipe(v.string(), v.minLength(1)),
  uk: v.nullable(nameIn('uk')),
  ru: v.nullable(nameIn('ru')),
  formerly: v.optional(v.array(v.pipe(v.string(), v.minLength(1))), []),
  source: v.pipe(v.string(), v.minLength(1)),
});
export type CheckedName = v.InferOutput<typeof checkedName>;

/** geodata/names.yaml: one entry per GeoNames record, at most. */
export const namesFileSchema = v.pipe(
  v.array(checkedName),
  v.rawCheck(({ dataset, addIssue }) => {
    if (!dataset.typed) return;
    const seen = new Set<number>();
    dataset.value.forEach((entry, i) => {
      if (seen.has(entry.geonameid))
        addIssue({
          message: 'is listed twice',
          path: [
            { type: 'array', origin: 'value', input: dataset.value, key: i, value: entry },
            { type: 'object', origin: 'value', input: entry, key: 'geonameid', value: entry.geonameid },
          ],
        });
      seen.add(entry.geonameid);
    });
  }),
);

export interface GazetteerNames {
  source: string;
  names: { en: string; uk?: string; ru?: string };
}

/** The gazetteer's places that stand on a GeoNames record, as checked names. */
export function gazetteerNames(places: GazetteerNames[]): CheckedName[] {
  return places.flatMap((p) => {
    const id = /^geonames:(\d+)$/.exec(p.source)?.[1];
    if (!id) return [];
    const { en, uk = null, ru = null } = p.names;
    return [{ geonameid: Number(id), en, uk, ru, formerly: [], source: 'geodata/places.yaml' }];
  });
}

/** Every name some entry retires, in any language. */
export const retiredNames = (entries: CheckedName[]): Set<string> =>
  new Set(entries.flatMap((e) => e.formerly));

/**
 * The settlements with their labels: `checked` entries (first wins for a record) replace
 * the build's picks, and the English name falls back only where a checked one is missing.
 */
export function withCheckedNames(settlements: FeatureCollection, checked: CheckedName[]): FeatureCollection {
  const byRecord = new Map<number, CheckedName>();
  for (const c of checked) if (!byRecord.has(c.geonameid)) byRecord.set(c.geonameid, c);
  const retired = retiredNames(checked);
  const current = (n: unknown) => (typeof n === 'string' && !retired.has(n) ? n : null);
  return {
    ...settlements,
    features: settlements.features.flatMap((f) => {
      const p = f.properties ?? {};
      const c = byRecord.get(Number(p.geonameid));
      const names = c
        ? { name: c.en, name_uk: c.uk, name_ru: c.ru }
        : { name: p.name, name_uk: current(p.name_uk), name_ru: current(p.name_ru) };
      // a place in Ukraine known here only by a retired name is left unlabelled
      if (p.country === 'UA' && (isRetiredName(names.name) || retired.has(names.name))) return [];
      return [{ ...f, properties: { ...p, ...names } }];
    }),
  };
}
