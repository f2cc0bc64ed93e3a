import { expect, test } from 'vitest';
import uk from '../../messages/uk.json' with { type: 'json' };
import { withOverrides } from './overrides';
import { makeLocale, type Messages } from './locale';

const messages = uk as Record<string, string>;

test('a newsroom’s wording replaces the default, placeholders kept', () => {
  const out = withOverrides(messages, { 'holder.ru.ground': 'окупована Росією' }, 'uk.json');
  expect(out['holder.ru.ground']).toBe('окупована Росією');
  expect(out['holder.ua.ground']).toBe(messages['holder.ua.ground']);
});

test('a bad override is refused, naming the file and key', () => {
  expect(() => withOverrides(messages, { 'no.such': 'x' }, 'uk.json')).toThrow(
    'uk.json: key no.such: no such message',
  );
  expect(() => withOverrides(messages, { 'describe.ru.controlled': 'Росія утримує' }, 'uk.json')).toThrow(
    'uk.json: key describe.ru.controlled: placeholders must be {ground}',
  );
  expect(() => withOverrides(messages, { 'app.title': 7 }, 'uk.json')).toThrow(
    'uk.json: key app.title: expected a text',
  );
  expect(() => withOverrides(messages, ['x'], 'uk.json')).toThrow('uk.json: expected an object');
});

test('a newsroom words ground in one country its own way: occupied in Ukraine, not in Russia', () => {
  const out = withOverrides(
    messages,
    {
      'legend.ruHeld@UA': 'Окупована Росією',
      'popup.ru.controlled@UA': 'Окупована Росією: {amount}',
    },
    'uk.json',
  );
  const locale = makeLocale('uk', out as unknown as Messages);
  expect(locale.within('UA').t('legend.ruHeld')).toBe('Окупована Росією');
  expect(locale.within('UA').t('popup.ru.controlled', { amount: '5 км²' })).toBe('Окупована Росією: 5 км²');
  // Kursk and Belgorod oblasts are Russia: Russian-held ground there keeps the default
  expect(locale.within('RU').t('legend.ruHeld')).toBe(messages['legend.ruHeld']);
  expect(locale.within(null).t('legend.ruHeld')).toBe(messages['legend.ruHeld']);
  // made once per country: a view that changes date keeps the same locale object
  expect(locale.within('UA')).toBe(locale.within('UA'));
  expect(locale.within('UA').within(null)).toBe(locale);
  expect(() => withOverrides(messages, { 'legend.ruHeld@BY': 'x' }, 'uk.json')).toThrow(
    'uk.json: key legend.ruHeld@BY: a variant is @UA or @RU',
  );
});
