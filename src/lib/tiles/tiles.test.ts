/**
 * Archives read back through the `pmtiles` package's own reader and decoded with
 * @mapbox/vector-tile: what the map will do, minus the network.
 */
import { gzipSync } from 'node:zlib';
import { VectorTile, VectorTileFeature } from '@mapbox/vector-tile';
import { PbfReader } from 'pbf';
import {
  Compression,
  findTile,
  PMTiles,
  readVarint,
  SharedPromiseCache,
  TileType,
  tileIdToZxy,
  zxyToTileId,
  type Entry,
  type Header,
  type RangeResponse,
  type Source,
} from 'pmtiles';
import { describe, expect, test } from 'vitest';
import { writePmtiles, type ArchiveTile } from './archive';
import { ROOT_LIMIT, serializeDirectory } from './directory';
import { PieceInputError, piecesToPmtiles } from './index';
import { readPieces } from './pieces-input';

const gzip = (data: Uint8Array) => gzipSync(data, { level: 6 });

/** The reader's Source over bytes in memory. */
class MemorySource implements Source {
  constructor(private readonly bytes: Uint8Array) {}
  getKey(): string {
    return 'memory';
  }
  async getBytes(offset: number, length: number): Promise<RangeResponse> {
    return { data: this.bytes.slice(offset, offset + length).buffer };
  }
}

function open(archive: Uint8Array) {
  const source = new MemorySource(archive);
  const cache = new SharedPromiseCache();
  const reader = new PMTiles(source, cache);
  const directory = (h: Header, offset: number, length: number): Promise<Entry[]> =>
    cache.getDirectory(source, offset, length, h);
  return { reader, directory };
}

async function tileFeatures(reader: PMTiles, z: number, x: number, y: number): Promise<VectorTileFeature[]> {
  const tile = await reader.getZxy(z, x, y);
  if (!tile) return [];
  const layer = new VectorTile(new PbfReader(new Uint8Array(tile.data))).layers.pieces;
  return Array.from({ length: layer.length }, (_, i) => layer.feature(i));
}

// Slippy-map tile maths, written out here rather than taken from the code under test.
const tileX = (lon: number, z: number) => Math.floor(((lon + 180) / 360) * 2 ** z);
const tileY = (lat: number, z: number) => {
  const r = (lat * Math.PI) / 180;
  return Math.floor(((1 - Math.log(Math.tan(r) + 1 / Math.cos(r)) / Math.PI) / 2) * 2 ** z);
};
const tileWest = (x: number, z: number) => (x / 2 ** z) * 360 - 180;
const tileNorth = (y: number, z: number) =>
  (Math.atan(Math.sinh(Math.PI * (1 - (2 * y) / 2 ** z))) * 180) / Math.PI;
/** One tile unit (1/4096 of a tile) in degrees of longitude: an upper bound in latitude too. */
const unit = (z: number) => 360 / 2 ** z / 4096;

type Box = [number, number, number, number]; // west, south, east, north
const ring = ([w, s, e, n]: Box) => [
  [w, s],
  [e, s],
  [e, n],
  [w, n],
  [w, s],
];

interface Piece {
  id: string;
  /** Its polygons' outer rings' boxes; the polygons are these boxes unless `ring` is given. */
  boxes: Box[];
  /** A ring that is not a rectangle, inside boxes[0]. */
  ring?: number[][];
  properties: Record<string, unknown>;
}
// Rectangles near Sudzha (axis-aligned in Web Mercator too, so where they fall is exact), a
// thin diagonal band whose box holds many tiles it misses, and a speck too small to keep at
// zoom 6 (under the simplification tolerance) alone in its tile there.
const PIECES: Piece[] = [
  {
    id: 'kursk-ua-1',
    boxes: [[34.03, 50.81, 35.57, 51.58]],
    properties: {
      from: '2024-08-06',
      to: '2024-08-20',
      holder: 'ua',
      claims: ['K1', 'K2'],
      area_km2: 9120.5,
    },
  },
  {
    id: 'kursk-ua-2',
    // its west edge is 19 units (of 4096) into its zoom-12 tile: the tile to the west gets it
    // through the clip buffer
    boxes: [[35.684, 50.93, 35.93, 51.07]],
    properties: { from: '2024-08-20', to: null, holder: 'ua', claims: [], area_km2: 240.25 },
  },
  {
    id: 'belgorod-ru-1',
    boxes: [
      [36.12, 50.02, 36.23, 50.09],
      [36.61, 50.41, 36.69, 50.47],
    ],
    properties: { from: '2024-09-01', to: '2024-10-01', holder: 'ru', claims: ['B1'], area_km2: 86 },
  },
  {
    id: 'band-1',
    boxes: [[36.3, 51.0, 37.4, 51.6]],
    ring: [
      [36.3, 51.0],
      [36.4, 51.0],
      [37.4, 51.6],
      [37.3, 51.6],
      [36.3, 51.0],
    ],
    properties: { from: '2024-09-01', to: null, holder: 'ru', claims: [], area_km2: 420 },
  },
  {
    id: 'speck-1',
    boxes: [[41.5, 47.5, 41.502, 47.502]],
    properties: { from: '2024-10-01', to: '2024-10-02', holder: 'ru', claims: [], area_km2: 0.03 },
  },
];
const RECTANGLES = PIECES.filter((p) => !p.ring);
const collection = (pieces: Piece[] = PIECES) => ({
  type: 'FeatureCollection',
  features: pieces.map((p) => ({
    type: 'Feature',
    id: p.id,
    properties: { id: p.id, ...p.properties },
    geometry:
      p.boxes.length === 1
        ? { type: 'Polygon', coordinates: [p.ring ?? ring(p.boxes[0])] }
        : { type: 'MultiPolygon', coordinates: p.boxes.map((b) => [ring(b)]) },
  })),
});
const ZOOMS = [4, 5, 6, 7, 8, 9, 10, 11, 12];

describe('time pieces to PMTiles', async () => {
  const { archive, counts } = piecesToPmtiles(collection(), { compress: gzip });
  const { reader, directory } = open(archive);
  const header = await reader.getHeader();

  test('the header says what a reader needs: zooms, bounds, tile type, compression, counts', async () => {
    expect(header).toMatchObject({
      specVersion: 3,
      minZoom: 4,
      maxZoom: 12,
      tileType: TileType.Mvt,
      tileCompression: Compression.Gzip,
      internalCompression: Compression.Gzip,
      clustered: true,
      rootDirectoryOffset: 127,
      leafDirectoryLength: 0,
      numAddressedTiles: counts.addressed,
      numTileEntries: counts.entries,
      numTileContents: counts.contents,
      centerZoom: 4,
    });
    expect([header.minLon, header.minLat, header.maxLon, header.maxLat]).toEqual([34.03, 47.5, 41.502, 51.6]);
    expect(header.centerLon).toBeCloseTo((34.03 + 41.502) / 2, 6);
    expect(header.centerLat).toBeCloseTo((47.5 + 51.6) / 2, 6);
    expect(await reader.getMetadata()).toMatchObject({
      vector_layers: [
        {
          id: 'pieces',
          minzoom: 4,
          maxzoom: 12,
          fields: {
            area_km2: 'Number',
            claims: 'String',
            from: 'String',
            holder: 'String',
            id: 'String',
            to: 'String',
          },
        },
      ],
      bounds: [34.03, 47.5, 41.502, 51.6],
      minzoom: 4,
      maxzoom: 12,
    });
    expect(await reader.getZxy(3, 4, 2)).toBeUndefined(); // below minzoom: nothing
  });

  test('every tile a piece covers carries its id, from and to, at every zoom; a null `to` is left out', async () => {
    let checked = 0;
    for (const piece of RECTANGLES)
      for (const z of ZOOMS)
        for (const [w, s, e, n] of piece.boxes) {
          // a sliver thinner than the simplification tolerance may be dropped: look 4 units in
          const m = 4 * unit(z);
          if (w + m >= e - m || s + m >= n - m) continue; // the whole piece is such a sliver here
          for (let x = tileX(w + m, z); x <= tileX(e - m, z); x++)
            for (let y = tileY(n - m, z); y <= tileY(s + m, z); y++) {
              const found = (await tileFeatures(reader, z, x, y)).filter((f) => f.properties.id === piece.id);
              expect(found, `${piece.id} in ${z}/${x}/${y}`).toHaveLength(1);
              const { properties, id } = found[0];
              expect(id).toBeUndefined(); // string ids travel as a property, for promoteId
              expect(properties.from).toBe(piece.properties.from);
              if (piece.properties.to === null) expect(properties).not.toHaveProperty('to');
              else expect(properties.to).toBe(piece.properties.to);
              expect(properties.holder).toBe(piece.properties.holder);
              expect(properties.area_km2).toBe(piece.properties.area_km2);
              expect(JSON.parse(String(properties.claims))).toEqual(piece.properties.claims);
              checked++;
            }
        }
    expect(checked).toBeGreaterThan(300);
  });

  test('decoded geometry lies on the piece, to a tile unit, and keeps the corners inside the tile', async () => {
    for (const piece of RECTANGLES)
      for (const z of ZOOMS)
        for (const [w, s, e, n] of piece.boxes) {
          if (Math.min(e - w, n - s) < 8 * unit(z)) continue; // may be simplified away at this zoom
          for (const [lon, lat] of ring([w, s, e, n]).slice(0, 4)) {
            const [x, y] = [tileX(lon, z), tileY(lat, z)];
            const feature = (await tileFeatures(reader, z, x, y)).find((f) => f.properties.id === piece.id);
            expect(feature, `${piece.id} at ${z}/${x}/${y}`).toBeDefined();
            const geometry = feature!.toGeoJSON(x, y, z).geometry;
            const positions =
              geometry.type === 'Polygon'
                ? geometry.coordinates.flat()
                : geometry.type === 'MultiPolygon'
                  ? geometry.coordinates.flat(2)
                  : [];
            const tol = 1.5 * unit(z);
            const near = (p: number[], [bw, bs, be, bn]: Box) =>
              p[0] >= bw - tol && p[0] <= be + tol && p[1] >= bs - tol && p[1] <= bn + tol;
            // every vertex is on the piece (clipping adds vertices on its edges, never outside)
            for (const p of positions)
              expect(
                piece.boxes.some((b) => near(p, b)),
                `${p} at ${z}`,
              ).toBe(true);
            // and this corner, inside this tile, is drawn
            const closest = Math.min(
              ...positions.map((p) => Math.max(Math.abs(p[0] - lon), Math.abs(p[1] - lat))),
            );
            expect(closest, `corner ${lon},${lat} at ${z}/${x}/${y}`).toBeLessThanOrEqual(tol);
          }
        }
  });

  test('every tile written has a feature, by its pieces; at the finest zoom, exactly where the clip buffer reaches', async () => {
    const entries = await directory(header, header.rootDirectoryOffset, header.rootDirectoryLength);
    expect(entries.every((e) => e.runLength > 0)).toBe(true); // small: no leaf directories
    const ids = entries.flatMap((e) => Array.from({ length: e.runLength }, (_, i) => e.tileId + i));
    expect(ids).toHaveLength(header.numAddressedTiles);
    const carriers = new Map<string, Set<string>>(PIECES.map((p) => [p.id, new Set()]));
    for (const id of ids) {
      const [z, x, y] = tileIdToZxy(id);
      const features = await tileFeatures(reader, z, x, y);
      expect(features.length, `${z}/${x}/${y}`).toBeGreaterThan(0); // empty tiles are not written
      for (const f of features) {
        const piece = PIECES.find((p) => p.id === f.properties.id)!;
        carriers.get(piece.id)!.add(`${z}/${x}/${y}`);
        // the clip buffer reaches into the neighbouring tiles only
        const byPiece = piece.boxes.some(
          ([w, s, e, n]) =>
            x >= tileX(w, z) - 1 && x <= tileX(e, z) + 1 && y >= tileY(n, z) - 1 && y <= tileY(s, z) + 1,
        );
        expect(byPiece, `${piece.id} in ${z}/${x}/${y}`).toBe(true);
      }
    }
    // At zoom 12 nothing is simplified away: a rectangle is in exactly the tiles whose box,
    // grown by the 64/4096 buffer, it overlaps.
    const pad = 64 / 4096;
    for (const piece of RECTANGLES) {
      const expected = new Set<string>();
      for (const [w, s, e, n] of piece.boxes)
        for (let x = tileX(w, 12) - 1; x <= tileX(e, 12) + 1; x++)
          for (let y = tileY(n, 12) - 1; y <= tileY(s, 12) + 1; y++)
            if (
              w < tileWest(x + 1 + pad, 12) &&
              e > tileWest(x - pad, 12) &&
              s < tileNorth(y - pad, 12) &&
              n > tileNorth(y + 1 + pad, 12)
            )
              expected.add(`12/${x}/${y}`);
      const found = [...carriers.get(piece.id)!].filter((t) => t.startsWith('12/'));
      expect(new Set(found), piece.id).toEqual(expected);
    }
    // the band misses most tiles of its box, and those are not written
    const [w, s, e, n] = PIECES.find((p) => p.id === 'band-1')!.boxes[0];
    const inBox = (tileX(e, 12) - tileX(w, 12) + 1) * (tileY(s, 12) - tileY(n, 12) + 1);
    const band = [...carriers.get('band-1')!].filter((t) => t.startsWith('12/')).length;
    expect(band).toBeGreaterThan(0);
    expect(band).toBeLessThan(inBox / 3);
    // the speck is dropped at zoom 6, where its tile is then empty and not written, yet the
    // tiles below it still are
    const speck = [...carriers.get('speck-1')!];
    expect(await reader.getZxy(6, tileX(41.501, 6), tileY(47.501, 6))).toBeUndefined();
    expect(speck.some((t) => t.startsWith('6/'))).toBe(false);
    expect(speck).toContain(`12/${tileX(41.501, 12)}/${tileY(47.501, 12)}`);
  });

  test('identical tiles are stored once, and neighbours sharing bytes are one run', async () => {
    const entries = await directory(header, header.rootDirectoryOffset, header.rootDirectoryLength);
    const addressed = entries.reduce((n, e) => n + e.runLength, 0);
    const contents = new Set(entries.map((e) => e.offset)).size;
    expect([addressed, entries.length, contents]).toEqual([
      header.numAddressedTiles,
      header.numTileEntries,
      header.numTileContents,
    ]);
    expect(entries.length).toBeLessThan(addressed); // runs
    expect(contents).toBeLessThan(entries.length); // identical tiles share a blob
    // two inner tiles of the big piece, far apart: same bytes, one blob
    const [a, b] = [
      [tileX(34.3, 12), tileY(51.4, 12)],
      [tileX(35.3, 12), tileY(51.0, 12)],
    ];
    const [ta, tb] = await Promise.all([reader.getZxy(12, a[0], a[1]), reader.getZxy(12, b[0], b[1])]);
    expect(new Uint8Array(ta!.data)).toEqual(new Uint8Array(tb!.data));
    const [ea, eb] = [
      findTile(entries, zxyToTileId(12, a[0], a[1])),
      findTile(entries, zxyToTileId(12, b[0], b[1])),
    ];
    expect(ea!.offset).toBe(eb!.offset);
    expect(ea).not.toBe(eb);
  });

  test('the same pieces give the same bytes', () => {
    const again = piecesToPmtiles(collection(), { compress: gzip });
    expect(Buffer.compare(again.archive, archive)).toBe(0);
    expect(again.counts).toEqual(counts);
  });

  test('the layer name and zooms are the caller’s', async () => {
    const other = piecesToPmtiles(collection(PIECES.slice(1)), {
      compress: gzip,
      minzoom: 6,
      maxzoom: 8,
      layer: 'zones',
    });
    const r = open(other.archive).reader;
    expect(await r.getHeader()).toMatchObject({ minZoom: 6, maxZoom: 8 });
    expect(await r.getMetadata()).toMatchObject({ vector_layers: [{ id: 'zones', minzoom: 6, maxzoom: 8 }] });
    const tile = await r.getZxy(8, tileX(35.8, 8), tileY(51, 8));
    expect(Object.keys(new VectorTile(new PbfReader(new Uint8Array(tile!.data))).layers)).toEqual(['zones']);
    expect(() => piecesToPmtiles(collection(), { compress: gzip, minzoom: 9, maxzoom: 8 })).toThrow(
      RangeError,
    );
  });
});

/** A deterministic stream of numbers in [0, 1). */
function seeded(seed: number): () => number {
  let s = seed;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

test('a directory too big for the first 16 KiB goes into leaf directories the reader follows', async () => {
  const next = seeded(7);
  const tiles: ArchiveTile[] = [];
  let id = zxyToTileId(12, 0, 0);
  for (let i = 0; i < 6000; i++) {
    id += 1 + Math.floor(next() * 3000); // gaps and lengths that compress poorly
    const [z, x, y] = tileIdToZxy(id);
    const data = Uint8Array.from({ length: 8 + Math.floor(next() * 250) }, () => Math.floor(next() * 256));
    tiles.push({ z, x, y, data });
  }
  const options = {
    compress: gzip,
    minzoom: 12,
    maxzoom: 12,
    bounds: [-180, -85, 180, 85] as [number, number, number, number],
    center: [0, 0, 12] as [number, number, number],
    metadata: { vector_layers: [] },
  };
  const { archive, counts } = writePmtiles(tiles, options);
  const { reader, directory } = open(archive);
  const header = await reader.getHeader();
  expect(counts.leafDirectories).toBeGreaterThan(1);
  expect(header.leafDirectoryLength).toBeGreaterThan(0);
  expect(header.rootDirectoryLength).toBeLessThanOrEqual(ROOT_LIMIT);
  expect(header.rootDirectoryOffset + header.rootDirectoryLength).toBeLessThanOrEqual(16_384);
  const root = await directory(header, header.rootDirectoryOffset, header.rootDirectoryLength);
  expect(root).toHaveLength(counts.leafDirectories);
  expect(root.every((e) => e.runLength === 0)).toBe(true);
  expect(header.numAddressedTiles).toBe(6000);
  for (let i = 0; i < tiles.length; i += 47) {
    const t = tiles[i];
    const got = await reader.getZxy(t.z, t.x, t.y);
    expect(new Uint8Array(got!.data), `tile ${i}`).toEqual(t.data);
  }
  const last = tiles[tiles.length - 1];
  expect(new Uint8Array((await reader.getZxy(last.z, last.x, last.y))!.data)).toEqual(last.data);
  // the order tiles are given in does not matter
  const shuffled = [...tiles].sort(() => (next() < 0.5 ? -1 : 1));
  expect(Buffer.compare(writePmtiles(shuffled, options).archive, archive)).toBe(0);
});

test('directory varints hold offsets past 2^32', () => {
  const bytes = serializeDirectory([
    { tileId: 5, offset: 0, length: 10, runLength: 1 },
    { tileId: 6, offset: 10, length: 20, runLength: 2 },
    { tileId: 2 ** 33, offset: 2 ** 40 + 3, length: 70_000, runLength: 1 },
  ]);
  const at = { buf: bytes, pos: 0 };
  const values = Array.from({ length: 13 }, () => readVarint(at));
  expect(at.pos).toBe(bytes.length);
  expect(values).toEqual([3, 5, 1, 2 ** 33 - 6, 1, 2, 1, 10, 20, 70_000, 1, 0, 2 ** 40 + 4]);
});

describe('input that is not time pieces is refused, naming the feature and field', () => {
  const withFeature = (i: number, change: (f: Record<string, unknown>) => void) => {
    const fc = collection();
    change(fc.features[i] as unknown as Record<string, unknown>);
    return fc;
  };
  const props = (f: Record<string, unknown>) => f.properties as Record<string, unknown>;
  test.each([
    ['not a collection', { type: 'Feature' }, 'type', null],
    ['no features', { type: 'FeatureCollection' }, 'features', null],
    ['no id', withFeature(1, (f) => delete props(f).id), 'features[1].properties.id', 1],
    ['empty id', withFeature(2, (f) => (props(f).id = '')), 'features[2].properties.id', 2],
    ['repeated id', withFeature(2, (f) => (props(f).id = 'kursk-ua-1')), 'features[2].properties.id', 2],
    [
      'a point',
      withFeature(0, (f) => (f.geometry = { type: 'Point', coordinates: [35, 51] })),
      'features[0].geometry.type',
      0,
    ],
    ['no geometry', withFeature(1, (f) => (f.geometry = null)), 'features[1].geometry.type', 1],
    ['bad from', withFeature(0, (f) => (props(f).from = '2024-13-01')), 'features[0].properties.from', 0],
    ['to before from', withFeature(0, (f) => (props(f).to = '2024-08-01')), 'features[0].properties.to', 0],
    [
      'a bad position',
      withFeature(0, (f) => ((f.geometry as { coordinates: unknown[][][] }).coordinates[0][2] = [200, 51])),
      'features[0].geometry.coordinates[0][2]',
      0,
    ],
  ])('%s', (_, value, where, index) => {
    const error = (() => {
      try {
        readPieces(value);
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(PieceInputError);
    expect(error).toMatchObject({ where, index });
    expect((error as Error).message.startsWith(`${where}: `)).toBe(true);
  });
  test('an open-ended piece (to null or absent) and other properties pass', () => {
    const fc = withFeature(0, (f) => delete props(f).to);
    expect(readPieces(fc)).toBe(fc);
  });
});

test("a packed history's pieces tile as ground and edges under one id, and the metadata lists every piece", async () => {
  // one piece of ground with its own edge (the front), as src/lib/pack writes it
  const piece = {
    type: 'Feature',
    properties: { id: 'p0', from: '2025-01-01', to: null, packed: true, holder: 'ru' },
    geometry: {
      type: 'GeometryCollection',
      geometries: [
        { type: 'Polygon', coordinates: [ring([37, 48, 37.5, 48.5])] },
        {
          type: 'MultiLineString',
          coordinates: [
            [
              [37, 48],
              [37, 48.5],
            ],
          ],
        },
      ],
    },
  };
  const open2 = { ...piece, properties: { ...piece.properties, id: 'p1', from: '2025-01-03' } };
  const { archive } = piecesToPmtiles(
    { type: 'FeatureCollection', features: [piece, open2] },
    { compress: gzip },
  );
  const { reader } = open(archive);
  const features = await tileFeatures(reader, 10, tileX(37.2, 10), tileY(48.2, 10));
  const kinds = features.filter((f) => f.properties.id === 'p0').map((f) => VectorTileFeature.types[f.type]);
  expect(kinds.sort()).toEqual(['LineString', 'Polygon']);
  expect(((await reader.getMetadata()) as { pieces: unknown[] }).pieces).toEqual([
    piece.properties,
    open2.properties,
  ]);
  expect(() =>
    readPieces({
      type: 'FeatureCollection',
      features: [
        { ...piece, geometry: { type: 'GeometryCollection', geometries: [piece.geometry.geometries[1]] } },
      ],
    }),
  ).toThrow(/features\[0\]\.geometry\.geometries: expected one Polygon or MultiPolygon, got 0/);
});
