import { expect, test } from 'vitest';
import { checkedNames, parseGeoNamesRow, type NameRecord } from './settlements';

// Alternate names as GeoNames' cities500 lists them for each record (untagged, mixed languages)
const records: [NameRecord, { uk: string | null; ru: string | null }][] = [
  // a Soviet name and its Russian form beside the current one
  [
    {
      country: 'UA',
      name: 'Pokrovsk',
      asciiname: 'Pokrovsk',
      alternates: ['Красноармейск', 'Красноармійськ', 'Покровськ'],
    },
    { uk: 'Покровськ', ru: null },
  ],
  [
    {
      country: 'UA',
      name: 'Luhansk',
      asciiname: 'Luhansk',
      alternates: ['Ворошиловград', 'Луганск', 'Луганскай', 'Луганськ', 'Луганьск', 'Луханск', 'Луһанск'],
    },
    { uk: 'Луганськ', ru: 'Луганск' },
  ],
  // Belarusian, Serbian and Bulgarian spellings beside the Russian one
  [
    {
      country: 'UA',
      name: 'Mariupol',
      asciiname: 'Mariupol',
      alternates: ['Жданов', 'Мариупол', 'Мариуполь', 'Маријупољ', 'Марыупаль', 'Маріуполь'],
    },
    { uk: 'Маріуполь', ru: 'Мариуполь' },
  ],
  [
    {
      country: 'UA',
      name: 'Donetsk',
      asciiname: 'Donetsk',
      alternates: ['Данецк', 'Донецк', 'Донецк ош', 'Донецкой', 'Донецьк', 'Доњецк', 'Сталино'],
    },
    { uk: 'Донецьк', ru: 'Донецк' },
  ],
  // a Crimean Tatar name for Melitopol; Ukrainian -е and Russian -о
  [
    {
      country: 'UA',
      name: 'Melitopol',
      asciiname: 'Melitopol',
      alternates: ['Киз-Яр', 'Мелитополь', 'Мелітополь', 'Мелітопіль'],
    },
    { uk: 'Мелітополь', ru: 'Мелитополь' },
  ],
  [
    { country: 'UA', name: 'Kurakhove', asciiname: 'Kurakhove', alternates: ['Курахове', 'Курахово'] },
    { uk: 'Курахове', ru: 'Курахово' },
  ],
  // a Russian spelling is not a Ukrainian name; the Ukrainian copied over is not a Russian one
  [
    { country: 'UA', name: 'Mezhova', asciiname: 'Mezhova', alternates: ['Межевая', 'Межова'] },
    { uk: 'Межова', ru: 'Межевая' },
  ],
  [
    { country: 'UA', name: 'Rodynske', asciiname: 'Rodynske', alternates: ['Родинское'] },
    { uk: null, ru: null },
  ],
  // in Russia: the Russian name checks against the record, the Ukrainian against it
  [
    {
      country: 'RU',
      name: 'Rostov-na-Donu',
      asciiname: 'Rostov-na-Donu',
      alternates: ['Дон ӱмбалне Ростов', 'Ростов', 'Ростов на Дону', 'Ростов-на-Дону', 'Растоў-на-Доне'],
    },
    { uk: 'Ростов-на-Дону', ru: 'Ростов-на-Дону' },
  ],
  [
    {
      country: 'RU',
      name: 'Novocherkassk',
      asciiname: 'Novocherkassk',
      alternates: ['Новачаркаск', 'Новочеркаск', 'Новочеркасск', 'Новочеркаськ'],
    },
    { uk: 'Новочеркаськ', ru: 'Новочеркасск' },
  ],
  [
    { country: 'RU', name: 'Bataysk', asciiname: 'Bataysk', alternates: ['Батайск'] },
    { uk: null, ru: 'Батайск' },
  ],
];

test.each(records.map(([record, expected]) => ({ name: record.name, record, expected })))(
  'checked names for $name',
  ({ record, expected }) => {
    expect(checkedNames(record)).toEqual(expected);
  },
);

test('writes the Ukrainian apostrophe as ’', () => {
  const r = checkedNames({
    country: 'UA',
    name: 'Kamyanske',
    asciiname: 'Kamyanske',
    alternates: ["Кам'янське"],
  });
  expect(r.uk).toBe('Кам’янське');
});

test('reads a GeoNames cities500 row, keeping only populated places in Russia and Ukraine', () => {
  const row = ['486816', 'Sudzha', 'Sudzha', 'Sudzha,Суджа', '51.1976', '35.2726', 'P', 'PPL', 'RU'];
  const full = [...row, '', '41', '', '', '', '5846'];
  expect(parseGeoNamesRow(full)).toEqual({
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
  expect(parseGeoNamesRow([...full.slice(0, 8), 'BY', ...full.slice(9)])).toBeNull();
  expect(parseGeoNamesRow(full.slice(0, 5))).toBeNull();
});
