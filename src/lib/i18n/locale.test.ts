import { expect, test } from 'vitest';
import en from '../../messages/en.json' with { type: 'json' };
import ru from '../../messages/ru.json' with { type: 'json' };
import uk from '../../messages/uk.json' with { type: 'json' };
import { fill, makeLocale, type Messages } from './locale';
import { ENGLISH } from './english';
import { describeAreas } from '../view/describe';
import type { Areas } from '../view/areas';

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

const PLURAL = /\.(zero|one|two|few|many|other)$/;
const family = (key: string) => key.replace(PLURAL, '');
const singular = (keys: string[]) => keys.filter((k) => !PLURAL.test(k));
const families = [
  ...new Set(
    Object.keys(en)
      .filter((k) => PLURAL.test(k))
      .map(family),
  ),
];

test.each([
  ['uk', uk],
  ['ru', ru],
])('%s: every English message is translated, with the same placeholders', (lang, messages: Messages) => {
  expect(singular(Object.keys(messages))).toEqual(singular(Object.keys(en)));
  const byKey = messages as unknown as Record<string, string>;
  const english = en as Record<string, string>;
  for (const [key, text] of Object.entries(byKey)) {
    const source = english[key] ?? english[`${family(key)}.other`];
    expect(source, `${key} has no English`).toBeDefined();
    expect(text.trim(), key).not.toBe('');
    expect(placeholders(text), key).toEqual(placeholders(source));
    if (!SHARED.includes(key)) expect(text, `${key} is still English`).not.toBe(source);
  }
  // a message with a count has one text per plural category of the language, no more
  const categories = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
  for (const f of families) {
    const forms = Object.keys(byKey).filter((k) => family(k) === f && PLURAL.test(k));
    expect(forms.map((k) => k.slice(f.length + 1)).sort(), f).toEqual([...categories].sort());
  }
});

// 1, 2, 5, 11, 21, 22: one, few, many, many (not one: 11), one (21), few (22)
test.each([
  ['en', en, 'notice.repeated', ['1 time', '2 times', '5 times', '11 times', '21 times', '22 times']],
  ['uk', uk, 'notice.repeated', ['1 раз', '2 рази', '5 разів', '11 разів', '21 раз', '22 рази']],
  ['ru', ru, 'notice.repeated', ['1 раз', '2 раза', '5 раз', '11 раз', '21 раз', '22 раза']],
  ['en', en, 'legend.events', ['1 day', '2 days', '5 days', '11 days', '21 days', '22 days']],
  ['uk', uk, 'legend.events', ['1 день', '2 дні', '5 днів', '11 днів', '21 день', '22 дні']],
  ['ru', ru, 'legend.events', ['1 день', '2 дня', '5 дней', '11 дней', '21 день', '22 дня']],
] as const)('%s: %s takes the plural its count needs', (lang, messages, key, expected) => {
  const locale = makeLocale(lang, messages as Messages);
  const said = [1, 2, 5, 11, 21, 22].map((n) => locale.plural(key, n, { key: 'date' }));
  said.forEach((text, i) => expect(text).toContain(expected[i]));
});

// placeholders filled with what they really take: a date ends "р." or "г." in uk and ru
const DATES = ['date', 'from', 'to', 'first', 'last'];
test.each([
  ['uk', uk],
  ['ru', ru],
  ['en', en],
] as const)('%s: every message reads right with its placeholders filled', (lang, messages) => {
  const locale = makeLocale(lang, messages as Messages);
  const perspective = locale.perspective('ru');
  for (const [key, text] of Object.entries(messages as Record<string, string>)) {
    const values = Object.fromEntries(
      placeholders(text).map((p) => [p, DATES.includes(p) ? locale.date('2025-03-31') : perspective]),
    );
    const filled = fill(text, values);
    expect(filled, `${key}: two full stops`).not.toMatch(/[^.]\.\.(?!\.)/);
    // a perspective's name is a nominative title: never straight after a preposition
    expect(text, `${key}: case after a preposition`).not.toMatch(
      /(^|\s)(проти|против|від|от|для|до|у|в|на|за|з|с|між|между)\s+\{(left|right|a|b|perspective|versus)\}/i,
    );
  }
});

test('one word per term: contested is fighting, disputed is спірна/спорная, the map is карта', () => {
  const words = { uk: [uk, /бої/i, /спірн/i], ru: [ru, /бои/i, /спорн/i] } as const;
  for (const [, [messages, fighting, disputed]] of Object.entries(words)) {
    for (const [key, text] of Object.entries(messages as Record<string, string>)) {
      if (/\.contested$/.test(key)) {
        expect(text, key).toMatch(fighting);
        expect(text, key).not.toMatch(disputed);
      }
      if (/^(legend|compare)\.disputed/.test(key) || key === 'describe.disputed')
        expect(text, key).toMatch(disputed);
    }
  }
  for (const text of Object.values(uk as Record<string, string>))
    expect(text).not.toMatch(/(^|[^а-яіїєґ])мап/i);
  for (const [key, text] of Object.entries(uk as Record<string, string>))
    expect(text, key).not.toMatch(/Втрати|Приріст/);
  // the Russian perspective includes military bloggers: Russian claims, not Russia's
  expect(makeLocale('uk', uk).perspective('ru')).toBe('Російські заяви');
  expect(makeLocale('ru', ru).perspective('ua')).toBe('Украинские заявления');
  for (const [key, text] of Object.entries(ru as Record<string, string>))
    expect(text, key).not.toMatch(/Потери|Прирост/);
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
  const areas: Areas = {
    unit: 'km2',
    method: 'test',
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
