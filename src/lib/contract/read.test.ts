import { describe, expect, test } from 'vitest';
import { AreasFile, ClaimsFile, ControlFile, ControlProps } from './records';
import { ContractError, readRecord } from './read';
import { areaRow } from '../view/fixtures/rows';

const props = {
  id: 'kursk-assessed-ua-2024-08-06',
  region: 'kursk',
  perspective: 'assessed',
  holder: 'ua',
  scope: 'region',
  status: 'controlled',
  from: '2024-08-06',
  to: null,
  claims: ['K1'],
  schematic: true,
  basis: 'area',
  note: null,
  area_km2: 400,
  km2_min: 360,
  km2_max: 440,
  interpolated: null,
};
const square = {
  type: 'Polygon',
  coordinates: [
    [
      [35, 51],
      [35.1, 51],
      [35.1, 51.1],
      [35, 51],
    ],
  ],
};
const control = (changes: Record<string, unknown> = {}, geometry: unknown = square) => ({
  type: 'FeatureCollection',
  features: [
    { type: 'Feature', properties: props, geometry: square },
    { type: 'Feature', properties: { ...props, id: 'second', ...changes }, geometry },
  ],
});
const message = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(ContractError);
    return (e as Error).message;
  }
  throw new Error('expected the file to be refused');
};

describe('a file that keeps the contract', () => {
  test('is read as it is, an imported series piece and all', () => {
    const piece = {
      ...props,
      id: 'p',
      basis: 'traced',
      schematic: false,
      claims: [],
      packed: true,
      source: 'S',
    };
    const edges = {
      type: 'MultiLineString',
      coordinates: [
        [
          [35, 51],
          [35.1, 51],
        ],
      ],
    };
    const file = control(piece, { type: 'GeometryCollection', geometries: [square, edges] });
    expect(readRecord('control.geojson', ControlFile, file)).toEqual(file);
  });
});

describe('a file that departs from it is refused, naming the file, record and field', () => {
  test('a wrong type, a missing field, a value outside the vocabulary, a date that is not one', () => {
    const read = (changes: Record<string, unknown>) => () =>
      readRecord('control.geojson', ControlFile, control(changes));
    expect(message(read({ area_km2: '400' }))).toBe(
      'control.geojson: features[1] (second) properties.area_km2: must be number, got "400"',
    );
    expect(message(read({ holder: undefined }))).toBe(
      'control.geojson: features[1] (second) properties.holder: is missing',
    );
    expect(message(read({ holder: 'nobody' }))).toBe(
      'control.geojson: features[1] (second) properties.holder: must be "ru" or "ua", got "nobody"',
    );
    expect(message(read({ to: '2024-13-01' }))).toBe(
      'control.geojson: features[1] (second) properties.to: must be a date written YYYY-MM-DD, got "2024-13-01"',
    );
    expect(message(read({ area_km2: Number.NaN }))).toMatch(/properties\.area_km2: must be number, got NaN$/);
  });

  test('geometry: the option the file meant (a Polygon), and where in it it goes wrong', () => {
    const broken = { type: 'Polygon', coordinates: [[[35, 51], [35.1]]] };
    expect(message(() => readRecord('control.geojson', ControlFile, control({}, broken)))).toBe(
      'control.geojson: features[1] (second) geometry.coordinates[0][1][1]: is missing',
    );
  });

  test('tables: the row of areas.json, the claim of claims.json, a field of the file itself', () => {
    const areas = {
      unit: 'km2',
      method: 'turf.area',
      dates: ['2024-08-06'],
      rows: [areaRow('2024-08-06', 1), { ...areaRow('2024-08-06', 2), km2_max: 'x' }],
    };
    expect(message(() => readRecord('areas.json', AreasFile, areas))).toBe(
      'areas.json: rows[1] km2_max: must be number, got "x"',
    );
    expect(message(() => readRecord('areas.json', AreasFile, { ...areas, unit: 'ha' }))).toBe(
      'areas.json: unit: must be "km2", got "ha"',
    );
    expect(
      message(() =>
        readRecord('claims.json', ClaimsFile, { sources: [], places: [], claims: [{ id: 'K1' }] }),
      ),
    ).toBe('claims.json: claims[0] (K1) region: is missing');
    expect(message(() => readRecord('areas.json', AreasFile, 'not a table'))).toBe(
      'areas.json: the file: must be Object, got "not a table"',
    );
  });

  test("a tiles archive's pieces keep the same record as control.geojson's", () => {
    expect(() => readRecord('x.pmtiles', ControlProps, props)).not.toThrow();
    expect(message(() => readRecord('x.pmtiles', ControlProps, { ...props, scope: 'everywhere' }))).toBe(
      'x.pmtiles: scope: must be "region" or "local", got "everywhere"',
    );
  });
});
