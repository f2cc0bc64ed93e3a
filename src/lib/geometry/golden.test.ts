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
import { difference, intersection, union } from './overlay';
import { roundGeometry, withoutStraightPoints } from './precision';
import { borderStripper, pieceAt } from './border-strip';
import { draw } from './draw';
import type { Areal, Ground } from './types';

type In = FeatureCollection<Geometry, Record<string, never>>;
const areal = (input: In, i: number) => input.features[i].geometry as Areal;
// the parameters an operation takes, on its first feature
const given = <T>(input: In, key: string) => (input.features[0].properties as Record<string, T>)[key];
/** A synthetic oblast (first feature) and its border (second), as the drawing gets them. */
const ground = (input: In): Ground => ({
  oblast: areal(input, 0),
  border: input.features[1].geometry as MultiLineString,
});

/** Each operation, from its input features to its output geometries. */
const OPERATIONS: Record<string, (input: In) => (Geometry | null)[]> = {
  'clip-to-box': (input) => [clipToBox(areal(input, 0), given(input, 'box'))],
  'clip-lines-to-box': (input) => [
    clipLinesToBox(input.features[0].geometry as MultiLineString, given(input, 'box')),
  ],
  intersect: (input) => [intersectAll([areal(input, 0), areal(input, 1)])],
  subtract: (input) => [subtract(areal(input, 0), areal(input, 1))],
  normalise: (input) => [normalise(areal(input, 0))],
  'without-slivers': (input) => [withoutSlivers(areal(input, 0))],
  'made-valid': (input) => input.features.map((_, i) => madeValid(areal(input, i))),
  union: (input) => [union(input.features.map((_, i) => areal(input, i)))],
  'overlay-intersection': (input) => [intersection(areal(input, 0), areal(input, 1))],
  'overlay-difference': (input) => [difference(areal(input, 0), areal(input, 1))],
  'round-geometry': (input) => [roundGeometry(input.features[0].geometry, given(input, 'decimals'))],
  'without-straight-points': (input) => [
    withoutStraightPoints(areal(input, 0), given<number>(input, 'decimals')),
  ],
  'piece-at': (input) => [pieceAt(areal(input, 0), given(input, 'point'))],
  'border-strip': (input) => [
    borderStripper(ground(input), { centre: given(input, 'centre'), widthKm: given(input, 'widthKm') }).strip(
      given(input, 'depthKm'),
    ),
  ],
  'border-strip-area': (input) => [
    borderStripper(ground(input), {
      centre: given(input, 'centre'),
      widthKm: given(input, 'widthKm'),
    }).withArea(given(input, 'km2')),
  ],
  hull: (input) => [
    draw(
      {
        method: 'hull',
        points: given(input, 'points'),
        pad_km: given(input, 'padKm'),
        include: [],
        exclude: [],
        basis: 'illustrative',
      },
      ground(input),
      new Map(),
    ),
  ],
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
