import { expect, test } from 'vitest';
import { addMonths, clampDate } from './format';

test('a month on keeps the day where the month has it', () => {
  expect(addMonths('2025-01-31', 1)).toBe('2025-02-28');
  expect(addMonths('2024-08-20', -1)).toBe('2024-07-20');
  expect(clampDate('2030-01-01', '2024-01-01', '2025-04-28')).toBe('2025-04-28');
});
