/**
 * The basemap's tiles decoded with @mapbox/vector-tile, as the map's worker reads them:
 * every tile of the box is there, each layer keeps only its fields, places thin out with
 * zoom as the map's label filter says, and the same input gives the same bytes.
 */
import { VectorTile } from '@mapbox/vector-tile';
import type { Feature, FeatureCollection } from 'geojson';
import { PbfReader } from 'pbf';
import { describe, expect, test } from 'vitest';
import { cutBaseTiles, placeMinPopulation, PLACE_ZOOMS, type BaseLayers } from './base-tiles';
import { tilesInBox } from './mercator';

const BOX = [35, 50, 36, 51] as const;
const collection = (features: Feature[]): FeatureCollection => ({ type: 'FeatureCollection', features });
const square = (
  w: number,
  s: number,
  e: number,
  n: number,
  properties: Record<string, unknown>,
): Feature => ({
  type: 'Feature',
  properties,
  geometry: {
    type: 'Polygon',
    coordinates: [
      [
        [w, s],
        [e, s],
        [e, n],
        [w, n],
        [w, s],
      ],
    ],
  },
});
const place = (lon: number, lat: number, name: string, population: number): Feature => ({
  type: 'Feature',
  properties: { geonameid: 1, name, name_uk: null, name_ru: `ru ${name}`, population, feature: 'PPL' },
  geometry: { type: 'Point', coordinates: [lon, lat] },
});

const LAYERS: BaseLayers = {
  land: collection([square(34, 49, 37, 52, { country: 'UKR', area_km2: 1 })]),
  water: collection([square(35.4, 50.4, 35.5, 50.5, { area_km2: 12 })]),
  oblasts: collection([
    square(34.5, 49.5, 36.5, 51.5, { id: 'UA.SM', name: 'Sumy', country: 'UKR', area_km2: 9 }),
  ]),
  border: collection([
    {
      type: 'Feature',
      properties: { countries: 'RUS-UKR' },
      geometry: {
        type: 'LineString',
        coordinates: [
          [35, 50.9],
          [36, 50.9],
        ],
      },
    },
  ]),
  places: collection([
    place(35.2, 50.2, 'City', 250_000),
    place(35.6, 50.6, 'Town', 30_000),
    place(35.8, 50.3, 'Village', 400),
  ]),
};

const cut = () => cutBaseTiles(LAYERS, { minzoom: 5, maxzoom: 9, bounds: BOX });

function decode(data: Uint8Array) {
  const tile = new VectorTile(new PbfReader(data));
  return Object.fromEntries(
    Object.entries(tile.layers).map(([name, layer]) => [
      name,
      Array.from({ length: layer.length }, (_, i) => layer.feature(i)),
    ]),
  );
}

describe('cutBaseTiles', () => {
  const tiles = cut();

  test('writes every tile touching the box at every zoom, and only those', () => {
    for (let z = 5; z <= 9; z++) {
      const expected = tilesInBox(BOX, z)
        .map(([x, y]) => `${z}/${x}/${y}`)
        .sort();
      const written = tiles
        .filter((t) => t.z === z)
        .map((t) => `${t.z}/${t.x}/${t.y}`)
        .sort();
      expect(written, `zoom ${z}`).toEqual(expected);
    }
  });

  test('each layer keeps only the fields the map reads; a missing name is left out, not null', () => {
    const all = tiles.map((t) => decode(t.data));
    const fields = (layer: string) =>
      new Set(all.flatMap((t) => (t[layer] ?? []).flatMap((f) => Object.keys(f.properties))));
    expect([...fields('land')]).toEqual(['country']);
    expect([...fields('water')]).toEqual([]);
    expect([...fields('oblasts')].sort()).toEqual(['country', 'id', 'name']);
    expect([...fields('places')].sort()).toEqual(['name', 'name_ru', 'population']);
  });

  test('places thin out with zoom as the label filter does', () => {
    const named = (z: number) =>
      [
        ...new Set(
          tiles
            .filter((t) => t.z === z)
            .flatMap((t) => (decode(t.data).places ?? []).map((f) => String(f.properties.name))),
        ),
      ].sort();
    expect(named(6)).toEqual(['City']);
    expect(named(8)).toEqual(['City', 'Town']);
    expect(named(9)).toEqual(['City', 'Town', 'Village']);
    expect(PLACE_ZOOMS.map(([z]) => placeMinPopulation(z))).toEqual(PLACE_ZOOMS.map(([, p]) => p));
    expect(placeMinPopulation(8.5)).toBe(20_000);
  });

  test('a tile of open sea is written empty, so the map finds a tile there and draws nothing', () => {
    const sea = cutBaseTiles(
      {
        ...LAYERS,
        land: collection([]),
        water: collection([]),
        oblasts: collection([]),
        border: collection([]),
        places: collection([]),
      },
      { minzoom: 7, maxzoom: 7, bounds: BOX },
    );
    expect(sea.length).toBe(tilesInBox(BOX, 7).length);
    expect(sea.every((t) => t.data.length === 0)).toBe(true);
  });

  test('the same input gives the same bytes', () => {
    const again = cut();
    expect(again.map((t) => Buffer.from(t.data).toString('base64'))).toEqual(
      tiles.map((t) => Buffer.from(t.data).toString('base64')),
    );
  });
});
