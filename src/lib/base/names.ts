/**
 * Settlement labels in Ukrainian and Russian: GeoNames' alternate names carry no language
 * tag, so a guessed spelling can be an old or wrong one (Pokrovsk's record lists its Soviet
 * name, Krasnoarmiisk). Where the gazetteer has checked names for the same GeoNames record,
 * they win. Pure.
 */
import type { FeatureCollection } from 'geojson';

export interface GazetteerNames {
  source: string;
  names: { en: string; uk?: string; ru?: string };
}

export function withGazetteerNames(
  settlements: FeatureCollection,
  places: GazetteerNames[],
): FeatureCollection {
  const byRecord = new Map(
    places.flatMap((p) => {
      const id = /^geonames:(\d+)$/.exec(p.source)?.[1];
      return id ? [[Number(id), p.names] as const] : [];
    }),
  );
  return {
    ...settlements,
    features: settlements.features.map((f) => {
      const names = byRecord.get(Number(f.properties?.geonameid));
      if (!names) return f;
      return {
        ...f,
        properties: {
          ...f.properties,
          name_uk: names.uk ?? f.properties!.name_uk,
          name_ru: names.ru ?? f.properties!.name_ru,
        },
      };
    }),
  };
}
