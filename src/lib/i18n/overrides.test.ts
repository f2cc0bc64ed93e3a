import { expect, test } from 'vitest';
import uk from '../../messages/uk.json' with { type: 'json' };
import { withOverrides } from './overrides';

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
