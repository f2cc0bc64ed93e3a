import { expect, test } from 'vitest';
import { ENGLISH } from '../i18n/english';
import {
  areaAsked,
  comparesDates,
  DEFAULT_VIEW,
  parseViewState,
  serializeViewState,
  type ViewState,
} from './state';

const range = { first: '2023-05-03', last: '2025-04-28' };
const defaults: ViewState = { ...DEFAULT_VIEW, date: '2025-04-28' };
const parse = (q: string) => parseViewState(new URLSearchParams(q), range, defaults, ENGLISH);

test('round-trips a valid view', () => {
  const s: ViewState = { ...defaults, region: 'kursk', date: '2024-08-20', perspective: 'ua' };
  expect(parse(serializeViewState(s))).toEqual({ state: s, notices: [] });
  expect(serializeViewState(s)).toBe('?region=kursk&date=2024-08-20&perspective=ua');
});

test('round-trips a comparison of two perspectives', () => {
  const s: ViewState = {
    ...defaults,
    mode: 'compare',
    left: 'assessed',
    right: 'ru',
    layout: 'swipe',
    divider: 30,
  };
  expect(serializeViewState(s)).toContain('mode=compare&left=assessed&right=ru&layout=swipe&divider=30');
  expect(parse(serializeViewState(s))).toEqual({ state: s, notices: [] });
  expect(comparesDates(s)).toBe(false);
});

test('round-trips a comparison of two dates, earlier on the left whichever way they come', () => {
  const s: ViewState = {
    ...defaults,
    mode: 'compare',
    from: '2024-08-20',
    to: '2025-03-31',
    layout: 'split',
  };
  expect(serializeViewState(s)).toContain('mode=compare&from=2024-08-20&to=2025-03-31&layout=split');
  expect(parse(serializeViewState(s))).toEqual({ state: s, notices: [] });
  expect(comparesDates(s)).toBe(true);
  expect(parse('mode=compare&from=2025-03-31&to=2024-08-20').state).toMatchObject({
    from: '2024-08-20',
    to: '2025-03-31',
  });
});

test.each([
  ['region=<script>alert(1)</script>', /Unknown region "scriptalert1script…?"/],
  ['date=2024-02-30', /^date="2024-02-30" is not a date/],
  ['date=1999-01-01', /^date=1999-01-01 is outside the map's range/],
  ['perspective=javascript:alert(1)', /Unknown perspective "javascript:alert1"/],
  ['date=' + '9'.repeat(500), /"9{24}…" is not a date/],
  ['mode=<b>x</b>', /Unknown mode "bxb"/],
  ['left=ukraine', /Unknown left perspective "ukraine"/],
  ['layout=grid', /Unknown layout "grid"/],
  ['divider=150', /not a percentage/],
  ['divider=1e1', /not a percentage/],
  ['from=2024-08-20', /needs both from= and to=/],
  ['from=2024-08-20&to=2031-01-01', /^to=2031-01-01 is outside the map's range.*ignoring it/],
  // hostile values: entities, direction marks, control characters, huge and odd numbers
  ['region=%26lt%3Bscript%26gt%3B', /Unknown region "ltscriptgt"/],
  ['region=kursk%E2%80%AE', /Unknown region "kursk"/],
  ['region=%00kursk', /Unknown region "kursk"/],
  ['region=KURSK', /Unknown region "KURSK"/],
  ['divider=99999999999999999999', /not a percentage/],
  ['divider=-5', /not a percentage/],
  ['date=%2B002024-08-20', /is not a date/],
  ['date=2024-08-20T00:00:00Z', /is not a date/],
  ['perspective=%E2%80%8Fru', /Unknown perspective "ru"/],
])('%s falls back to the default with a notice', (query, notice) => {
  const { state, notices } = parse(query);
  expect(state).toEqual(defaults);
  expect(notices).toHaveLength(1);
  expect(notices[0]).toMatch(notice);
  expect(notices[0]).not.toMatch(/[<>]/);
});

test('a repeated parameter uses the first value, and says so', () => {
  const { state, notices } = parse('region=kursk&region=%3Cscript%3E&date=2024-08-20');
  expect(state.region).toBe('kursk');
  expect(notices).toEqual(['"region" is given 2 times: using the first.']);
});

test('the area a URL asks for is read without the data, and only if it is one of ours', () => {
  const asked = (query: string) => areaAsked(new URLSearchParams(query));
  expect(asked('region=kursk&date=2030-01-01')).toBe('kursk');
  expect(asked('region=overview')).toBe('overview');
  expect(asked('region=crimea')).toBeNull();
  expect(asked('region=')).toBeNull();
  expect(asked('date=2024-08-20')).toBeNull();
});
