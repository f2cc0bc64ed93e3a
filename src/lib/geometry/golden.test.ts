/**
 * Each geometry operation on a fixed input, against the output it gave when last reviewed
 * (fixtures/NAME/in.geojson and out.geojson), as Turf tests its modules. A change in any
 * operation's output fails here and shows where. After a deliberate change, review the new
 * outputs and write them with `UPDATE_GOLDEN=1 npx vitest run src/lib/geometry/golden.test.ts`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import type { Feature, FeatureCollection, Geometry, MultiLineString } from 'geojson';
import { expect, test } from 'vitest';
import { clipLinesToBox, clipToBox } from './box';
import { intersectAll, subtract } from './clip';
import { madeValid } from './geos';
import { normalise, withoutSlivers } from './normalise';
import { union } from './overlay';
import type { Areal } from './types';

type In = FeatureCollection<Geometry, { box?: number[] }>;
const areal = (input: In, i: number) => input.features[i].geometry as Areal;

/** Each operation, from its input features to its output geometries. */
const OPERATIONS: Record<string, (input: In) => (Geometry | null)[]> = {
  'clip-to-box': (input) => [clipToBox(areal(input, 0), input.features[0].properties.box!)],
  'clip-lines-to-box': (input) => [
    clipLinesToBox(input.features[0].geometry as MultiLineString, input.features[0].properties.box!),
  ],
  intersect: (input) => [intersectAll([areal(input, 0), areal(input, 1)])],
  subtract: (input) => [subtract(areal(input, 0), areal(input, 1))],
  normalise: (input) => [normalise(areal(input, 0))],
  'without-slivers': (input) => [withoutSlivers(areal(input, 0))],
  'made-valid': (input) => input.features.map((_, i) => madeValid(areal(input, i))),
  union: (input) => [union(input.features.map((_, i) => areal(input, i)))],
};

const fixture = (name: string, file: string) => new URL(`fixtures/${name}/${file}`, import.meta.url);

for (const [name, operation] of Object.entries(OPERATIONS)) {
  test(`${name}: the output of fixtures/${name}/in.geojson is as reviewed`, () => {
    const input = JSON.parse(readFileSync(fixture(name, 'in.geojson'), 'utf8')) as In;
    const output: FeatureCollection = {
      type: 'FeatureCollection',
      features: operation(input).map((geometry): Feature => ({
        type: 'Feature',
        properties: {},
        geometry: geometry as Geometry,
      })),
    };
    const text = `${JSON.stringify(output, null, 1)}\n`;
    if (process.env.UPDATE_GOLDEN) writeFileSync(fixture(name, 'out.geojson'), text);
    expect(text).toBe(readFileSync(fixture(name, 'out.geojson'), 'utf8'));
  });
}
