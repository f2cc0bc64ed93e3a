/**
 * What the basemap's tiles hold, shared by the cutter (./base-tiles.ts) and the map's style:
 * the layers and their fields, the zooms, and which places each zoom labels. No
 * dependencies, so the map's own code does not carry the tile cutter.
 */
import type { FeatureCollection } from 'geojson';

/** Each layer of the base tiles and the properties its features keep. */
export const BASE_LAYER_FIELDS = {
  land: ['country'],
  water: [],
  oblasts: ['id', 'name', 'country'],
  border: [],
  places: ['name', 'name_uk', 'name_ru', 'population'],
} as const;
export type BaseLayerName = keyof typeof BASE_LAYER_FIELDS;
export type BaseLayers = Record<BaseLayerName, FeatureCollection>;

/**
 * The smallest population labelled from each zoom on: [zoom, population], zooms rising.
 * The tiles leave out smaller places (fewer bytes); the map's filter says the same.
 */
export const PLACE_ZOOMS: readonly (readonly [number, number])[] = [
  [0, 200_000],
  [7, 20_000],
  [9, 0],
];

export function placeMinPopulation(zoom: number): number {
  return PLACE_ZOOMS.filter(([z]) => z <= zoom).at(-1)![1];
}

/** The zooms the base tiles are cut for; past the last, the map draws its tiles larger. */
export const BASE_TILE_ZOOMS = { minzoom: 0, maxzoom: 9 } as const;
