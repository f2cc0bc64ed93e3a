/**
 * build:tiles end to end: a file of time pieces becomes an archive the pmtiles reader opens,
 * the same bytes on a second run; bad input exits 1 naming the file, the feature and the
 * field, and leaves an archive already at OUT as it was.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { VectorTile } from '@mapbox/vector-tile';
import { PbfReader } from 'pbf';
import { PMTiles, TileType, type RangeResponse, type Source } from 'pmtiles';
import { expect, test } from 'vitest';

const run = promisify(execFile);
const buildTiles = (args: string[]) =>
  run('node', ['--import', 'tsx', resolve('scripts/build-tiles.ts'), ...args]).then(
    ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
    (e: { code: number; stdout: string; stderr: string }) => ({
      code: e.code,
      stdout: e.stdout,
      stderr: e.stderr,
    }),
  );

class MemorySource implements Source {
  constructor(private readonly bytes: Uint8Array) {}
  getKey = () => 'memory';
  async getBytes(offset: number, length: number): Promise<RangeResponse> {
    return { data: this.bytes.slice(offset, offset + length).buffer };
  }
}

const square = (w: number, s: number, size: number) => ({
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
const piece = (id: string, w: number, s: number, to: string | null) => ({
  type: 'Feature',
  properties: {
    id,
    from: '2024-08-06',
    to,
    region: 'kursk',
    perspective: 'assessed',
    holder: 'ua',
    status: 'controlled',
  },
  geometry: square(w, s, 0.3),
});
const PIECES = {
  type: 'FeatureCollection',
  features: [piece('a', 35.1, 51.1, '2024-08-20'), piece('b', 35.5, 51.2, null)],
};

test('an archive the pmtiles reader opens, with the pieces in their layer; reruns are identical', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'tiles-'));
  const input = join(dir, 'pieces.geojson');
  writeFileSync(input, JSON.stringify(PIECES));
  const [first, second] = [join(dir, 'one.pmtiles'), join(dir, 'two.pmtiles')];
  const args = ['--minzoom', '5', '--maxzoom', '9', '--layer', 'zones'];
  const runs = await Promise.all([buildTiles([input, first, ...args]), buildTiles([input, second, ...args])]);
  for (const r of runs) {
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(
      /^wrote .*\.pmtiles: \d+ tiles \(\d+ directory entries, \d+ distinct\), zooms 5-9, \d+ bytes, 0 leaf directories, [\d.]+ s$/m,
    );
  }
  const bytes = new Uint8Array(readFileSync(first)); // a Buffer's slice is a view: copy
  expect(runs[0].stdout).toContain(`, ${bytes.length} bytes,`);
  expect(Buffer.compare(bytes, readFileSync(second))).toBe(0);

  const reader = new PMTiles(new MemorySource(bytes));
  const header = await reader.getHeader();
  expect(header).toMatchObject({ minZoom: 5, maxZoom: 9, tileType: TileType.Mvt });
  expect(runs[0].stdout).toContain(`: ${header.numAddressedTiles} tiles (`);
  expect(await reader.getMetadata()).toMatchObject({
    vector_layers: [{ id: 'zones', minzoom: 5, maxzoom: 9 }],
  });
  // z9 tile 306/170 holds b's south-west corner (35.5, 51.2)
  const tile = await reader.getZxy(9, 306, 170);
  const layer = new VectorTile(new PbfReader(new Uint8Array(tile!.data))).layers.zones;
  const b = Array.from({ length: layer.length }, (_, i) => layer.feature(i).properties).find(
    (p) => p.id === 'b',
  );
  expect(b).toEqual({
    id: 'b',
    from: '2024-08-06',
    region: 'kursk',
    perspective: 'assessed',
    holder: 'ua',
    status: 'controlled',
  });
});

test('bad input exits 1 naming the file, the feature and the field, and leaves OUT as it was', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'tiles-bad-'));
  const out = join(dir, 'out.pmtiles');
  writeFileSync(out, 'the archive built before');
  const noId = structuredClone(PIECES);
  delete (noId.features[1].properties as Partial<(typeof noId.features)[1]['properties']>).id;
  const line = structuredClone(PIECES) as { features: { geometry: unknown }[] };
  line.features[0].geometry = {
    type: 'LineString',
    coordinates: [
      [35, 51],
      [36, 51],
    ],
  };
  const cases = {
    'not-a-collection.geojson': [
      JSON.stringify({ type: 'Feature' }),
      'type: not a GeoJSON FeatureCollection',
    ],
    'no-id.geojson': [
      JSON.stringify(noId),
      'features[1].properties.id: expected a non-empty string, got nothing',
    ],
    'line.geojson': [
      JSON.stringify(line),
      'features[0].geometry.type: expected Polygon or MultiPolygon, got "LineString"',
    ],
    'broken.geojson': ['{"type": "FeatureCollection", "features": [', 'JSON'],
  };
  const results = await Promise.all(
    Object.entries(cases).map(async ([name, [text, message]]) => {
      const input = join(dir, name);
      writeFileSync(input, text);
      return { input, message, result: await buildTiles([input, out]) };
    }),
  );
  for (const { input, message, result } of results) {
    expect(result.code, input).toBe(1);
    expect(result.stderr).toContain(`build:tiles: ${input}: `);
    expect(result.stderr).toContain(message);
  }
  expect(readFileSync(out, 'utf8')).toBe('the archive built before');
  expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
});
