import { expect, test } from 'vitest';
import { isAreaUnit, toKm2 } from './units';

test('normalises stated areas to km²', () => {
  expect(toKm2(500, 'sq mi')).toBe(1295);
  expect(toKm2(1300, 'km2')).toBe(1300);
  expect(toKm2(250, 'ha')).toBe(2.5);
  expect(isAreaUnit('villages')).toBe(false);
});
