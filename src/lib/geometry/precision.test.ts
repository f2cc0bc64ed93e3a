import { expect, test } from 'vitest';
import type { Polygon } from 'geojson';
import { round, roundGeometry } from './precision';

test('rounds to fixed decimals and never writes -0', () => {
  expect(round(35.1234567, 5)).toBe(35.12346);
  expect(Object.is(round(-0.000001, 5), 0)).toBe(true);
});

test('drops repeated vertices and rings that rounding collapses, without touching the input', () => {
  const input: Polygon = {
    type: 'Polygon',
    coordinates: [
      [
        [0, 0],
        [1, 0],
        [1.0000001, 0.0000001],
        [1, 1],
        [0, 0],
      ],
      [
        [0.5, 0.5],
        [0.5000001, 0.5],
        [0.5, 0.5000001],
        [0.5, 0.5],
      ],
    ],
  };
  const copy = structuredClone(input);
  const out = roundGeometry(input, 5);
  expect(out.coordinates).toEqual([
    [
      [0, 0],
      [1, 0],
      [1, 1],
      [0, 0],
    ],
  ]);
  expect(input).toEqual(copy);
});
