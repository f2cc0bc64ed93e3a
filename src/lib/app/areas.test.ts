import { expect, test } from 'vitest';
import { areasOn, claimDates, holderSeries, type Areas } from './areas';

const row = (date: string, holder: string, km2: number, perspective = 'assessed') => ({
  date,
  region: 'kursk',
  perspective,
  holder,
  status: 'controlled',
  km2,
  claims: [],
  stated: [],
});
const areas: Areas = {
  unit: 'km2',
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
  expect(holderSeries(areas, 'kursk', 'ru').ua).toEqual([{ date: '2025-04-26', km2: 0 }]);
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
