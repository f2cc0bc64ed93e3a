/**
 * Country sense, on the real border and oblasts: a series of occupied Ukraine whose outline
 * runs a few hundred metres over the border gives no Russian-held ground in Kursk or
 * Belgorod, and a strip along the border is no foothold.
 */
import { readFileSync } from 'node:fs';
import { area, bboxClip, buffer, feature, union, featureCollection } from '@turf/turf';
import type { FeatureCollection, MultiLineString, MultiPolygon, Polygon } from 'geojson';
import { expect, test } from 'vitest';
import { dailyTracks, type CountryNote } from '../src/lib/daily/tracks';
import type { Areal } from '../src/lib/geometry/types';
import { REGION_INFO, REGIONS } from '../src/lib/regions';

const read = <T>(f: string) => JSON.parse(readFileSync(`geodata/base/${f}`, 'utf8')) as T;
const oblasts = read<FeatureCollection<Areal, { id: string }>>('oblasts.geojson');
const border = read<FeatureCollection<MultiLineString>>('border.geojson').features[0].geometry;
const regions = REGIONS.map((id) => ({
  id,
  country: REGION_INFO[id].country,
  oblast: oblasts.features.find((f) => f.properties.id === REGION_INFO[id].oblast)!.geometry,
}));

// the Sumy-Belgorod border east of Krasnopillia, and a strip 300 m either side of it
const stretch = bboxClip(feature(border), [35.3, 50.6, 35.9, 51.0]).geometry;
const strip = buffer(feature(stretch), 0.3, { units: 'kilometers' })!.geometry as Polygon | MultiPolygon;
// held ground in Sumy oblast, up to the border (and, by the strip, 300 m past it)
const sumySide: Polygon = {
  type: 'Polygon',
  coordinates: [
    [
      [35.3, 50.6],
      [35.6, 50.6],
      [35.6, 50.75],
      [35.3, 50.75],
      [35.3, 50.6],
    ],
  ],
};
// a foothold 5 km deep inside Belgorod oblast
const foothold: Polygon = {
  type: 'Polygon',
  coordinates: [
    [
      [35.75, 50.75],
      [35.85, 50.75],
      [35.85, 50.8],
      [35.75, 50.8],
      [35.75, 50.75],
    ],
  ],
};

function cut(holder: string, ...shapes: (Polygon | MultiPolygon)[]) {
  const ground = union(featureCollection(shapes.map((s) => feature(s))))!.geometry as Polygon | MultiPolygon;
  const geometry: MultiPolygon =
    ground.type === 'Polygon' ? { type: 'MultiPolygon', coordinates: [ground.coordinates] } : ground;
  const notes: CountryNote[] = [];
  const shapesOut = dailyTracks([{ from: '2025-01-01', to: null, geometry }], {
    regions,
    perspective: 'assessed',
    holder,
    source: 'test',
    country: { code: 'UKR', border },
    report: (n) => notes.push(n),
  });
  const km2 = Object.fromEntries(
    REGIONS.map((r) => [
      r,
      shapesOut.filter((s) => s.properties.region === r).reduce((s, f) => s + area(f.geometry) / 1e6, 0),
    ]),
  );
  return { km2, notes };
}

test('an occupied-Ukraine outline a few hundred metres over the border: no Russian-held rows in Kursk or Belgorod', () => {
  const { km2, notes } = cut('ru', sumySide, strip);
  expect(km2.kursk).toBe(0);
  expect(km2.belgorod).toBe(0);
  expect(km2.sumy).toBeGreaterThan(100);
  expect(notes.filter((n) => n.kind === 'own-ground').map((n) => n.region)).toEqual(['kursk', 'belgorod']);
});

test('across the border, a strip along it is dropped and reported; a foothold stays', () => {
  const { km2, notes } = cut('ua', strip, foothold);
  const footholdKm2 = area(foothold) / 1e6;
  // the foothold, whole, and not a square metre of the strip
  expect(km2.belgorod).toBeGreaterThan(footholdKm2 * 0.99);
  expect(km2.belgorod).toBeLessThan(footholdKm2 * 1.01);
  const slivers = notes.filter((n) => n.kind === 'border-sliver');
  expect(slivers.length).toBeGreaterThan(0);
  expect(slivers.every((n) => n.region === 'belgorod' || n.region === 'kursk')).toBe(true);
  expect(slivers[0].where).toMatch(/^2025-01-01: [\d.]+, [\d.]+, [\d.]+, [\d.]+ \([\d.]+ km²\)$/);
});
