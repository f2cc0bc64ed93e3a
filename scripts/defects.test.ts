/**
 * The invariant of the importer: valid ground with any real-world defects injected imports,
 * builds, and keeps each day's area within 0.1% of the clean ground's. Property-based
 * (fast-check, fixed seed) over the synthetic front, cut into the real oblasts.
 */
import { readFileSync } from 'node:fs';
import { area } from '@turf/turf';
import fc from 'fast-check';
import type { FeatureCollection } from 'geojson';
import { expect, test } from 'vitest';
import { DEFECT_KINDS, type DefectKind } from '../src/lib/daily/defects';
import { readImport } from '../src/lib/daily/imported';
import { geometryProblem } from '../src/lib/geometry/checks';
import { parseDailyFile } from '../src/lib/daily/parse';
import { UKRAINE_BOX } from '../src/lib/daily/repair';
import { dailySpans } from '../src/lib/daily/series';
import { syntheticDays, type SyntheticOptions } from '../src/lib/daily/synthetic';
import { dailyTracks } from '../src/lib/daily/tracks';
import type { Areal } from '../src/lib/geometry/types';
import { REGION_INFO, REGIONS } from '../src/lib/regions';
import { addDays } from '../src/lib/timeline/dates';

const DAYS = 6;
const oblasts = JSON.parse(readFileSync('geodata/base/oblasts.geojson', 'utf8')) as FeatureCollection<
  Areal,
  { id: string }
>;
const regions = REGIONS.map((id) => ({
  id,
  oblast: oblasts.features.find((f) => f.properties.id === REGION_INFO[id].oblast)!.geometry,
}));

/** Imports a synthetic series; returns each region's km² by day, and what the build says. */
function imported(o: SyntheticOptions) {
  const days = [...syntheticDays(o)].map((d) => parseDailyFile(d.file, d.text, { within: UKRAINE_BOX }));
  const shapes = dailyTracks(dailySpans(days).spans, {
    regions,
    perspective: 'assessed',
    holder: 'ru',
    source: 'synthetic',
  });
  const errors = REGIONS.flatMap((r) => {
    const features = shapes.filter((s) => s.properties.region === r);
    if (features.length === 0) return [];
    const text = JSON.stringify({ type: 'FeatureCollection', features });
    return readImport(`${r}-assessed-ru.geojson`, text).errors.map((e) => e.message);
  });
  const km2 = REGIONS.map((r) =>
    Array.from({ length: o.days }, (_, d) => {
      const date = addDays(o.first, d);
      const s = shapes.find(
        (x) => x.properties.region === r && x.properties.from <= date && (x.properties.to ?? '9') > date,
      );
      return s ? area(s.geometry) / 1e6 : 0;
    }),
  );
  // the repaired ground itself, before any cutting, is what the build accepts
  const invalid = days.flatMap((d) => {
    const problem = geometryProblem(d.geometry);
    return problem ? [`${d.file}: ${problem}`] : [];
  });
  return { km2, errors: [...invalid, ...errors], repairs: days.flatMap((d) => d.repairs.map((r) => r.kind)) };
}

const base = { days: DAYS, vertices: 300, first: '2025-01-01', seed: 3 };

test('every defect kind on one day: repaired, reported by kind, built, area kept', () => {
  const defects = Object.fromEntries(DEFECT_KINDS.map((k) => [k, [2]])) as Record<DefectKind, number[]>;
  const dirty = imported({ ...base, defects });
  const clean = imported({ ...base, defects, clean: true });
  expect(dirty.errors).toEqual([]);
  expect(new Set(dirty.repairs)).toEqual(new Set([...DEFECT_KINDS, 'z-values', 'crs']));
  dirty.km2.forEach((days, r) =>
    days.forEach((km2, d) =>
      expect(Math.abs(km2 - clean.km2[r][d])).toBeLessThanOrEqual(clean.km2[r][d] * 0.001),
    ),
  );
  // the defects were placed in the Pokrovsk area's oblast: it is where they count
  const pokrovsk = REGIONS.indexOf('pokrovsk');
  expect(clean.km2[pokrovsk][2]).toBeGreaterThan(clean.km2[pokrovsk][1]);
});

test('any defects on any days: the import builds and each day keeps its area (property)', () => {
  const plan = fc.dictionary(
    fc.constantFrom(...DEFECT_KINDS),
    fc.uniqueArray(fc.integer({ min: 0, max: DAYS - 1 }), { maxLength: 3 }),
  );
  fc.assert(
    fc.property(plan, (defects) => {
      const dirty = imported({ ...base, defects });
      const clean = imported({ ...base, defects, clean: true });
      expect(dirty.errors).toEqual([]);
      dirty.km2.forEach((days, r) =>
        days.forEach((km2, d) =>
          expect(Math.abs(km2 - clean.km2[r][d])).toBeLessThanOrEqual(clean.km2[r][d] * 0.001),
        ),
      );
    }),
    { seed: 20261205, numRuns: 12 },
  );
});
