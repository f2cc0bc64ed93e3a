/**
 * A packed daily series for browser tests: 40 synthetic days of a 600-vertex front, packed by
 * the build's own code, as control.geojson would carry it.
 */
import { importedPieces } from '../src/lib/build/series';
import { parseDailyFile } from '../src/lib/daily/parse';
import { dailySpans } from '../src/lib/daily/series';
import { syntheticDays } from '../src/lib/daily/synthetic';

export const days = [...syntheticDays({ days: 40, vertices: 600, first: '2025-01-01', seed: 3 })].map((d) =>
  parseDailyFile(d.file, d.text),
);
const pieces = importedPieces({
  file: 'synthetic',
  region: 'pokrovsk',
  perspective: 'assessed',
  holder: 'ru',
  source: 'synthetic',
  history: dailySpans(days).spans.map((s) => ({ from: s.from, to: s.to, polygons: s.geometry.coordinates })),
});
export const series: GeoJSON.FeatureCollection = {
  type: 'FeatureCollection',
  features: pieces.map((p) => ({ ...p.shape, geometry: p.geometry })),
};
/** The pieces in force on a date. */
export const inForce = (date: string) =>
  pieces.map((p) => p.shape.properties).filter((p) => p.from <= date && (p.to === null || date < p.to));
