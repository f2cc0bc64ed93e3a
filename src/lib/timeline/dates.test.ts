import { expect, test } from 'vitest';
import { addDays, addMonths, clampDate, daysBetween } from './dates';

test('a month on keeps the day where the month has it', () => {
  expect(addMonths('2025-01-31', 1)).toBe('2025-02-28');
  expect(addMonths('2024-08-20', -1)).toBe('2024-07-20');
  expect(clampDate('2030-01-01', '2024-01-01', '2025-04-28')).toBe('2025-04-28');
});

test('days are counted in whole UTC days, across months and a leap day', () => {
  expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
  expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
  expect(daysBetween('2024-08-06', '2025-03-31')).toBe(237);
  expect(daysBetween('2025-03-31', '2024-08-06')).toBe(-237);
});
