/**
 * Cuts time pieces into Mapbox Vector Tiles, one named layer, for each zoom from minzoom to
 * maxzoom. geojson-vt clips each tile (with a small buffer so fills meet without seams) and
 * simplifies it for its zoom; the finest zoom keeps every vertex. Pure.
 *
 * MVT has no null value, so a null property is left out of the tile: a reader takes a
 * missing `to` as null (open-ended), which is what MapLibre's `['get', 'to']` gives anyway.
 * Nested values (arrays, objects) are written as JSON text.
 */
import { GeoJSONVT } from '@maplibre/geojson-vt';
import { fromGeojsonVt } from '@maplibre/vt-pbf';
import type { Feature, FeatureCollection } from 'geojson';
import type { Areal } from '../geometry/types';
import { groundOf, type PieceCollection } from './pieces-input';
import { mercatorX, mercatorY, overlaps, type Box } from './mercator';

/** Tile coordinates span 0..EXTENT; 4096 is what MapLibre and every MVT tool expect. */
export const EXTENT = 4096;
/** Clip buffer around a tile, in tile units: enough that a fill's edge is not drawn at a tile seam. */
const BUFFER = 64;
/** Simplification tolerance in tile units (below a pixel at 512 px tiles). */
const TOLERANCE = 3;
/** A tile's four children, as offsets from twice its x and y. */
const CHILDREN = [
  [0, 0],
  [1, 0],
  [0, 1],
  [1, 1],
];

export interface CutOptions {
  minzoom: number;
  maxzoom: number;
  /** The layer name, the `source-layer` of the map's layers. */
  layer: string;
}

export interface VectorTile {
  z: number;
  x: number;
  y: number;
  /** The encoded MVT, not compressed. */
  data: Uint8Array;
}

/** The properties as they go into a tile: nulls left out (see above). */
function tileProperties(properties: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(properties).filter(([, v]) => v !== null));
}

/** Every non-empty tile of the pieces for zooms minzoom..maxzoom, in no particular order. */
export function cutTiles(pieces: PieceCollection, options: CutOptions): VectorTile[] {
  const { minzoom, maxzoom, layer } = options;
  // The GeoJSON feature id is dropped: MVT ids are unsigned integers, ours are strings, so the
  // id travels as the `id` property and the map promotes it (promoteId).
  const features: Feature[] = pieces.features.map((f) => ({
    type: 'Feature',
    geometry: f.geometry,
    properties: tileProperties(f.properties),
  }));
  const index = new GeoJSONVT({ type: 'FeatureCollection', features } satisfies FeatureCollection, {
    maxZoom: maxzoom,
    indexMaxZoom: Math.min(maxzoom, 5),
    extent: EXTENT,
    buffer: BUFFER,
    tolerance: TOLERANCE,
  });

  const tiles: VectorTile[] = [];
  // Walk down from the world tile into the children that some piece's box reaches. geojson-vt
  // answers every tile asked for (empty ones too), so the boxes are what keep the walk to the
  // pieces. A tile can have no features (a ring too small to keep at that zoom) while its
  // children have some, so an empty tile does not stop the walk; it is only not written.
  const visit = (z: number, x: number, y: number, near: readonly Box[]): void => {
    const size = 1 / 2 ** z;
    const pad = (size * BUFFER) / EXTENT;
    const tileBox: Box = [x * size - pad, y * size - pad, (x + 1) * size + pad, (y + 1) * size + pad];
    const inside = near.filter((b) => overlaps(b, tileBox));
    if (inside.length === 0) return;
    const tile = index.getTile(z, x, y);
    if (!tile) return;
    if (z >= minzoom && tile.features.length > 0)
      tiles.push({ z, x, y, data: fromGeojsonVt({ [layer]: tile }, { version: 2, extent: EXTENT }) });
    if (z < maxzoom) for (const [dx, dy] of CHILDREN) visit(z + 1, 2 * x + dx, 2 * y + dy, inside);
  };
  visit(
    0,
    0,
    0,
    pieces.features.flatMap((f) => polygonBoxes(groundOf(f.geometry))),
  );
  return tiles;
}

/** One box per polygon, so a MultiPolygon's far-apart parts do not send the walk into the gap. */
function polygonBoxes(geometry: Areal): Box[] {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  return polygons.map((rings) => {
    const box: Box = [Infinity, Infinity, -Infinity, -Infinity];
    for (const [lon, lat] of rings[0]) {
      const [x, y] = [mercatorX(lon), mercatorY(lat)];
      box[0] = Math.min(box[0], x);
      box[1] = Math.min(box[1], y);
      box[2] = Math.max(box[2], x);
      box[3] = Math.max(box[3], y);
    }
    return box;
  });
}

/** TileJSON `fields` of the layer: each property name and the type of its values in the tiles. */
export function layerFields(pieces: PieceCollection): Record<string, string> {
  const types = new Map<string, Set<string>>();
  for (const f of pieces.features)
    for (const [key, value] of Object.entries(f.properties)) {
      if (value === null) continue;
      const type = typeof value === 'number' ? 'Number' : typeof value === 'boolean' ? 'Boolean' : 'String';
      types.set(key, (types.get(key) ?? new Set()).add(type));
    }
  return Object.fromEntries(
    [...types.keys()].sort().map((key) => {
      const seen = types.get(key)!;
      return [key, seen.size === 1 ? [...seen][0] : 'Mixed'];
    }),
  );
}
