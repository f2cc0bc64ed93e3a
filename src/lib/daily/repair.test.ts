import { area } from '@turf/turf';
import type { Position } from 'geojson';
import { describe, expect, test } from 'vitest';
import { geometryProblem } from '../geometry/checks';
import { parseDailyFile } from './parse';
import { onGrid, repairGround, summarise, UKRAINE_BOX, type RepairKind } from './repair';

// shapes in tenths of a degree, near Sudzha: [x, y] becomes [35 + x/10, 51 + y/10]
const at = (pts: number[][]): Position[] => pts.map(([x, y]) => [35 + x / 10, 51 + y / 10]);
const square = (x = 0, y = 0, s = 1) =>
  at([
    [x, y],
    [x + s, y],
    [x + s, y + s],
    [x, y + s],
    [x, y],
  ]);
const km2 = (g: Parameters<typeof area>[0]) => area(g) / 1e6;
const UNIT = km2({ type: 'Polygon', coordinates: [square()] });

const cases: [RepairKind, Position[][][], number][] = [
  [
    'duplicate-points',
    [
      [
        at([
          [0, 0],
          [1, 0],
          [1, 0],
          [1, 1],
          [0, 1],
          [0, 0],
        ]),
      ],
    ],
    1,
  ],
  [
    'near-duplicate-points',
    [
      [
        at([
          [0, 0],
          [1, 0],
          [1.000001, 0],
          [1, 1],
          [0, 1],
          [0, 0],
        ]),
      ],
    ],
    1,
  ],
  // out along the bottom edge and straight back
  [
    'spike',
    [
      [
        at([
          [0, 0],
          [1, 0],
          [1.5, 0],
          [1, 0],
          [1, 1],
          [0, 1],
          [0, 0],
        ]),
      ],
    ],
    1,
  ],
  // three points on one line enclose nothing
  [
    'degenerate-ring',
    [
      [square()],
      [
        at([
          [3, 3],
          [4, 3],
          [5, 3],
          [3, 3],
        ]),
      ],
    ],
    1,
  ],
  // two squares meeting at a corner, in one ring
  [
    'pinch',
    [
      [
        at([
          [0, 0],
          [1, 0],
          [1, 1],
          [2, 1],
          [2, 2],
          [1, 2],
          [1, 1],
          [0, 1],
          [0, 0],
        ]),
      ],
    ],
    2,
  ],
  // a bow tie: two triangles of a quarter square each
  [
    'self-crossing',
    [
      [
        at([
          [0, 0],
          [1, 1],
          [1, 0],
          [0, 1],
          [0, 0],
        ]),
      ],
    ],
    0.5,
  ],
  [
    'hole-touching-shell',
    [
      [
        square(0, 0, 2),
        at([
          [0, 0],
          [1, 0.5],
          [0.5, 1],
          [0, 0],
        ]),
      ],
    ],
    4 - 0.375,
  ],
  ['hole-crossing-shell', [[square(0, 0, 1), square(0.5, 0.5, 1)]], 0.75],
  ['wrong-winding', [[[...square()].reverse()]], 1],
  ['overlapping-parts', [[square(0, 0)], [square(0.5, 0)]], 1.5],
  ['sliver', [[square()], [square(5, 5, 0.001)]], 1],
  [
    'stray-polygon',
    [
      [square()],
      [
        [
          [0, 0],
          [1, 0],
          [1, 1],
          [0, 1],
          [0, 0],
        ],
      ],
    ],
    1,
  ],
  [
    'unclosed-ring',
    [
      [
        at([
          [0, 0],
          [1, 0],
          [1, 1],
          [0, 1],
        ]),
      ],
    ],
    1,
  ],
];

describe('each kind of real-world defect is repaired, reported, and builds', () => {
  test.each(cases)('%s', (kind, polygons, squares) => {
    const { geometry, repairs } = repairGround(
      polygons.map((rings, i) => ({ rings, where: `features[${i}].geometry.coordinates` })),
      { within: UKRAINE_BOX },
    );
    expect(repairs.map((r) => r.kind)).toContain(kind);
    expect(geometry).not.toBeNull();
    // on the output grid, the build's own check accepts it
    expect(geometryProblem(onGrid(geometry!))).toBeNull();
    expect(km2(geometry!) / UNIT).toBeCloseTo(squares, 2);
  });
});

test('many spikes in one ring, out and back or partly back, all come off', () => {
  const ring = at([
    [0, 0],
    [0.5, 0],
    [0.5, -1],
    [0.5, 0],
    [0.7, 0],
    [0.9, 0],
    [0.6, 0],
    [1, 0],
    [1, 1],
    [0, 1],
    [-0.5, 1],
    [0, 1],
    [0, 0],
  ]);
  const { geometry, repairs } = repairGround([{ rings: [ring], where: 'f' }]);
  expect(repairs.filter((r) => r.kind === 'spike').length).toBeGreaterThanOrEqual(3);
  expect(geometryProblem(onGrid(geometry!))).toBeNull();
  expect(km2(geometry!) / UNIT).toBeCloseTo(1, 2);
});

test('clean ground is reported clean and kept as it is', () => {
  const { geometry, repairs } = repairGround([{ rings: [square()], where: 'f' }]);
  expect(repairs).toEqual([]);
  expect(km2(geometry!)).toBeCloseTo(UNIT, 6);
});

test('what a file carries around its polygons is reported, not refused', () => {
  const text = JSON.stringify({
    type: 'FeatureCollection',
    crs: { type: 'name', properties: { name: 'urn:ogc:def:crs:OGC:1.3:CRS84' } },
    features: [
      { type: 'Feature', properties: {}, geometry: null },
      { type: 'Feature', properties: {}, geometry: { type: 'MultiPolygon', coordinates: [] } },
      { type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: [35, 51] } },
      {
        type: 'Feature',
        properties: {},
        geometry: {
          type: 'GeometryCollection',
          geometries: [{ type: 'Polygon', coordinates: [square().map(([x, y]) => [x, y, 120])] }],
        },
      },
    ],
  });
  const day = parseDailyFile('series_20240820.geojson', text);
  expect(summarise(day.repairs)).toEqual({
    'null-geometry': { count: 1, examples: ['features[0].geometry'] },
    'empty-geometry': { count: 1, examples: ['features[1].geometry'] },
    'not-areal': { count: 1, examples: ['features[2].geometry (Point)'] },
    'geometry-collection': { count: 1, examples: ['features[3].geometry'] },
    'z-values': { count: 1, examples: ['features[3].geometry.geometries[0].coordinates'] },
    crs: { count: 1, examples: ['crs'] },
  });
  expect(km2(day.geometry)).toBeCloseTo(UNIT, 6);
});
