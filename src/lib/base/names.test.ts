import { expect, test } from 'vitest';
import { withGazetteerNames } from './names';

test("the gazetteer's checked names replace guessed ones for the same GeoNames record", () => {
  const settlements = {
    type: 'FeatureCollection' as const,
    features: [
      { geonameid: 704422, name: 'Pokrovsk', name_uk: 'Красноармійськ', name_ru: 'Красноармейск' },
      { geonameid: 1, name: 'Elsewhere', name_uk: 'Деінде', name_ru: null },
    ].map((properties) => ({
      type: 'Feature' as const,
      properties,
      geometry: { type: 'Point' as const, coordinates: [37, 48] },
    })),
  };
  const named = withGazetteerNames(settlements, [
    { source: 'geonames:704422', names: { en: 'Pokrovsk', uk: 'Покровськ', ru: 'Покровск' } },
    { source: 'text: a cited entry', names: { en: 'Elsewhere', uk: 'Не те' } },
  ]);
  expect(named.features.map((f) => [f.properties!.name_uk, f.properties!.name_ru])).toEqual([
    ['Покровськ', 'Покровск'],
    ['Деінде', null],
  ]);
});
