import { expect, test } from 'vitest';
import { parseViewState, serializeViewState, type ViewState } from './state';

const range = { first: '2023-05-03', last: '2025-04-28' };
const defaults: ViewState = { region: 'overview', date: '2025-04-28', perspective: 'assessed' };
const parse = (q: string) => parseViewState(new URLSearchParams(q), range, defaults);

test('round-trips a valid view', () => {
  const s: ViewState = { region: 'kursk', date: '2024-08-20', perspective: 'ua' };
  expect(parse(serializeViewState(s))).toEqual({ state: s, notices: [] });
});

test.each([
  ['region=<script>alert(1)</script>', /Unknown region "scriptalert1script…?"/],
  ['date=2024-02-30', /"2024-02-30" is not a date/],
  ['date=1999-01-01', /outside the map's range/],
  ['perspective=javascript:alert(1)', /Unknown perspective "javascript:alert1"/],
  ['date=' + '9'.repeat(500), /"9{24}…" is not a date/],
])('%s falls back to the default with a notice', (query, notice) => {
  const { state, notices } = parse(query);
  expect(state).toEqual(defaults);
  expect(notices).toHaveLength(1);
  expect(notices[0]).toMatch(notice);
  expect(notices[0]).not.toMatch(/[<>]/);
});
