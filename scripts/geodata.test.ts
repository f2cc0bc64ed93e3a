/**
 * The real ledger: the figures the claims state, and the invariants every build keeps.
 */
import { area, booleanPointInPolygon, pointToPolygonDistance } from '@turf/turf';
import type { Feature, FeatureCollection, Point, Position } from 'geojson';
import { beforeAll, describe, expect, test } from 'vitest';
import { buildGeodata } from '../src/lib/build/build';
import type { ControlProps } from '../src/lib/contract/records';
import type { Areal } from '../src/lib/geometry/types';
import { distanceToBorderKm, geometryProblem, outsideKm2, overlapKm2 } from '../src/lib/geometry/checks';
import { REGION_INFO } from '../src/lib/regions';
import { changeBetween } from '../src/lib/compare/change';
import { disputedKm2 } from '../src/lib/build/disputed';
import type { DisputedProps } from '../src/lib/contract/records';
import { readInputs } from './lib/ledger';
import { readFileSync } from 'node:fs';
import { buildSnapshots } from '../src/lib/snapshot/set';

type Shape = Feature<Areal, ControlProps>;
let built: ReturnType<typeof buildGeodata>;
let shapes: Shape[];
let inputs: ReturnType<typeof readInputs>['inputs'];
const place = (id: string): [number, number] => {
  const p = inputs.places.value.find((x) => x.id === id)!;
  return [p.lon, p.lat];
};

beforeAll(() => {
  inputs = readInputs('geodata').inputs;
  built = buildGeodata(inputs);
  shapes = (JSON.parse(built.control) as FeatureCollection<Areal, ControlProps>).features;
});

const at = (region: string, perspective: string, holder: string, date: string) =>
  shapes.filter(
    (s) =>
      s.properties.region === region &&
      s.properties.perspective === perspective &&
      s.properties.holder === holder &&
      s.properties.from <= date &&
      (s.properties.to === null || date < s.properties.to),
  );
const heldKm2 = (list: Shape[]) => list.reduce((sum, s) => sum + s.properties.area_km2, 0);
const holds = (list: Shape[], p: [number, number]) => list.some((s) => booleanPointInPolygon(p, s.geometry));

describe('expected figures', () => {
  test('Kursk, assessed: 1,000-1,300 km² Ukrainian-held on 2024-08-20', () => {
    const km2 = heldKm2(at('kursk', 'assessed', 'ua', '2024-08-20'));
    expect(km2).toBeGreaterThanOrEqual(1000);
    expect(km2).toBeLessThanOrEqual(1300);
  });

  test('Kursk, assessed: Sudzha Ukrainian-held from the AP visit until the narrow strip of March 2025, not after', () => {
    const sudzha = place('sudzha');
    expect(holds(at('kursk', 'assessed', 'ua', '2024-08-15'), sudzha)).toBe(false);
    for (const date of ['2024-08-16', '2024-08-20', '2024-10-01', '2024-12-31', '2025-01-15', '2025-03-14']) {
      expect(holds(at('kursk', 'assessed', 'ua', date), sudzha), date).toBe(true);
    }
    for (const date of ['2025-03-15', '2025-03-31', '2025-05-01']) {
      expect(holds(at('kursk', 'assessed', 'ua', date), sudzha), date).toBe(false);
    }
  });

  test('Kursk, assessed: a narrow strip under 150 km² by 2025-03-31, against the border', () => {
    const strip = at('kursk', 'assessed', 'ua', '2025-03-31');
    expect(strip).toHaveLength(1);
    expect(heldKm2(strip)).toBeGreaterThan(0);
    expect(heldKm2(strip)).toBeLessThan(150);
    expect(distanceToBorderKm(strip[0].geometry, inputs.border)).toBeLessThan(0.05);
  });

  test('Kursk, assessed: Ukrainian-held ground shrinks week by week over the winter', () => {
    const weekly = shapes.filter(
      (s) => s.properties.region === 'kursk' && s.properties.basis === 'interpolated',
    );
    expect(weekly.length).toBeGreaterThan(15);
    const areas = weekly.map((s) => s.properties.area_km2);
    expect(areas).toEqual([...areas].sort((a, b) => b - a));
  });

  test("Kursk, from Russia's full-control claim: 0 km² Ukrainian-held for ru, more than 0 for ua", () => {
    const areas = JSON.parse(built.areas) as {
      rows: { date: string; region: string; perspective: string; holder: string; km2: number }[];
    };
    const row = (p: string) =>
      areas.rows.filter(
        (r) => r.date === '2025-04-26' && r.region === 'kursk' && r.perspective === p && r.holder === 'ua',
      );
    expect(row('ru').map((r) => r.km2)).toEqual([0]);
    expect(row('ua')[0].km2).toBeGreaterThan(0);
    expect(at('kursk', 'ru', 'ua', '2025-05-01')).toHaveLength(0);
    expect(heldKm2(at('kursk', 'ua', 'ua', '2025-05-01'))).toBeGreaterThan(0);
  });

  test('Sumy: no shape, since the 90 km² comes from unnamed reports and no claim says where', () => {
    expect(shapes.filter((s) => s.properties.region === 'sumy')).toEqual([]);
  });

  test('Belgorod, 2025-03-29: Popovka inside a Ukrainian foothold a few km deep, touching the border', () => {
    const foothold = at('belgorod', 'ru', 'ua', '2025-03-29');
    expect(foothold).toHaveLength(1);
    const { geometry, properties } = foothold[0];
    expect(properties.status).toBe('advance');
    expect(booleanPointInPolygon(place('popovka-krasnoyaruzhsky'), geometry)).toBe(true);
    expect(distanceToBorderKm(geometry, inputs.border)).toBeLessThan(0.05);
    // "a few km deep": no point of the shape is more than 5 km from the border
    const deepest = Math.max(
      ...outline(geometry).map((p) => distanceToBorderKm(pointRing(p), inputs.border)),
    );
    expect(deepest).toBeGreaterThan(1);
    expect(deepest).toBeLessThan(5);
  });

  test('Zaporizhzhia: Mali Shcherbaky on the Russian side in the ru view from 17 March; Shcherbaky not placed', () => {
    const mali = place('mali-shcherbaky');
    expect(holds(at('zaporizhzhia', 'ru', 'ru', '2025-03-16'), mali)).toBe(false);
    for (const date of ['2025-03-17', '2025-03-29', '2025-04-15'])
      expect(holds(at('zaporizhzhia', 'ru', 'ru', date), mali), date).toBe(true);
    expect(at('zaporizhzhia', 'ru', 'ru', '2025-03-29')[0].properties.status).toBe('advance');
    expect(inputs.places.value.some((p) => p.id === 'shcherbaky')).toBe(false);
    expect(
      shapes.filter((s) => s.properties.perspective === 'assessed' && s.properties.region === 'zaporizhzhia'),
    ).toEqual([]);
  });

  test('Pokrovsk, March 2025: the city is not Russian-held in any perspective, the front a few km away', () => {
    const pokrovsk = place('pokrovsk');
    for (const perspective of ['assessed', 'ru', 'ua']) {
      for (const date of ['2025-03-01', '2025-03-31']) {
        expect(holds(at('pokrovsk', perspective, 'ru', date), pokrovsk), `${perspective} ${date}`).toBe(
          false,
        );
      }
    }
    const front = at('pokrovsk', 'assessed', 'ru', '2025-03-15');
    const km = Math.min(
      ...front.map((s) => pointToPolygonDistance(pokrovsk, s.geometry, { units: 'kilometers' })),
    );
    expect(km).toBeGreaterThan(4);
    expect(km).toBeLessThan(10);
  });
});

describe('disputed ground and change', () => {
  const disputed = () => (JSON.parse(built.disputed) as FeatureCollection<Areal, DisputedProps>).features;
  /** Disputed km² in all: firm and drawn ground together (the split is tested in compare.test.ts). */
  const disputedTotal = (...args: Parameters<typeof disputedKm2>): number => {
    const d: number | { firm: number; drawn: number } = disputedKm2(...args);
    return typeof d === 'number' ? d : Math.round((d.firm + d.drawn) * 10) / 10;
  };

  test("Kursk after Russia's full-control claim: Ukraine's contested ground is disputed between ru and ua", () => {
    const contested = at('kursk', 'ua', 'ua', '2025-05-01');
    expect(disputedTotal(disputed(), 'ru|ua', 'kursk', '2025-05-01')).toBe(heldKm2(contested));
    expect(disputedTotal(disputed(), 'ru|ua', 'kursk', '2025-04-25')).toBe(0);
    expect(heldKm2(contested)).toBeGreaterThan(50);
  });

  test('Pokrovsk: claims about different towns are not read as disagreement', () => {
    expect(disputed().filter((f) => f.properties.region === 'pokrovsk')).toEqual([]);
  });

  test('Zaporizhzhia: the Russian claim to Mali Shcherbaky is disputed by the Ukrainian denial', () => {
    const km2 = disputedTotal(disputed(), 'ru|ua', 'zaporizhzhia', '2025-04-01');
    expect(km2).toBe(heldKm2(at('zaporizhzhia', 'ru', 'ru', '2025-04-01')));
  });

  test('Kursk, assessed, 2024-08-20 to 2025-03-31: held(A) - lost + gained = held(B) within 0.5%', () => {
    const c = changeBetween(shapes, ['kursk'], 'assessed', '2024-08-20', '2025-03-31');
    const [ua] = c.holders;
    expect(ua.holder).toBe('ua');
    expect(ua.heldFrom).toBeCloseTo(heldKm2(at('kursk', 'assessed', 'ua', '2024-08-20')), 0);
    expect(ua.heldTo).toBeCloseTo(heldKm2(at('kursk', 'assessed', 'ua', '2025-03-31')), 0);
    expect(Math.abs(ua.heldFrom - ua.lost + ua.gained - ua.heldTo)).toBeLessThanOrEqual(ua.heldFrom * 0.005);
    expect(ua.lost).toBeGreaterThan(1000);
  });
});

describe('invariants of every shape', () => {
  test('drawn to a stated area: within 2% of every figure its claims state', () => {
    const claims = JSON.parse(built.claims).claims as {
      id: string;
      figures: { km2: number | null; qualifier: string }[];
    }[];
    const stated = shapes.filter((s) => s.properties.basis === 'area');
    expect(stated.length).toBeGreaterThanOrEqual(3);
    for (const s of stated) {
      const figures = s.properties.claims.flatMap((id) => claims.find((c) => c.id === id)!.figures);
      for (const f of figures.filter((x) => x.km2 !== null)) {
        const a = area(s.geometry) / 1e6;
        if (f.qualifier === 'over') expect(a).toBeGreaterThanOrEqual(f.km2! * 0.98);
        else expect(Math.abs(a - f.km2!) / f.km2!, s.properties.id).toBeLessThanOrEqual(0.02);
      }
    }
  });

  test('every shape is valid, inside its oblast, counter-clockwise, at most 6 decimals', () => {
    for (const s of shapes) {
      const oblast = inputs.ref.oblasts.get(REGION_INFO[s.properties.region as 'kursk'].oblast)!;
      expect(geometryProblem(s.geometry), s.properties.id).toBeNull();
      expect(outsideKm2(s.geometry, oblast.geometry), s.properties.id).toBeLessThan(0.05);
      for (const polygon of polygons(s.geometry)) {
        polygon.forEach((ring, i) =>
          expect(signedArea(ring) > 0, `${s.properties.id} ring ${i}`).toBe(i === 0),
        );
      }
      expect(JSON.stringify(s.geometry)).not.toMatch(/\.\d{7,}/);
      expect(s.properties.schematic).toBe(true);
    }
  });

  test('within one perspective and date, no ground is held by both sides', () => {
    let pairs = 0;
    for (const a of shapes) {
      for (const b of shapes) {
        const [p, q] = [a.properties, b.properties];
        if (p.holder !== 'ru' || q.holder !== 'ua' || p.perspective !== q.perspective) continue;
        if (!((p.to === null || q.from < p.to) && (q.to === null || p.from < q.to))) continue;
        pairs++;
        expect(overlapKm2(a.geometry, b.geometry), `${p.id} / ${q.id}`).toBeLessThan(0.01);
      }
    }
    expect(pairs).toBeGreaterThan(0);
  });

  test('every shape and event traces to claims that exist, and every claim to a source', () => {
    const table = JSON.parse(built.claims) as {
      claims: { id: string; source: string }[];
      sources: { id: string }[];
    };
    const ids = new Set(table.claims.map((c) => c.id));
    for (const s of shapes) for (const c of s.properties.claims) expect(ids.has(c), c).toBe(true);
    const sources = new Set(table.sources.map((s) => s.id));
    for (const c of table.claims) expect(sources.has(c.source), c.id).toBe(true);
    const events = JSON.parse(built.events) as FeatureCollection<Point | null>;
    expect(events.features).toHaveLength(table.claims.length);
  });

  test('every claim of the brief is in the ledger', () => {
    const ids = new Set((JSON.parse(built.claims).claims as { id: string }[]).map((c) => c.id));
    const brief = [
      ...Array.from({ length: 7 }, (_, i) => `K${i + 1}`),
      ...Array.from({ length: 9 }, (_, i) => `B${i + 1}`),
      'S1',
      'S2',
      'S3',
      'P1',
      'Z1',
      'Z2',
    ];
    for (const id of brief) expect(ids.has(id), id).toBe(true);
  });

  test('two builds from the same inputs give byte-identical outputs', () => {
    const again = buildGeodata(readInputs('geodata').inputs);
    expect(again).toEqual(built);
  });

  test('the embed pictures are byte-identical from build to build, one per period that differs', () => {
    const base = (band: string) => ({
      land: JSON.parse(readFileSync(`geodata/base/display/land-${band}.geojson`, 'utf8')).features,
      oblasts: JSON.parse(readFileSync(`geodata/base/display/oblasts-${band}.geojson`, 'utf8')).features,
      water: JSON.parse(readFileSync('geodata/base/water.geojson', 'utf8')).features,
      border: JSON.parse(readFileSync('geodata/base/border.geojson', 'utf8')).features,
    });
    const input = () => ({
      detail: base('z7'),
      overview: base('z0'),
      control: JSON.parse(built.control).features,
      areas: JSON.parse(built.areas),
      range: { first: '2023-12-30', last: '2025-04-28' },
    });
    const once = buildSnapshots(input());
    expect(buildSnapshots(input())).toEqual(once);
    expect(Object.keys(once.files).length).toBeGreaterThan(100);
    // consecutive pictures of one view always differ in what they show or say
    for (const entries of Object.values(once.index.views))
      entries.slice(1).forEach((e, i) => expect(once.files[e.file]).not.toBe(once.files[entries[i].file]));
  });
});

function polygons(g: Areal): Position[][][] {
  return g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
}
function outline(g: Areal): Position[] {
  return polygons(g).flatMap((p) => p[0]);
}
/** Shoelace area in degrees²: positive for counter-clockwise rings. */
function signedArea(ring: Position[]): number {
  let sum = 0;
  for (let i = 0; i < ring.length - 1; i++) sum += ring[i][0] * ring[i + 1][1] - ring[i + 1][0] * ring[i][1];
  return sum / 2;
}
/** A degenerate one-point "polygon" so distanceToBorderKm can measure a single position. */
function pointRing(p: Position): Areal {
  return { type: 'Polygon', coordinates: [[p, p, p, p]] };
}
