import type { Feature } from 'geojson';
import { describe, expect, test } from 'vitest';
import { km2 } from '../geometry/area';
import { ENGLISH } from '../i18n/english';
import type { Areal } from '../geometry/types';
import { changeBetween } from './change';
import { disputedGround, disputedKm2 } from '../build/disputed';
import { changeSentences } from './sentence';
import type { DatedShape, DisputedSpan, Span } from './spans';
import type { Basis } from '../certainty/basis';
import type { Holder, Perspective } from '../taxonomy';
import { areaTable, tableCsv } from './table';
import type { AreaRow, Areas } from '../view/areas';
import { areaRow } from '../view/fixtures/rows';

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
  perspective: Perspective,
  holder: Holder,
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
      basis: 'area',
      area_km2: Math.round(km2(geometry) * 10) / 10,
      // as if a claim stated the drawn area exactly
      km2_min: Math.round(km2(geometry) * 10) / 10,
      km2_max: Math.round(km2(geometry) * 10) / 10,
    },
    geometry,
  };
}
const none = (perspective: Perspective, holder: Holder, from: string, to: string | null = null): Span => ({
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
    expect(disputedKm2(out, 'ru|ua', 'kursk', '2025-05-01')).toEqual({
      firm: out[0].properties.area_km2,
      drawn: 0,
    });
    expect(disputedKm2(out, 'ru|ua', 'kursk', '2025-04-25')).toEqual({ firm: 0, drawn: 0 });
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
    expect(disputedKm2(out, 'assessed|ua', 'kursk', '2024-08-05').firm).toBe(0);
    expect(disputedKm2(out, 'assessed|ua', 'kursk', '2024-09-05').firm).toBe(0);
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

describe('disputed ground, by what each side rests on', () => {
  const drawnAs = (s: DatedShape, basis: Basis): DatedShape => ({
    ...s,
    properties: { ...s.properties, basis },
  });
  test('counts in the headline only where both sides rest on stated figures, places or traced data', () => {
    const stated = shape('assessed', 'ua', '2024-08-01', null, box(0, 0, 10, 10));
    const narrower = shape('ua', 'ua', '2024-08-01', null, box(0, 0, 5, 10));
    const both = disputedGround([stated, narrower], []);
    expect(both.every((f) => f.properties.firm)).toBe(true);
    expect(both[0].properties).toMatchObject({ basis: 'area', versus_basis: ['area'] });
    for (const basis of ['illustrative', 'interpolated'] as const) {
      for (const pieces of [
        disputedGround([drawnAs(stated, basis), narrower], []),
        disputedGround([stated, drawnAs(narrower, basis)], []),
      ]) {
        const piece = pieces.find((f) => f.properties.perspective === 'assessed')!;
        expect(piece.properties.firm, basis).toBe(false);
        const { firm, drawn } = disputedKm2(pieces, 'assessed|ua', 'kursk', '2024-09-01');
        expect(firm).toBe(0);
        expect(drawn).toBe(piece.properties.area_km2);
      }
    }
    // a claim in words that the holder has none is as firm as a stated figure; traced too
    const said = disputedGround([drawnAs(stated, 'traced')], [none('ua', 'ua', '2024-08-01')]);
    expect(said[0].properties).toMatchObject({ firm: true, basis: 'traced', versus_basis: ['area'] });
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
      `Between 2 September 2024 and 1 December 2024, Ukrainian-held ground in Kursk oblast stayed at ${ENGLISH.km2(c.holders[0].heldTo)} (independent assessment; as drawn, ${ENGLISH.km2(c.holders[0].heldTo)}; how sure: drawn to a stated figure or place).`,
    ]);
  });

  test('the sentence gives the ranges the claims allow, then the drawn totals and churn, and how sure', () => {
    const c = changeBetween(shapes, ['kursk'], 'assessed', '2024-08-15', '2024-09-15');
    const [text] = changeSentences(c, 'in Kursk oblast');
    expect(text).toMatch(
      /^Between 15 August 2024 and 15 September 2024, Ukrainian-held ground in Kursk oblast shrank from [\d,.]+ km² to [\d,.]+ km² \(independent assessment; as drawn, [\d,.]+ km² to [\d,.]+ km², [\d,.]+ km² gained and [\d,.]+ km² lost; how sure: drawn to a stated figure or place\)\.$/,
    );
    // ranges the words allow, not the drawn figure, lead the sentence
    const wide = changeBetween(
      shapes.map((s) => ({ ...s, properties: { ...s.properties, km2_min: 0, km2_max: 5000 } })),
      ['kursk'],
      'assessed',
      '2024-08-15',
      '2024-09-15',
    );
    expect(changeSentences(wide, 'in Kursk oblast')[0]).toContain(
      'shrank from up to about 5,000 km² to up to about 5,000 km²',
    );
    const open = changeBetween(
      shapes.map((s) => ({ ...s, properties: { ...s.properties, km2_max: null } })),
      ['kursk'],
      'assessed',
      '2024-08-15',
      '2024-09-15',
    );
    expect(changeSentences(open, 'in Kursk oblast')[0]).toContain(
      'shrank from an area no claim states to an area no claim states',
    );
  });

  test('ground around single places is said to be around them, with how sure its shapes are', () => {
    const town = (from: string, to: string | null, g: ReturnType<typeof box>) => {
      const s = shape('ru', 'ru', from, to, g, 'local');
      return { ...s, properties: { ...s.properties, basis: 'place' as const } };
    };
    const c = changeBetween(
      [town('2025-01-01', '2025-02-01', box(0, 0, 2, 2)), town('2025-02-01', null, box(0, 0, 4, 4))],
      ['kursk'],
      'ru',
      '2025-01-15',
      '2025-02-15',
    );
    expect(c.holders[0]).toMatchObject({ local: true, bases: ['place'] });
    const [text] = changeSentences(c, 'in Zaporizhzhia oblast');
    expect(text).toContain('Russian-held ground around the places claimed in Zaporizhzhia oblast grew from');
    expect(text).toContain('how sure: drawn to a stated figure or place');
  });
});

describe('table', () => {
  const row = (perspective: Perspective, date: string, km2: number, extra: Partial<AreaRow> = {}): AreaRow =>
    areaRow(date, km2, { perspective, ...extra });
  const areas: Areas = {
    unit: 'km2',
    method: 'test',
    dates: ['2024-08-06', '2025-04-26'],
    rows: [
      row('assessed', '2024-08-06', 400, { basis: 'illustrative', km2_min: 0, km2_max: null }),
      row('assessed', '2025-04-26', 110.3),
      row('ru', '2025-04-26', 0, { km2_min: 0, km2_max: 0 }),
      row('ru', '2025-04-26', 4.5, {
        holder: 'ru',
        scope: 'local',
        basis: 'place',
        km2_min: 0,
        km2_max: null,
      }),
    ],
  };
  const disputed: DisputedSpan[] = [
    {
      properties: {
        pair: 'assessed|ru',
        region: 'kursk',
        from: '2025-04-26',
        to: null,
        area_km2: 110.3,
        firm: true,
      },
    },
  ];

  test('one row per change date; empty where a perspective has no claim in force', () => {
    const t = areaTable(areas, disputed, 'kursk');
    expect(t.columns.map((c) => c.key)).toEqual([
      'assessed.ua',
      'ru.ru.local',
      'ru.ua',
      'disputed.assessed|ru',
    ]);
    expect(t.rows).toEqual([
      {
        date: '2024-08-06',
        values: {
          'assessed.ua': { km2: 400, min: 0, max: null, basis: 'illustrative' },
          'ru.ru.local': null,
          'ru.ua': null,
          'disputed.assessed|ru': null,
        },
      },
      {
        date: '2025-04-26',
        values: {
          'assessed.ua': { km2: 110.3, min: 99.3, max: 121.3, basis: 'area' },
          'ru.ru.local': { km2: 4.5, min: 0, max: null, basis: 'place' },
          'ru.ua': { km2: 0, min: 0, max: 0, basis: 'area' },
          'disputed.assessed|ru': { km2: 110.3, min: null, max: null, basis: null, drawn: 0 },
        },
      },
    ]);
  });

  test('CSV: every figure with its range and basis; ground around places in its own column', () => {
    const csv = tableCsv('kursk', areaTable(areas, disputed, 'kursk'));
    const [header, ...lines] = csv.split('\r\n');
    expect(header.split(',')).toEqual([
      'region',
      'date',
      'Independent assessment: Ukrainian ground (km²)',
      'Independent assessment: Ukrainian ground: min (km²)',
      'Independent assessment: Ukrainian ground: max (km²)',
      'Independent assessment: Ukrainian ground: basis',
      'Russian claims: Russian ground around the places claimed (km²)',
      'Russian claims: Russian ground around the places claimed: min (km²)',
      'Russian claims: Russian ground around the places claimed: max (km²)',
      'Russian claims: Russian ground around the places claimed: basis',
      'Russian claims: Ukrainian ground (km²)',
      'Russian claims: Ukrainian ground: min (km²)',
      'Russian claims: Ukrainian ground: max (km²)',
      'Russian claims: Ukrainian ground: basis',
      'Disputed: assessment vs Russian claims (km²)',
      'Disputed: assessment vs Russian claims: only as drawn (km²)',
    ]);
    expect(lines).toEqual([
      'kursk,2024-08-06,400.0,0.0,,illustrative,,,,,,,,,,',
      'kursk,2025-04-26,110.3,99.3,121.3,area,4.5,0.0,,place,0.0,0.0,0.0,area,110.3,0.0',
      '',
    ]);
  });
});
