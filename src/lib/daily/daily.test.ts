import { describe, expect, it, test } from 'vitest';
import { DailyFileError, parseDailyFile } from './parse';
import { readImport } from './imported';
import { dailySpans } from './series';
import { dailyTracks } from './tracks';
import { syntheticDays } from './synthetic';
import type { Polygon } from 'geojson';

const square = (x: number, y: number, r: number, z = false) => [
  [
    [x - r, y - r, ...(z ? [0] : [])],
    [x + r, y - r, ...(z ? [0] : [])],
    [x + r, y + r, ...(z ? [0] : [])],
    [x - r, y + r, ...(z ? [0] : [])],
    [x - r, y - r, ...(z ? [0] : [])],
  ],
];
const file = (coordinates: unknown, type = 'Polygon', extra = {}) =>
  JSON.stringify({
    type: 'FeatureCollection',
    ...extra,
    features: [{ type: 'Feature', properties: {}, geometry: { type, coordinates } }],
  });

test('a daily file: date from its name, Z values and the crs member dropped', () => {
  const day = parseDailyFile(
    'deepstatemap_data_20240820.geojson',
    file(square(35, 51, 0.1, true), 'Polygon', { crs: { type: 'name', properties: { name: 'EPSG:4326' } } }),
  );
  expect(day.date).toBe('2024-08-20');
  expect(day.geometry.type).toBe('MultiPolygon');
  expect(day.geometry.coordinates[0][0][0]).toEqual([34.9, 50.9]);
});

test.each([
  ['data_2024.geojson', file(square(35, 51, 0.1)), /file name: no date/],
  ['data_20240230.geojson', file(square(35, 51, 0.1)), /file name: no date/],
  ['data_20240820.geojson', '{"type":"FeatureCollection","features":[', /JSON: /],
  ['data_20240820.geojson', '{"type":"Feature"}', /type: not a GeoJSON FeatureCollection/],
  ['data_20240820.geojson', file([[35, 51]], 'Point'), /features: no polygon of occupied ground/],
  [
    'data_20240820.geojson',
    file([
      [
        [35, 51],
        [36, 51],
        [36, 'x'],
        [35, 51],
      ],
    ]),
    /coordinates\[0\]\[2\]: a position must be/,
  ],
  [
    'data_20240820.geojson',
    file([
      [
        [51, 135],
        [36, 51],
        [36, 52],
        [51, 135],
      ],
    ]),
    /\[51, 135\] is not a longitude and latitude/,
  ],
])('%s is refused with the file and the field named', (name, text, message) => {
  expect(() => parseDailyFile(name, text)).toThrow(DailyFileError);
  expect(() => parseDailyFile(name, text)).toThrow(message);
  expect(() => parseDailyFile(name, text)).toThrow(new RegExp(`^${name.replace('.', '\\.')}: `));
});

const day = (date: string, r: number, name = date) => ({
  date,
  file: `d_${name}.geojson`,
  geometry: { type: 'MultiPolygon' as const, coordinates: [square(35.3, 51.2, r)] },
  repairs: [],
});

test('runs of the same ground become one span; missing days carry it forward and are listed', () => {
  const { spans, missing, duplicates } = dailySpans([
    day('2024-08-01', 0.1),
    day('2024-08-02', 0.1),
    day('2024-08-05', 0.1), // 3rd and 4th missing
    day('2024-08-06', 0.2),
    day('2024-08-06', 0.3, 'again'),
  ]);
  expect(spans.map((s) => [s.from, s.to])).toEqual([
    ['2024-08-01', '2024-08-06'],
    ['2024-08-06', null],
  ]);
  expect(missing).toEqual(['2024-08-03', '2024-08-04']);
  expect(duplicates).toEqual(['d_again.geojson']);
});

test('spans cut to each area: only the area they cover, unchanged ground merged', () => {
  // Kursk oblast, roughly: a box around Sudzha is enough for the test
  const kursk: Polygon = { type: 'Polygon', coordinates: square(35.5, 51.4, 0.6) };
  const sumy: Polygon = { type: 'Polygon', coordinates: square(34.4, 50.9, 0.3) };
  const { spans } = dailySpans([day('2024-08-01', 0.1), day('2024-08-02', 0.2), day('2024-08-03', 0.1)]);
  const shapes = dailyTracks(spans, {
    regions: [
      { id: 'kursk', oblast: kursk },
      { id: 'sumy', oblast: sumy },
    ],
    perspective: 'assessed',
    holder: 'ru',
    source: 'test series',
  });
  expect(shapes.map((s) => [s.properties.id, s.properties.from, s.properties.to])).toEqual([
    ['kursk-assessed-ru-daily-2024-08-01', '2024-08-01', '2024-08-02'],
    ['kursk-assessed-ru-daily-2024-08-02', '2024-08-02', '2024-08-03'],
    ['kursk-assessed-ru-daily-2024-08-03', '2024-08-03', null],
  ]);
  expect(shapes[1].properties).toMatchObject({
    schematic: false,
    basis: 'traced',
    source: 'test series',
    claims: [],
  });
  // 0.4° x 0.4° at 51° N: about 44.5 km x 28 km
  expect(shapes[1].properties.area_km2).toBeGreaterThan(1100);
  expect(shapes[1].properties.area_km2).toBeLessThan(1400);
});

test('the synthetic front: seeded, in the daily format, most vertices kept from day to day', () => {
  const options = { days: 30, vertices: 400, first: '2024-01-01', seed: 7 };
  const a = [...syntheticDays(options)];
  expect(a.map((d) => d.file).slice(0, 2)).toEqual([
    'synthetic_20240101.geojson',
    'synthetic_20240102.geojson',
  ]);
  expect([...syntheticDays(options)]).toEqual(a);
  const days = a.map((d) => parseDailyFile(d.file, d.text));
  const line = (i: number) => days[i].geometry.coordinates[0][0].slice(0, 400).map((p) => p.join());
  let kept = 0;
  for (let i = 1; i < days.length; i++) {
    const before = new Set(line(i - 1));
    kept += line(i).filter((p) => before.has(p)).length / 400;
  }
  expect(kept / (days.length - 1)).toBeGreaterThan(0.9);
});

describe('readImport: what the importer wrote, read back for the build', () => {
  const square = {
    type: 'Polygon',
    coordinates: [
      [
        [37, 48],
        [37.1, 48],
        [37.1, 48.1],
        [37, 48.1],
        [37, 48],
      ],
    ],
  };
  const shape = (props: Record<string, unknown>, geometry: unknown = square) => ({
    type: 'Feature',
    properties: { region: 'pokrovsk', perspective: 'assessed', holder: 'ru', source: 'series', ...props },
    geometry,
  });
  const read = (features: unknown[]) =>
    readImport(
      'imports/pokrovsk-assessed-ru.geojson',
      JSON.stringify({ type: 'FeatureCollection', features }),
    );

  it('reads runs of days in order', () => {
    const { series, errors } = read([
      shape({ from: '2025-01-01', to: '2025-01-03' }),
      shape({ from: '2025-01-05', to: null }),
    ]);
    expect(errors).toEqual([]);
    expect(series).toMatchObject({
      region: 'pokrovsk',
      perspective: 'assessed',
      holder: 'ru',
      source: 'series',
    });
    expect(series!.history.map((h) => [h.from, h.to])).toEqual([
      ['2025-01-01', '2025-01-03'],
      ['2025-01-05', null],
    ]);
  });

  it.each([
    [
      'a shape overlapping the one before',
      [shape({ from: '2025-01-01', to: '2025-01-05' }), shape({ from: '2025-01-03', to: null })],
      /features\[1\], field properties\.from: 2025-01-03 overlaps/,
    ],
    [
      'two series in one file',
      [
        shape({ from: '2025-01-01', to: '2025-01-02' }),
        shape({ from: '2025-01-02', to: null, holder: 'ua' }),
      ],
      /features\[1\], field properties\.holder: one file holds one series/,
    ],
    [
      'an unknown area',
      [shape({ from: '2025-01-01', to: null, region: 'kharkiv' })],
      /features\[0\], field properties\.region: expected an area of the map, got "kharkiv"/,
    ],
    [
      'a point',
      [shape({ from: '2025-01-01', to: null }, { type: 'Point', coordinates: [37, 48] })],
      /features\[0\], field geometry: expected Polygon or MultiPolygon/,
    ],
    [
      'to before from',
      [shape({ from: '2025-01-05', to: '2025-01-01' })],
      /features\[0\], field properties\.to: expected null or a date after from/,
    ],
  ])('refuses %s, naming file, feature and field', (_, features, message) => {
    const { series, errors } = read(features);
    expect(series).toBeNull();
    expect(errors.map((e) => e.message).join('\n')).toMatch(message);
    expect(errors[0].message).toMatch(/^imports\/pokrovsk-assessed-ru\.geojson: /);
  });

  it('refuses text that is not a FeatureCollection', () => {
    expect(readImport('x.geojson', '{"type":"Feature"}').errors[0].message).toMatch(
      /x\.geojson: field type: expected a FeatureCollection/,
    );
    expect(readImport('x.geojson', '{').errors[0].message).toMatch(/x\.geojson: not JSON/);
  });
});

test('the national profile: about 100 parts and 25,000 vertices a day, the parts unchanged', () => {
  const [a, b] = [
    ...syntheticDays({ days: 2, vertices: 15000, first: '2024-01-01', seed: 4, profile: 'national' }),
  ];
  const parts = (d: { text: string }) =>
    JSON.parse(d.text).features[0].geometry.coordinates as number[][][][];
  const [pa, pb] = [parts(a), parts(b)];
  expect(pa.length).toBeGreaterThanOrEqual(100);
  const vertices = pa.flat(2).length;
  expect(vertices).toBeGreaterThan(24000);
  expect(vertices).toBeLessThan(26000);
  // only the front moves from one day to the next: the other parts stay as they were
  expect(JSON.stringify(pb.slice(-99))).toBe(JSON.stringify(pa.slice(-99)));
  expect(JSON.stringify(pb[0])).not.toBe(JSON.stringify(pa[0]));
});
