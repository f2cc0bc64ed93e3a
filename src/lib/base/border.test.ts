import { expect, test } from 'vitest';
import type { Polygon } from 'geojson';
import { sharedBoundary } from './border';

test('the shared edge of two neighbouring squares, and nothing else', () => {
  const west: Polygon = {
    type: 'Polygon',
    coordinates: [
      [
        [0, 0],
        [1, 0],
        [1, 0.5],
        [1, 1],
        [0, 1],
        [0, 0],
      ],
    ],
  };
  const east: Polygon = {
    type: 'Polygon',
    coordinates: [
      [
        [1, 0],
        [2, 0],
        [2, 1],
        [1, 1],
        [1, 0.5],
        [1, 0],
      ],
    ],
  };
  expect(sharedBoundary(west, east).coordinates).toEqual([
    [
      [1, 0],
      [1, 0.5],
      [1, 1],
    ],
  ]);
});

test('no shared vertices, no border', () => {
  const a: Polygon = {
    type: 'Polygon',
    coordinates: [
      [
        [0, 0],
        [1, 0],
        [1, 1],
        [0, 0],
      ],
    ],
  };
  const b: Polygon = {
    type: 'Polygon',
    coordinates: [
      [
        [5, 5],
        [6, 5],
        [6, 6],
        [5, 5],
      ],
    ],
  };
  expect(sharedBoundary(a, b).coordinates).toEqual([]);
});
