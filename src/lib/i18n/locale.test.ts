import { expect, test } from 'vitest';
import en from '../../messages/en.json' with { type: 'json' };
import ru from '../../messages/ru.json' with { type: 'json' };
import uk from '../../messages/uk.json' with { type: 'json' };
import { fill, makeLocale, type Messages } from './locale';
import { ENGLISH } from './english';
import { describeAreas } from '../app/describe';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
// the same in every language: a pattern of placeholders and punctuation only
const SHARED = [
  'describe.sentence',
  'embed.title',
  'range.exactly',
  'ground.amount',
  'describe.how',
  'describe.coverage',
];

test.each([
  ['uk', uk],
  ['ru', ru],
])('%s: every English message is translated, with the same placeholders', (_, messages: Messages) => {
  expect(Object.keys(messages)).toEqual(Object.keys(en));
  for (const [key, english] of Object.entries(en) as [keyof Messages, string][]) {
    const text = messages[key];
    expect(text.trim(), key).not.toBe('');
    expect(placeholders(text), key).toEqual(placeholders(english));
    if (!SHARED.includes(key)) expect(text, `${key} is still English`).not.toBe(english);
  }
});

test('dates and numbers are written the reader’s way, through Intl', () => {
  const [ukr, rus] = [makeLocale('uk', uk), makeLocale('ru', ru)];
  expect(ENGLISH.date('2024-08-20')).toBe('20 August 2024');
  expect(ukr.date('2024-08-20')).toMatch(/^20 серпня 2024/);
  expect(rus.date('2024-08-20')).toMatch(/^20 августа 2024/);
  expect(ENGLISH.km2(1295.1)).toBe('1,295 km²');
  expect(ukr.km2(1295.1)).toMatch(/^1\s295 км²$/);
  expect(rus.region('kursk', 'of')).toBe('Курской области');
});

test('a sentence in Ukrainian: the live region and alt text', () => {
  const areas = {
    unit: 'km2',
    dates: ['2024-08-20'],
    rows: [
      {
        date: '2024-08-20',
        region: 'kursk',
        perspective: 'assessed',
        holder: 'ua',
        status: 'controlled',
        scope: 'region' as const,
        basis: 'area',
        interpolated: false,
        km2: 1295,
        km2_min: 1170,
        km2_max: 1430,
        claims: ['K2'],
        stated: [{ claim: 'K2', km2: 1300, qualifier: 'about' }],
      },
    ],
  };
  expect(describeAreas(areas, ['kursk'], 'assessed', '2024-08-20', ENGLISH)).toBe(
    '20 August 2024, Independent assessment: Ukraine holds about 1,300 km² of Kursk oblast (drawn to a stated area).',
  );
  expect(describeAreas(areas, ['kursk'], 'assessed', '2024-08-20', makeLocale('uk', uk))).toMatch(
    /^20 серпня 2024 р\., Незалежна оцінка: Україна утримує близько 1\s300 км² Курської області \(накреслено за заявленою площею\)\.$/,
  );
});

test('placeholders left without a value stay visible rather than vanish', () => {
  expect(fill('{a} and {b}', { a: 1 })).toBe('1 and {b}');
});
