import { expect, test } from 'vitest';
import { area } from '@turf/turf';
import type { Polygon, Position } from 'geojson';
import { heapBytes, intersection, invalidity } from './geos';

const box = (w: number, s: number, e: number, n: number): Polygon => ({
  type: 'Polygon',
  coordinates: [
    [
      [w, s],
      [e, s],
      [e, n],
      [w, n],
      [w, s],
    ],
  ],
});

test('the ground two shapes share; nothing where their outlines only touch', () => {
  const shared = intersection(box(30, 48, 31, 49), box(30.5, 48.5, 32, 50));
  expect(shared?.type).toBe('Polygon');
  expect(area(shared!) / 1e6).toBeCloseTo(area(box(30.5, 48.5, 31, 49)) / 1e6, 3);
  // an edge in common is a line, not ground
  expect(intersection(box(30, 48, 31, 49), box(31, 48, 32, 49))).toBeNull();
  expect(intersection(box(30, 48, 31, 49), box(33, 48, 34, 49))).toBeNull();
  // two pieces, one MultiPolygon, holes kept
  const comb: Polygon = {
    type: 'Polygon',
    coordinates: [
      [
        [30, 48],
        [33, 48],
        [33, 49],
        [32, 49],
        [32, 48.5],
        [31, 48.5],
        [31, 49],
        [30, 49],
        [30, 48],
      ],
    ],
  };
  const pieces = intersection(comb, box(29, 48.6, 34, 50));
  expect(pieces?.type).toBe('MultiPolygon');
  expect(pieces?.coordinates).toHaveLength(2);
});

test('why a shape is invalid, and where', () => {
  expect(invalidity(box(30, 48, 31, 49))).toBeNull();
  const bowTie: Position[] = [
    [30, 48],
    [31, 49],
    [31, 48],
    [30, 49],
    [30, 48],
  ];
  const crossed = invalidity({ type: 'Polygon', coordinates: [bowTie] });
  expect(crossed?.reason).toMatch(/self-intersection/i);
  expect(crossed?.at).toEqual([30.5, 48.5]);
  // two parts overlapping
  const overlap = invalidity({
    type: 'MultiPolygon',
    coordinates: [box(30, 48, 31, 49).coordinates, box(30.5, 48.5, 32, 50).coordinates],
  });
  expect(overlap).not.toBeNull();
  // a hole outside its shell
  const outside = invalidity({
    type: 'Polygon',
    coordinates: [box(30, 48, 31, 49).coordinates[0], [...box(32, 48, 33, 49).coordinates[0]].reverse()],
  });
  expect(outside?.reason).toMatch(/hole lies outside shell/i);
});

test('many calls free what they take: the module memory stays put', () => {
  const ring = Array.from({ length: 5000 }, (_, i) => {
    const t = (i / 5000) * 2 * Math.PI;
    return [30 + Math.cos(t), 48 + Math.sin(t)];
  });
  const circle: Polygon = { type: 'Polygon', coordinates: [[...ring, ring[0]]] };
  const calls = () => {
    expect(invalidity(circle)).toBeNull();
    expect(intersection(circle, box(30, 48, 32, 50))?.type).toBe('Polygon');
  };
  for (let i = 0; i < 10; i++) calls();
  const before = heapBytes();
  for (let i = 0; i < 600; i++) calls();
  // one shape left behind per call would take 600 x 5000 x 16 bytes (48 MB) at least, more
  // than the module starts with (17 MB)
  expect(heapBytes() - before).toBeLessThan(4e6);
});
