/**
 * The ranges the seed ledger's words allow, as built into areas.json: every stated figure
 * lies inside the band on its date, every band's ends follow the documented rule for its
 * qualifier or bounding words, and no band inverts.
 */
import { beforeAll, expect, test } from 'vitest';
import { buildGeodata } from '../src/lib/build/build';
import type { Areas } from '../src/lib/view/areas';
import { figureRange, statedRange, within } from '../src/lib/certainty/range';
import { readInputs } from './lib/ledger';

let areas: Areas;
beforeAll(() => {
  areas = JSON.parse(buildGeodata(readInputs('geodata').inputs).areas);
});

test('every stated figure lies inside the band on its date, and no band inverts', () => {
  let stated = 0;
  for (const row of areas.rows) {
    if (row.km2_max !== null)
      expect(row.km2_min, `${row.date} ${row.region}`).toBeLessThanOrEqual(row.km2_max);
    expect(row.km2_min).toBeGreaterThanOrEqual(0);
    if (row.interpolated) continue;
    for (const s of row.stated) {
      expect(
        within({ min: row.km2_min, max: row.km2_max, says: null }, s.km2),
        `${row.date} ${s.claim}`,
      ).toBe(true);
      stated++;
    }
  }
  expect(stated).toBeGreaterThan(5);
});

test('bands follow the rule for their words: stated areas by qualifier, traced and absences exactly', () => {
  for (const row of areas.rows) {
    if (row.basis === 'area' && !row.interpolated && row.stated.length) {
      const rule = statedRange(row.stated);
      expect([row.km2_min, row.km2_max], `${row.date} ${row.region} ${row.perspective}`).toEqual([
        rule.min,
        rule.max,
      ]);
      // each claim's own range lies within the band: the band is every reading they allow
      for (const s of row.stated) {
        const own = figureRange(s);
        expect(own.min).toBeGreaterThanOrEqual(row.km2_min);
        expect(own.max).toBeLessThanOrEqual(row.km2_max!);
      }
    }
    if (row.km2 === 0) expect([row.km2_min, row.km2_max]).toEqual([0, 0]);
    if (row.km2 > 0 && ['depth', 'distance', 'place'].includes(row.basis)) expect(row.km2_max).toBeNull();
  }
});

test('a step between two claims spans both ends’ bands', () => {
  const steps = areas.rows.filter((r) => r.interpolated);
  expect(steps.length).toBeGreaterThan(0);
  for (const step of steps) {
    const ends = step.between!.map((d) =>
      areas.rows.find(
        (r) =>
          r.date === d &&
          !r.interpolated &&
          r.region === step.region &&
          r.perspective === step.perspective &&
          r.holder === step.holder,
      ),
    );
    for (const end of ends) {
      if (!end) continue;
      expect(step.km2_min).toBeLessThanOrEqual(end.km2_min);
      if (end.km2_max !== null && step.km2_max !== null)
        expect(step.km2_max).toBeGreaterThanOrEqual(end.km2_max);
    }
    // the drawn step lies in its own band
    expect(within({ min: step.km2_min, max: step.km2_max, says: null }, step.km2)).toBe(true);
  }
});
