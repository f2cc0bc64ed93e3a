import { expect, test } from 'vitest';
import { area } from '@turf/turf';
import type { Polygon } from 'geojson';
import * as geos from './geos';
import { difference, intersection, union } from './overlay';

const square = (w: number, s: number, size: number): Polygon => ({
  type: 'Polygon',
  coordinates: [
    [
      [w, s],
      [w + size, s],
      [w + size, s + size],
      [w, s + size],
      [w, s],
    ],
  ],
});
const km2 = (g: Polygon | GeoJSON.MultiPolygon | null) => (g ? area(g) / 1e6 : 0);

test('union, difference and intersection of valid ground, by GEOS', () => {
  const [a, b] = [square(30, 48, 0.2), square(30.1, 48, 0.2)];
  const both = union([a, b]);
  expect(km2(both)).toBeCloseTo(km2(square(30, 48, 0.2)) * 1.5, -1);
  expect(km2(difference(a, b))).toBeCloseTo(km2(a) / 2, -1);
  expect(km2(intersection(a, b))).toBeCloseTo(km2(a) / 2, -1);
  expect(union([])).toBeNull();
  expect(intersection(a, square(31, 48, 0.1))).toBeNull();
});

test('a shape GEOS refuses (a bow tie) is answered by the tolerant clipper instead', () => {
  const bowTie: Polygon = {
    type: 'Polygon',
    coordinates: [
      [
        [30, 48],
        [30.2, 48.2],
        [30.2, 48],
        [30, 48.2],
        [30, 48],
      ],
    ],
  };
  const box = square(30.05, 48.05, 0.1);
  expect(() => geos.intersection(bowTie, box)).toThrow(/TopologyException/);
  // both lobes meet the box: each gives a triangle's worth, together about half the box
  expect(km2(intersection(bowTie, box))).toBeCloseTo(km2(box) / 2, -1);
  expect(km2(difference(box, bowTie))).toBeCloseTo(km2(box) / 2, -1);
});
