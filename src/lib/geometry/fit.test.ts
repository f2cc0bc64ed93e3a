import { expect, test } from 'vitest';
import { solveIncreasing } from './fit';

test('finds the parameter that gives the target, within the tolerance', () => {
  const x = solveIncreasing((d) => d * d, 2, 0, 10);
  expect(x * x).toBeCloseTo(2, 2);
  expect(Math.abs(x * x - 2)).toBeLessThanOrEqual(0.002);
});

test('counts the evaluations: near-linear measures settle in a handful', () => {
  let calls = 0;
  solveIncreasing((d) => (calls++, 40 * d + Math.sin(d)), 1295, 0.05, 64, 1295 / 40);
  expect(calls).toBeLessThanOrEqual(6);
});

test('says so when the target is out of reach', () => {
  expect(() => solveIncreasing((d) => d, 20, 0, 10)).toThrow(/cannot reach 20.0: the most it gives is 10.0/);
  expect(() => solveIncreasing((d) => d + 5, 1, 0, 10)).toThrow(/cannot get down to 1.0/);
});
