/**
 * The basemap as vector tiles: land, water, oblasts, the border and place labels cut into
 * one tile set, so a map of one area fetches the few tiles it shows, at the detail of its
 * zoom, rather than all five areas at full detail. geojson-vt clips and simplifies each
 * zoom; place labels thin out with zoom as the map's label filter does. Pure.
 */
import { GeoJSONVT } from '@maplibre/geojson-vt';
import { fromGeojsonVt } from '@maplibre/vt-pbf';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { EXTENT, type VectorTile } from './cut';
import { tilesInBox } from './mercator';
import { BASE_LAYER_FIELDS, placeMinPopulation, type BaseLayerName, type BaseLayers } from './base-layers';

export { BASE_LAYER_FIELDS, BASE_TILE_ZOOMS, PLACE_ZOOMS, placeMinPopulation } from './base-layers';
export type { BaseLayerName, BaseLayers } from './base-layers';

export interface BaseTileOptions {
  minzoom: number;
  maxzoom: number;
  /** [west, south, east, north]: every tile touching it is written, empty or not. */
  bounds: readonly [number, number, number, number];
}

/** Simplification tolerance in tile units: under a pixel on a 512 px tile. */
const TOLERANCE = 3;
/** Clip buffer in tile units: wide enough that fills and lines meet without seams. */
const BUFFER = 64;

function kept(layer: BaseLayerName, collection: FeatureCollection): FeatureCollection {
  const fields: readonly string[] = BASE_LAYER_FIELDS[layer];
  const features = collection.features.map((f): Feature<Geometry> => ({
    type: 'Feature',
    geometry: f.geometry,
    // MVT has no null: a missing name falls back to the English one in the map's expression
    properties: Object.fromEntries(
      fields.flatMap((k) => (f.properties?.[k] == null ? [] : [[k, f.properties[k]]])),
    ),
  }));
  return { type: 'FeatureCollection', features };
}

/**
 * Every tile from minzoom to maxzoom that touches `bounds`, each with the layers it holds
 * (`data` is empty where a tile holds nothing, open sea: the map then draws no error).
 */
export function cutBaseTiles(layers: BaseLayers, options: BaseTileOptions): VectorTile[] {
  const { minzoom, maxzoom, bounds } = options;
  const names = Object.keys(BASE_LAYER_FIELDS) as BaseLayerName[];
  const indexes = names.map(
    (name) =>
      [
        name,
        new GeoJSONVT(kept(name, layers[name]), {
          maxZoom: maxzoom,
          indexMaxZoom: Math.min(maxzoom, 5),
          extent: EXTENT,
          buffer: BUFFER,
          tolerance: TOLERANCE,
        }),
      ] as const,
  );
  const tiles: VectorTile[] = [];
  for (let z = minzoom; z <= maxzoom; z++) {
    const fewest = placeMinPopulation(z);
    for (const [x, y] of tilesInBox(bounds, z)) {
      const content: Parameters<typeof fromGeojsonVt>[0] = {};
      for (const [name, index] of indexes) {
        const tile = index.getTile(z, x, y);
        if (!tile) continue;
        const features = (
          name === 'places'
            ? tile.features.filter((f) => Number(f.tags?.population ?? 0) >= fewest)
            : tile.features
        ) as typeof tile.features;
        if (features.length > 0) content[name] = { ...tile, features };
      }
      const data =
        Object.keys(content).length > 0
          ? fromGeojsonVt(content, { version: 2, extent: EXTENT })
          : new Uint8Array(0);
      tiles.push({ z, x, y, data });
    }
  }
  return tiles;
}
