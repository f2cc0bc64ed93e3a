import { expect, test } from 'vitest';
import { gazetteerNames, namesFileSchema, withCheckedNames, type CheckedName } from './names';
import { parseLedgerFile } from '../claims/parse';

const settlements = (rows: Record<string, unknown>[]) => ({
  type: 'FeatureCollection' as const,
  features: rows.map((properties) => ({
    type: 'Feature' as const,
    properties,
    geometry: { type: 'Point' as const, coordinates: [37, 48] },
  })),
});

const bakhmut: CheckedName = {
  geonameid: 713174,
  en: 'Bakhmut',
  uk: 'Бахмут',
  ru: 'Бахмут',
  formerly: ['Артемівськ', 'Артемовск'],
  source: 'test',
};

test('checked names replace the picks; retired names and Soviet-only places go', () => {
  const named = withCheckedNames(
    settlements([
      { geonameid: 713174, name: 'Bakhmut', name_uk: 'Артемівськ', name_ru: 'Артемовск', country: 'UA' },
      { geonameid: 704422, name: 'Pokrovsk', name_uk: 'Покровськ', name_ru: null, country: 'UA' },
      { geonameid: 2, name: 'Elsewhere', name_uk: 'Деінде', name_ru: 'Артемовск', country: 'UA' },
      { geonameid: 829795, name: 'Kirove', name_uk: null, name_ru: null, country: 'UA' },
    ]),
    [
      bakhmut,
      ...gazetteerNames([
        { source: 'geonames:704422', names: { en: 'Pokrovsk', uk: 'Покровськ', ru: 'Покровск' } },
        { source: 'text: a cited entry', names: { en: 'Elsewhere', uk: 'Не те' } },
      ]),
    ],
  );
  expect(
    named.features.map((f) => [f.properties!.name, f.properties!.name_uk, f.properties!.name_ru]),
  ).toEqual([
    ['Bakhmut', 'Бахмут', 'Бахмут'],
    ['Pokrovsk', 'Покровськ', 'Покровск'],
    ['Elsewhere', 'Деінде', null],
  ]);
});

test('a bad names file is refused, naming the file, line, record and field', () => {
  const text = [
    '- geonameid: 713174',
    '  en: Bakhmut',
    '  uk: Бахмут',
    '  ru: Бахмут',
    '  source: test',
    '- geonameid: 709354',
    '  en: Toretsk',
    '  uk: Торецк',
    '  ru: Торецк',
    '  source: test',
    '- geonameid: 713174',
    '  en: Bakhmut',
    '  uk: null',
    '  ru: null',
  ].join('\n');
  const twice = [...text.split('\n').slice(0, 5), ...text.split('\n').slice(10), '  source: again'];
  const parsed = parseLedgerFile(text, 'names.yaml', namesFileSchema);
  expect(parsed.ok).toBe(false);
  if (parsed.ok) return;
  expect(parsed.errors.map((e) => e.message)).toEqual([
    'names.yaml:8: record geonames:709354, field uk: is not spelt in Ukrainian, got "Торецк"',
    'names.yaml:11: record geonames:713174, field source: is missing',
  ]);
  // a record listed twice is found once each entry is whole
  const again = parseLedgerFile(twice.join('\n'), 'names.yaml', namesFileSchema);
  expect(again.ok ? [] : again.errors.map((e) => e.message)).toEqual([
    'names.yaml:6: record geonames:713174, field geonameid: is listed twice',
  ]);
});
