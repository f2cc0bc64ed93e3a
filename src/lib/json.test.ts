import { expect, test } from 'vitest';
import { featureCollectionText, stableStringify } from './json';

test('key order never changes the bytes', () => {
  expect(stableStringify({ b: 1, a: { d: [2, { z: 1, y: 2 }], c: 3 } })).toBe(
    stableStringify({ a: { c: 3, d: [2, { y: 2, z: 1 }] }, b: 1 }),
  );
});

test('a FeatureCollection as one feature per line, still valid JSON', () => {
  const text = featureCollectionText([
    { type: 'Feature', properties: { id: 1 }, geometry: null },
    { type: 'Feature', properties: { id: 2 }, geometry: { type: 'Point', coordinates: [1, 2] } },
  ]);
  expect(text.split('\n')).toHaveLength(6);
  expect(JSON.parse(text).features[1].geometry.coordinates).toEqual([1, 2]);
});
