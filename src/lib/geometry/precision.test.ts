import { expect, test } from 'vitest';
import type { Polygon } from 'geojson';
import { round, roundGeometry, withoutStraightPoints } from './precision';

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

test('drops points on a straight run, keeps corners and the way back of a spike', () => {
  // a square with a point halfway along its bottom edge and one on its closing edge
  const square: Polygon = {
    type: 'Polygon',
    coordinates: [
      [
        [0, 0],
        [0.5, 0],
        [1, 0],
        [1, 1],
        [0, 1],
        [0, 0.5],
        [0, 0],
      ],
    ],
  };
  expect(withoutStraightPoints(square, 5).coordinates).toEqual([
    [
      [0, 0],
      [1, 0],
      [1, 1],
      [0, 1],
      [0, 0],
    ],
  ]);
  // off the line by one grid unit: a corner, kept
  const bent = structuredClone(square);
  bent.coordinates[0][1] = [0.5, 0.00001];
  expect(withoutStraightPoints(bent, 5).coordinates[0]).toContainEqual([0.5, 0.00001]);
  // out and straight back along the same line turns round: not a straight run
  const spike: Polygon = {
    type: 'Polygon',
    coordinates: [
      [
        [0, 0],
        [2, 0],
        [1, 0],
        [1, 1],
        [0, 0],
      ],
    ],
  };
  expect(withoutStraightPoints(spike, 5).coordinates[0]).toHaveLength(5);
});
