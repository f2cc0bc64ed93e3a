/**
 * Writes the basemap's vector tiles into a folder as {z}/{x}/{y}.mvt, cut from geodata/base
 * and the checked place names. Plain files: any static host serves them, with no range
 * requests and no reader in the page.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FeatureCollection } from 'geojson';
import { AOI_BBOX } from '../../src/lib/regions';
import { BASE_TILE_ZOOMS, cutBaseTiles } from '../../src/lib/tiles/base-tiles';
import { writeAllAtomic } from './files';
import { settlementLabels } from './labels';

const read = (file: string) =>
  JSON.parse(readFileSync(join('geodata/base', file), 'utf8')) as FeatureCollection;

/** Cuts and writes the tiles under `dir`; returns how many were written. */
export function writeBaseTiles(dir: string): number {
  const tiles = cutBaseTiles(
    {
      land: read('land.geojson'),
      water: read('water.geojson'),
      oblasts: read('oblasts.geojson'),
      border: read('border.geojson'),
      places: settlementLabels(),
    },
    { ...BASE_TILE_ZOOMS, bounds: AOI_BBOX },
  );
  writeAllAtomic(Object.fromEntries(tiles.map((t) => [join(dir, `${t.z}/${t.x}/${t.y}.mvt`), t.data])));
  return tiles.length;
}
