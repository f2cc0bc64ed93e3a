import { expect, test } from 'vitest';
import { DEFAULT_VIEW, type ViewState } from '../app/state';
import { framesHeight, originAllowed, pymHeight, readSetMessage } from './messages';
import { DEFAULT_EMBED, parseEmbedOptions, serializeEmbedOptions } from './options';

const range = { first: '2023-12-30', last: '2025-04-28' };
const current: ViewState = { ...DEFAULT_VIEW, date: '2025-04-28' };

test('embed options round-trip, defaults left out', () => {
  const q = 'autoplay=1&controls=0&theme=dark&origins=https://news.example,http://localhost:8080';
  const { options, notices } = parseEmbedOptions(new URLSearchParams(q));
  expect(notices).toEqual([]);
  expect(options).toEqual({
    autoplay: true,
    controls: false,
    lang: 'en',
    theme: 'dark',
    origins: ['https://news.example', 'http://localhost:8080'],
  });
  expect(parseEmbedOptions(new URLSearchParams(serializeEmbedOptions(options))).options).toEqual(options);
  expect(serializeEmbedOptions(DEFAULT_EMBED)).toBe('');
});

test.each([
  ['autoplay=maybe', /autoplay="maybe" is not true or false/],
  ['lang=xx', /Language "xx" is not available/],
  ['theme=<b>', /Theme "b" is not light or dark/],
  ['origins=javascript:alert(1)', /not http\(s\) origins: javascript:alert1/],
  ['origins=https://news.example/path', /not http\(s\) origins/],
])('%s falls back with a plain notice', (q, notice) => {
  const { notices } = parseEmbedOptions(new URLSearchParams(q));
  expect(notices).toHaveLength(1);
  expect(notices[0]).toMatch(notice);
  expect(notices[0]).not.toMatch(/[<>]/);
});

test('an origins list with nothing valid accepts no origin, rather than any', () => {
  const { options } = parseEmbedOptions(new URLSearchParams('origins=nonsense'));
  expect(options.origins).toEqual([]);
  expect(originAllowed('https://news.example', options.origins)).toBe(false);
  expect(originAllowed('https://news.example', null)).toBe(true);
});

test('a set message changes only valid, known fields', () => {
  expect(
    readSetMessage({ type: 'frontline:set', date: '2024-08-20', region: 'kursk' }, current, range),
  ).toEqual({
    date: '2024-08-20',
    region: 'kursk',
  });
  expect(readSetMessage({ type: 'frontline:set', perspective: 'ua' }, current, range)).toEqual({
    perspective: 'ua',
  });
});

test.each([
  ['a string', 'frontline:set'],
  ['null', null],
  ['an array', [{ type: 'frontline:set', date: '2024-08-20' }]],
  ['another type', { type: 'other', date: '2024-08-20' }],
  ['nothing to set', { type: 'frontline:set' }],
  ['an unknown field', { type: 'frontline:set', date: '2024-08-20', html: '<img onerror=x>' }],
  ['a number for a date', { type: 'frontline:set', date: 20240820 }],
  ['an invalid date', { type: 'frontline:set', date: '2024-02-30' }],
  ['a date out of range', { type: 'frontline:set', date: '2030-01-01' }],
  ['an unknown region', { type: 'frontline:set', region: 'crimea' }],
])('a malformed message (%s) is ignored', (_, data) => {
  expect(readSetMessage(data, current, range)).toBeNull();
});

test('height messages in the pym.js and frames formats', () => {
  expect(pymHeight('map-1', 512.2)).toBe('pymxPYMxmap-1xPYMxheightxPYMx513');
  expect(framesHeight(512.2)).toEqual({ sentinel: 'amp', type: 'embed-size', height: 513 });
});
