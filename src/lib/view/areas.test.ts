import { expect, test } from 'vitest';
import { areasOn, claimDates, claimsInForce, holderSeries, type AreaRow, type Areas } from './areas';
import { areaRow } from './fixtures/rows';
import type { Holder, Perspective } from '../taxonomy';

const row = (date: string, holder: Holder, km2: number, perspective: Perspective = 'assessed'): AreaRow =>
  areaRow(date, km2, { holder, perspective });
const areas: Areas = {
  unit: 'km2',
  method: 'test',
  dates: ['2024-08-06', '2024-08-20', '2025-04-26'],
  rows: [
    row('2024-08-06', 'ua', 400),
    row('2024-08-20', 'ua', 1295),
    row('2025-04-26', 'ua', 110),
    row('2025-04-26', 'ua', 0, 'ru'),
  ],
};

test('the rows in force on a date are those of the last change on or before it', () => {
  expect(areasOn(areas, 'kursk', 'assessed', '2024-08-05')).toEqual([]);
  expect(areasOn(areas, 'kursk', 'assessed', '2024-09-01').map((r) => r.km2)).toEqual([1295]);
  expect(areasOn(areas, 'kursk', 'ru', '2025-05-01').map((r) => r.km2)).toEqual([0]);
});

test('holder series step through the change dates; a claimed absence is 0, no claim ends the line', () => {
  const s = holderSeries(areas, 'kursk', 'assessed');
  expect(s.ua.map((p) => p.km2)).toEqual([400, 1295, 110]);
  expect(s.ru).toEqual([]);
  expect(holderSeries(areas, 'kursk', 'ru').ua).toEqual([{ date: '2025-04-26', km2: 0, min: 0, max: 0 }]);
  // the band follows the rows' ranges
  expect(s.ua.map((p) => [p.min, p.max])).toEqual([
    [360, 440],
    [1165.5, 1424.5],
    [99, 121],
  ]);
});

const step: AreaRow = {
  ...row('2024-09-03', 'ua', 1000),
  basis: 'interpolated',
  interpolated: true,
  between: ['2024-08-20', '2025-04-26'],
  fraction: 0.2,
  km2_min: 0,
  km2_max: null,
};
const local: AreaRow = { ...row('2024-09-03', 'ru', 5), scope: 'local', places: ['x'] };
const stepped: Areas = {
  ...areas,
  dates: ['2024-08-06', '2024-08-20', '2024-09-03', '2025-04-26'],
  rows: [...areas.rows, step, local],
};

test('with interpolation off, a step gives way to the claim it started from, marked as of its date', () => {
  const on = areasOn(stepped, 'kursk', 'assessed', '2024-09-10');
  expect(on.find((r) => r.holder === 'ua')).toMatchObject({ km2: 1000, interpolated: true });
  const off = areasOn(stepped, 'kursk', 'assessed', '2024-09-10', false);
  expect(off.find((r) => r.holder === 'ua')).toMatchObject({
    km2: 1295,
    interpolated: false,
    asOf: '2024-08-20',
  });
  expect(holderSeries(stepped, 'kursk', 'assessed', false).ua.map((p) => p.km2)).toEqual([
    400, 1295, 1295, 110,
  ]);
  // an open end (no area stated) is no band at all
  expect(holderSeries(stepped, 'kursk', 'assessed').ua[2].max).toBeNull();
});

test('ground around single places is never summed into an area total', () => {
  expect(holderSeries(stepped, 'kursk', 'assessed').ru).toEqual([]);
  expect(areasOn(stepped, 'kursk', 'assessed', '2024-09-10').some((r) => r.scope === 'local')).toBe(true);
});

test('claim dates for a view: its region only (or all for the overview), in range, once each', () => {
  const claims = [
    { date: '2024-08-06', region: 'kursk' },
    { date: '2024-08-06', region: 'kursk' },
    { date: '2024-03-01', region: 'sumy' },
    { date: '2019-01-01', region: 'kursk' },
    { date: '2024-05-01', region: null },
  ];
  const range = { first: '2023-12-30', last: '2025-04-28' };
  expect(claimDates(claims, 'kursk', range)).toEqual(['2024-08-06']);
  expect(claimDates(claims, 'overview', range)).toEqual(['2024-03-01', '2024-05-01', '2024-08-06']);
});

test('the claims behind a map are those of the rows in force there, once each', () => {
  const withClaims: Areas = {
    ...areas,
    rows: [
      areaRow('2024-08-06', 400, { claims: ['K1'] }),
      areaRow('2024-08-20', 1295, { claims: ['K1', 'K2'] }),
      areaRow('2024-08-20', 30, { claims: ['K2', 'K3'], holder: 'ru' }),
      areaRow('2024-08-20', 12, { claims: ['S1'], region: 'sumy' }),
    ],
  };
  expect(claimsInForce(withClaims, ['kursk'], 'assessed', '2024-08-10')).toEqual(['K1']);
  expect(claimsInForce(withClaims, ['kursk'], 'assessed', '2024-09-01')).toEqual(['K1', 'K2', 'K3']);
  expect(claimsInForce(withClaims, ['kursk', 'sumy'], 'assessed', '2024-09-01')).toEqual([
    'K1',
    'K2',
    'K3',
    'S1',
  ]);
  expect(claimsInForce(withClaims, ['kursk'], 'ru', '2024-09-01')).toEqual([]);
});
