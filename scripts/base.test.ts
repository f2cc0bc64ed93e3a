/**
 * The built base geography (geodata/base, from the npm data packages): water is there, in
 * the right place, and every source that shaped it is named in the manifest.
 */
import { readFileSync } from 'node:fs';
import { booleanPointInPolygon } from '@turf/turf';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { describe, expect, test } from 'vitest';
import { BASE_FORMAT, BASE_SOURCES } from '../src/lib/base/sources';
import { AOI_BBOX } from '../src/lib/regions';

const read = <T>(name: string): T => JSON.parse(readFileSync(`geodata/base/${name}`, 'utf8')) as T;

describe('base geography', () => {
  const water = read<FeatureCollection<Polygon | MultiPolygon, { area_km2: number }>>('water.geojson');

  test('the Kakhovka reservoir bed is drawn as water south-west of Zaporizhzhia', () => {
    // 34.0 E 47.3 N is mid-reservoir between Nikopol and Enerhodar
    const hit = water.features.find((f) => booleanPointInPolygon([34.0, 47.3], f));
    expect(hit?.properties.area_km2).toBeGreaterThan(1500);
    // ...and the city of Zaporizhzhia's centre, on the Dnipro's east bank, is not
    expect(water.features.some((f) => booleanPointInPolygon([35.139, 47.838], f))).toBe(false);
  });

  test('water stays inside the area of interest and drops bodies under 3 km²', () => {
    const [w, s, e, n] = AOI_BBOX;
    for (const f of water.features) {
      expect(f.properties.area_km2).toBeGreaterThanOrEqual(3);
      const rings = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
      for (const [lon, lat] of rings.flat(2)) {
        expect(lon >= w && lon <= e && lat >= s && lat <= n).toBe(true);
      }
    }
  });

  test('the manifest names every source package and the format that wrote it', () => {
    const manifest = read<{
      format: number;
      sources: { package: string; licence: string }[];
      outputs: object;
    }>('manifest.json');
    expect(manifest.format).toBe(BASE_FORMAT);
    expect(manifest.sources.map((s) => s.package)).toEqual(BASE_SOURCES.map((s) => s.package));
    expect(Object.keys(manifest.outputs)).toContain('water.geojson');
  });
});
