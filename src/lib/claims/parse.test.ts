import { expect, test } from 'vitest';
import { parseLedgerFile } from './parse';
import { placesFileSchema } from './schema';

const place = `- id: sudzha
  names: { en: Sudzha, uk: Суджа, ru: Суджа }
  lat: 51.1976
  lon: 35.2726
  oblast: RU.KS
  source: geonames:486816
  accuracy_km: 0.5
`;

test('parses a valid file and locates any path in it', () => {
  const r = parseLedgerFile(place, 'places.yaml', placesFileSchema);
  expect(r.ok).toBe(true);
  if (!r.ok) return;
  expect(r.located.value[0].names.ru).toBe('Суджа');
  expect(r.located.lineOf([0, 'lat'])).toBe(3);
  expect(r.located.lineOf([0, 'missing', 'deeper'])).toBe(1);
});

test('rejects keys the schema does not know (a typo is never ignored)', () => {
  const r = parseLedgerFile(place.replace('accuracy_km', 'acuracy_km'), 'places.yaml', placesFileSchema);
  expect(r.ok).toBe(false);
  if (r.ok) return;
  expect(r.errors.map((e) => e.message)).toEqual([
    'places.yaml:1: record sudzha, field accuracy_km: is missing',
    'places.yaml:7: record sudzha, field acuracy_km: is not a field of this record',
  ]);
});

test('a duplicated key is a syntax error with its line', () => {
  const r = parseLedgerFile(place + '  lat: 50\n', 'places.yaml', placesFileSchema);
  expect(r.ok).toBe(false);
  if (!r.ok) expect(r.errors[0].message).toMatch(/^places\.yaml:8: YAML syntax: Map keys must be unique/);
});
