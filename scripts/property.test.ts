/**
 * Property-based: generated Kursk claim sets (figures, units, qualifiers, dates, strip
 * widths, perspectives), built against the real base geography. Every run either builds
 * with the invariants holding, or fails with LedgerErrors that each name a file, a record
 * and a field: never a bare crash, never partial outputs.
 */
import fc from 'fast-check';
import type { FeatureCollection } from 'geojson';
import { stringify } from 'yaml';
import { beforeAll, expect, test } from 'vitest';
import { buildGeodata } from '../src/lib/build/build';
import { honours } from '../src/lib/build/shape-checks';
import type { BuildInputs } from '../src/lib/build/types';
import type { ControlProps } from '../src/lib/contract/records';
import { LedgerErrors } from '../src/lib/claims/errors';
import { parseLedgerFile } from '../src/lib/claims/parse';
import { claimsFileSchema } from '../src/lib/claims/schema';
import { toKm2 } from '../src/lib/claims/units';
import { geometryProblem, outsideKm2, overlapKm2 } from '../src/lib/geometry/checks';
import type { Areal } from '../src/lib/geometry/types';
import { addDays } from '../src/lib/timeline/dates';
import { REGION_INFO } from '../src/lib/regions';
import { readInputs } from './lib/ledger';

const FILE = 'generated/kursk.yaml';
const CLAIMANT = { assessed: 'independent', ru: 'ru-military', ua: 'ua-military' } as const;
let real: BuildInputs;
beforeAll(() => {
  real = readInputs('geodata').inputs;
});

const claimArb = fc.record({
  day: fc.integer({ min: 0, max: 260 }),
  value: fc.integer({ min: 1, max: 2500 }), // some will not fit the strip: that must fail cleanly
  unit: fc.constantFrom('km2', 'sq mi', 'ha'),
  qualifier: fc.constantFrom('about', 'over', 'under'),
  width: fc.integer({ min: 10, max: 150 }),
  perspective: fc.constantFrom('assessed', 'ru', 'ua'),
});

/** A claims file: one claim per frame, one track per perspective, frames in date order. */
type Generated = typeof claimArb extends fc.Arbitrary<infer T> ? T : never;

function ledger(claims: Generated[]): string {
  const byPerspective = new Map<string, { id: string; c: (typeof claims)[number] }[]>();
  const records = claims.map((c, i) => {
    const id = `G${i + 1}`;
    const list = byPerspective.get(c.perspective) ?? [];
    list.push({ id, c });
    byPerspective.set(c.perspective, list);
    return {
      id,
      region: 'kursk',
      date: addDays('2024-08-01', c.day),
      date_precision: 'day',
      date_source: 'D',
      as_of: '2025-04-28',
      claimant: CLAIMANT[c.perspective],
      claimant_name: 'A generated claimant',
      kind: 'control',
      holder: 'ua',
      // the strip is centred on Sudzha and contains it: a claim must name what a shape covers
      places: ['sudzha'],
      figures: [{ value: c.value, unit: c.unit, qualifier: c.qualifier }],
      source: 'D',
      paraphrase: 'A generated claim about ground held in Kursk oblast.',
    };
  });
  const tracks = [...byPerspective].map(([perspective, list]) => ({
    region: 'kursk',
    perspective,
    holder: 'ua',
    // frames on the same day collide on purpose now and then: the build must say so
    frames: [...list]
      .sort((a, b) => a.c.day - b.c.day)
      .map(({ id, c }) => ({
        from: addDays('2024-08-01', c.day),
        status: 'controlled',
        claims: [id],
        draw: {
          method: 'border-strip',
          centre: 'sudzha',
          width_km: c.width,
          area_km2: Math.max(0.01, Math.round(toKm2(c.value, c.unit)! * 100) / 100),
          basis: 'area',
        },
      })),
  }));
  return stringify({ claims: records, tracks });
}

test('generated ledgers build with every invariant, or fail naming file, record and field', () => {
  const outcomes = { built: 0, refused: 0 };
  fc.assert(
    fc.property(fc.array(claimArb, { minLength: 1, maxLength: 3 }), (claims) => {
      const parsed = parseLedgerFile(ledger(claims), FILE, claimsFileSchema);
      expect(parsed.ok).toBe(true); // the generator writes well-formed files
      const inputs = { ...real, claimFiles: [parsed.ok ? parsed.located : never()] } as BuildInputs;
      let built: ReturnType<typeof buildGeodata>;
      try {
        built = buildGeodata(inputs);
      } catch (e) {
        // the only way to fail: a list of located problems, nothing half-written
        expect(e).toBeInstanceOf(LedgerErrors);
        for (const problem of (e as LedgerErrors).errors) {
          expect([FILE, '(build)']).toContain(problem.file);
          expect(problem.record).toBeTruthy();
          expect(problem.field).toBeTruthy();
          expect(problem.message.length).toBeGreaterThan(5);
        }
        outcomes.refused++;
        return;
      }
      outcomes.built++;
      const shapes = (JSON.parse(built.control) as FeatureCollection<Areal, ControlProps>).features;
      const oblast = real.ref.oblasts.get(REGION_INFO.kursk.oblast)!.geometry;
      for (const s of shapes) {
        expect(geometryProblem(s.geometry)).toBeNull();
        expect(outsideKm2(s.geometry, oblast)).toBeLessThanOrEqual(0.05);
        const claim = claims[Number(s.properties.claims[0].slice(1)) - 1];
        const stated = { km2: toKm2(claim.value, claim.unit)!, qualifier: claim.qualifier };
        expect(honours(s.properties.area_km2, stated)).toBe(true);
      }
      // one holder per perspective here, so ground held twice would be two shapes of one
      // track in force together: never
      for (const a of shapes)
        for (const b of shapes)
          if (a !== b && a.properties.perspective === b.properties.perspective)
            expect(
              (a.properties.to !== null && a.properties.to <= b.properties.from) ||
                (b.properties.to !== null && b.properties.to <= a.properties.from) ||
                overlapKm2(a.geometry, b.geometry) < 0.01,
            ).toBe(true);
    }),
    { numRuns: 12, seed: 20261123 },
  );
  console.log('generated ledgers:', outcomes);
  // both outcomes occur, or the generator is not testing what it claims to
  expect(outcomes.built).toBeGreaterThan(0);
  expect(outcomes.refused).toBeGreaterThan(0);
}, 300_000);

function never(): never {
  throw new Error('unreachable');
}
