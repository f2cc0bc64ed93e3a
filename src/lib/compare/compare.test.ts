import type { Feature } from 'geojson';
import { describe, expect, test } from 'vitest';
import { km2 } from '../geometry/ops';
import { ENGLISH } from '../i18n/english';
import type { Areal } from '../geometry/types';
import { changeBetween } from './change';
import { disputedGround, disputedKm2 } from './disputed';
import { changeSentences } from './sentence';
import type { DatedShape, Span } from './spans';
import { areaTable, tableCsv } from './table';
import type { Areas } from '../app/areas';

/** A box in Kursk oblast, `w` x `h` hundredths of a degree from (35.0 E, 51.2 N). */
const box = (x: number, y: number, w: number, h: number): Areal => {
  const [x0, y0, x1, y1] = [35 + x / 100, 51.2 + y / 100, 35 + (x + w) / 100, 51.2 + (y + h) / 100];
  return {
    type: 'Polygon',
    coordinates: [
      [
        [x0, y0],
        [x1, y0],
        [x1, y1],
        [x0, y1],
        [x0, y0],
      ],
    ],
  };
};

let n = 0;
function shape(
  perspective: string,
  holder: string,
  from: string,
  to: string | null,
  geometry: Areal,
  scope: 'region' | 'local' = 'region',
): DatedShape {
  n += 1;
  return {
    type: 'Feature',
    properties: {
      id: `s${n}`,
      region: 'kursk',
      perspective,
      holder,
      scope,
      status: 'controlled',
      from,
      to,
      claims: [`C${n}`],
      schematic: true,
      area_km2: Math.round(km2(geometry) * 10) / 10,
    },
    geometry,
  };
}
const none = (perspective: string, holder: string, from: string, to: string | null = null): Span => ({
  id: `none-${perspective}-${from}`,
  region: 'kursk',
  perspective,
  holder,
  status: 'controlled',
  from,
  to,
  claims: [`N-${perspective}`],
});
const props = (fs: Feature<Areal, { from: string; to: string | null; area_km2: number }>[]) =>
  fs.map((f) => [f.properties.from, f.properties.to, f.properties.area_km2]);

describe('disputed ground', () => {
  test('a side that says the holder has none disputes every shape the other side draws for it', () => {
    const ua = shape('ua', 'ua', '2025-04-26', null, box(0, 0, 10, 10));
    const out = disputedGround([ua], [none('ru', 'ua', '2025-04-26')]);
    expect(out).toHaveLength(1);
    expect(out[0].properties).toMatchObject({
      pair: 'ru|ua',
      perspective: 'ua',
      versus: 'ru',
      holder: 'ua',
      claims: ua.properties.claims,
      versus_claims: ['N-ru'],
    });
    expect(out[0].properties.area_km2).toBeCloseTo(ua.properties.area_km2, 0);
    expect(disputedKm2(out, 'ru|ua', 'kursk', '2025-05-01')).toBe(out[0].properties.area_km2);
    expect(disputedKm2(out, 'ru|ua', 'kursk', '2025-04-25')).toBe(0);
  });

  test('only the ground one side draws and the other does not, split where their claims change', () => {
    const big = shape('assessed', 'ua', '2024-08-01', null, box(0, 0, 10, 10));
    const half = shape('ua', 'ua', '2024-08-10', '2024-09-01', box(0, 0, 5, 10));
    const out = disputedGround([big, half], []);
    // assessed draws the whole box; ua draws its left half from 08-10 to 09-01, then nothing
    const assessedSide = out.filter((f) => f.properties.perspective === 'assessed');
    expect(props(assessedSide)).toEqual([['2024-08-10', '2024-09-01', expect.any(Number)]]);
    expect(assessedSide[0].properties.area_km2).toBeCloseTo(big.properties.area_km2 / 2, 0);
    // no claim in force for ua before 08-10 or after 09-01: silence is not disagreement
    expect(disputedKm2(out, 'assessed|ua', 'kursk', '2024-08-05')).toBe(0);
    expect(disputedKm2(out, 'assessed|ua', 'kursk', '2024-09-05')).toBe(0);
    // and the half ua draws lies inside what assessed draws: nothing the other way
    expect(out.filter((f) => f.properties.perspective === 'ua')).toEqual([]);
  });

  test("pieces run on while the other side's claims stay the same", () => {
    const a = shape('assessed', 'ua', '2024-08-01', null, box(0, 0, 10, 10));
    const r1 = shape('ru', 'ua', '2024-08-01', '2024-09-01', box(0, 0, 2, 10));
    const r2 = shape('ru', 'ua', '2024-09-01', null, box(0, 0, 4, 10));
    const out = disputedGround([a, r1, r2], []).filter((f) => f.properties.perspective === 'assessed');
    expect(out.map((f) => [f.properties.from, f.properties.to])).toEqual([
      ['2024-08-01', '2024-09-01'],
      ['2024-09-01', null],
    ]);
    expect(out[0].properties.area_km2).toBeGreaterThan(out[1].properties.area_km2);
  });

  test('claims about places dispute only the ground the other side gives the other holder', () => {
    const ruTown = shape('ru', 'ru', '2025-01-01', null, box(0, 0, 4, 4), 'local');
    const assessedElsewhere = shape('assessed', 'ru', '2025-01-01', null, box(20, 0, 4, 4), 'local');
    expect(disputedGround([ruTown, assessedElsewhere], [])).toEqual([]);
    // ...but where the other side draws ground for the other holder, that overlap is disputed
    const uaHolds = shape('ua', 'ua', '2025-01-01', null, box(2, 0, 4, 4), 'local');
    const out = disputedGround([ruTown, uaHolds], []);
    const ruSide = out.find((f) => f.properties.perspective === 'ru')!;
    expect(ruSide.properties.area_km2).toBeCloseTo(ruTown.properties.area_km2 / 2, 0);
  });
});

describe('change between two dates', () => {
  const a1 = shape('assessed', 'ua', '2024-08-01', '2024-09-01', box(0, 0, 10, 10));
  const a2 = shape('assessed', 'ua', '2024-09-01', null, box(4, 0, 10, 6));
  const shapes = [a1, a2];

  test('held on the first date, less what was lost, plus what was gained, is held on the second', () => {
    const c = changeBetween(shapes, ['kursk'], 'assessed', '2024-08-15', '2024-09-15');
    expect(c.holders).toHaveLength(1);
    const [ua] = c.holders;
    expect(ua.gained).toBeGreaterThan(0);
    expect(ua.lost).toBeGreaterThan(0);
    expect(Math.abs(ua.heldFrom - ua.lost + ua.gained - ua.heldTo)).toBeLessThanOrEqual(ua.heldTo * 0.005);
    expect(c.features.map((f) => f.properties.change).sort()).toEqual(['gained', 'lost']);
  });

  test('no change gives no layers, and a sentence that says so', () => {
    const c = changeBetween(shapes, ['kursk'], 'assessed', '2024-09-02', '2024-12-01');
    expect(c.features).toEqual([]);
    expect(changeSentences(c, 'in Kursk oblast')).toEqual([
      `Between 2 September 2024 and 1 December 2024, Ukrainian-held ground in Kursk oblast stayed at ${ENGLISH.km2(c.holders[0].heldTo)} (independent assessment).`,
    ]);
  });

  test('the sentence gives the net change, both totals and the churn', () => {
    const c = changeBetween(shapes, ['kursk'], 'assessed', '2024-08-15', '2024-09-15');
    const [text] = changeSentences(c, 'in Kursk oblast');
    expect(text).toMatch(
      /^Between 15 August 2024 and 15 September 2024, Ukrainian-held ground in Kursk oblast shrank by [\d,.]+ km², from [\d,.]+ km² to [\d,.]+ km²; [\d,.]+ km² gained and [\d,.]+ km² lost \(independent assessment\)\.$/,
    );
  });
});

describe('table', () => {
  const areas: Areas = {
    unit: 'km2',
    dates: ['2024-08-06', '2025-04-26'],
    rows: [
      {
        date: '2024-08-06',
        region: 'kursk',
        perspective: 'assessed',
        holder: 'ua',
        status: 'controlled',
        km2: 400,
        claims: [],
        stated: [],
      },
      {
        date: '2025-04-26',
        region: 'kursk',
        perspective: 'assessed',
        holder: 'ua',
        status: 'controlled',
        km2: 110.3,
        claims: [],
        stated: [],
      },
      {
        date: '2025-04-26',
        region: 'kursk',
        perspective: 'ru',
        holder: 'ua',
        status: 'controlled',
        km2: 0,
        claims: [],
        stated: [],
      },
    ],
  };
  const disputed = [
    { properties: { pair: 'assessed|ru', region: 'kursk', from: '2025-04-26', to: null, area_km2: 110.3 } },
  ];

  test('one row per change date; empty where a perspective has no claim in force', () => {
    const t = areaTable(areas, disputed, 'kursk');
    expect(t.columns.map((c) => c.key)).toEqual(['assessed.ua', 'ru.ua', 'disputed.assessed|ru']);
    expect(t.rows).toEqual([
      { date: '2024-08-06', values: { 'assessed.ua': 400, 'ru.ua': null, 'disputed.assessed|ru': null } },
      { date: '2025-04-26', values: { 'assessed.ua': 110.3, 'ru.ua': 0, 'disputed.assessed|ru': 110.3 } },
    ]);
  });

  test('CSV has a header of labels and quotes only what needs it', () => {
    const csv = tableCsv('kursk', areaTable(areas, disputed, 'kursk'));
    expect(csv.split('\r\n')).toEqual([
      'region,date,Independent assessment: Ukrainian ground (km²),Russian claims: Ukrainian ground (km²),Disputed: assessment vs Russian claims (km²)',
      'kursk,2024-08-06,400.0,,',
      'kursk,2025-04-26,110.3,0.0,110.3',
      '',
    ]);
  });
});
