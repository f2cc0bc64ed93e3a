import { expect, test } from 'vitest';
import { counterpartCost, counterpartLimit, spelledIn, spellingKey } from './spelling';
import { isRetiredName } from './retired';

test.each([
  ['Покровськ', 'uk', true],
  ['Покровськ', 'ru', false],
  ['Покровск', 'ru', true],
  ['Покровск', 'uk', false],
  ['Родинское', 'uk', false], // Russian ending
  ['Тростянец', 'uk', false], // Ukrainian writes -ець
  ['Марыупаль', 'ru', true], // Belarusian with Russian letters: caught by counterpartCost
  ['Јасинувата', 'ru', false], // Serbian ј
  ['Васыліўка', 'ru', false], // Belarusian ў and і
  ['Керменчӳк', 'ru', false], // Chuvash ӳ
  ['Луганьск', 'ru', false],
  ['Кам’янське', 'uk', true],
] as const)('%s is spelt in %s: %s', (name, script, expected) => {
  expect(spelledIn(name, script)).toBe(expected);
});

test('one key for a name whichever romanisation wrote it, another for a different name', () => {
  const key = spellingKey('Кропивницький', 'uk');
  expect(spellingKey('Kropyvnytskyi')).toBe(key);
  expect(spellingKey("Kropyvnyts'kyy")).toBe(key);
  expect(spellingKey('Kirovohrad')).not.toBe(key);
  expect(spellingKey('Zaporizhzhya')).toBe(spellingKey('Запоріжжя', 'uk'));
  expect(spellingKey('Novocherkassk')).toBe(spellingKey('Новочеркасск', 'ru'));
});

test('a Russian form is a cheap counterpart of its Ukrainian name; a Belarusian one is not', () => {
  const within = (uk: string, ru: string) => counterpartCost(uk, ru) <= counterpartLimit(uk);
  expect(within('Покровськ', 'Покровск')).toBe(true);
  expect(within('Оріхів', 'Орехов')).toBe(true);
  expect(within('Костянтинівка', 'Константиновка')).toBe(true);
  expect(within('Донецьк', 'Данецк')).toBe(false);
  expect(within('Полтава', 'Палтава')).toBe(false);
  expect(within('Маріуполь', 'Марыупаль')).toBe(false);
  expect(within('Луганськ', 'Ворошиловград')).toBe(false);
});

test('retired Soviet names are told in Cyrillic and romanised, and current ones are not', () => {
  for (const n of ['Артемівськ', 'Дзержинськ', 'Kirove', "Dzerzhyns'k", 'Krasnoarmeyskoye'])
    expect(isRetiredName(n), n).toBe(true);
  for (const n of ['Покровськ', 'Pokrovsk', 'Zelenivka', 'Alchevsk', 'Олександрівка'])
    expect(isRetiredName(n), n).toBe(false);
});
