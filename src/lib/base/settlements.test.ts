import { expect, test } from 'vitest';
import { cyrillicNames, parseGeoNamesRow } from './settlements';

test('tells Ukrainian from Russian spellings by their letters and endings', () => {
  expect(cyrillicNames(['Koursk', 'Курск', 'Курськ', 'クルスク'])).toEqual({ uk: 'Курськ', ru: 'Курск' });
  expect(cyrillicNames(['Sudzha', 'Суджа'])).toEqual({ uk: 'Суджа', ru: 'Суджа' });
  expect(cyrillicNames(['Orekhov', 'Орехов', 'Оріхів'])).toEqual({ uk: 'Оріхів', ru: 'Орехов' });
  expect(cyrillicNames(['Nowhere'])).toEqual({ uk: null, ru: null });
});

test('reads a GeoNames cities500 row, keeping only populated places in Russia and Ukraine', () => {
  const row = [
    '486816',
    'Sudzha',
    'Sudzha',
    'Sudzha,Суджа',
    '51.1976',
    '35.2726',
    'P',
    'PPL',
    'RU',
    '',
    '41',
    '',
    '',
    '',
    '5846',
  ];
  expect(parseGeoNamesRow(row)).toEqual({
    geonameid: 486816,
    name: 'Sudzha',
    name_uk: 'Суджа',
    name_ru: 'Суджа',
    lon: 35.2726,
    lat: 51.1976,
    country: 'RU',
    population: 5846,
    feature: 'PPL',
  });
  expect(parseGeoNamesRow([...row.slice(0, 8), 'BY', ...row.slice(9)])).toBeNull();
  expect(parseGeoNamesRow(row.slice(0, 5))).toBeNull();
});
