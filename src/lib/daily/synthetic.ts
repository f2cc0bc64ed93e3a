/**
 * A synthetic front for scale tests: a line of `vertices` points from the north of the
 * Kursk-Sumy border to the Zaporizhzhia steppe, drifting a little each day, with an
 * occasional jump (a stretch advancing a few km at once) and pockets (small held islands
 * that come and go). Day by day it is written as the public daily format, Z values and a
 * crs member included, so the importer meets what real files carry. Seeded: the same
 * options give the same days. Pure.
 */
import type { Position } from 'geojson';
import { addDays } from '../timeline/dates';
import { defect, DEFECT_KINDS, type DefectKind } from './defects';
import { nationalParts } from './national';

export interface SyntheticOptions {
  days: number;
  vertices: number;
  first: string;
  seed: number;
  /** Defects to inject, by kind, on these days (0 for the first): see ./defects.ts. */
  defects?: Partial<Record<DefectKind, number[]>>;
  /** Write each injected defect as the valid ground it stands for instead. */
  clean?: boolean;
  /**
   * `front` (the default): the front and its pockets. `national`: a whole-country series,
   * the front plus 99 parts elsewhere (./national.ts); with 15,000 front vertices a day is
   * about 100 parts and 25,000 vertices.
   */
  profile?: 'front' | 'national';
}

/** mulberry32: a small, fast, seeded generator (public domain). */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// the line's ends and a bend, [lon, lat]: north of Sudzha, east of Pokrovsk, south of Orikhiv
const PATH: Position[] = [
  [35.0, 51.45],
  [36.3, 50.35],
  [37.1, 48.3],
  [35.9, 47.45],
];
/** The far side of the held ground: the polygon closes through these, east of the line. */
const EAST: Position[] = [
  [39.5, 47.2],
  [39.5, 51.6],
];

function along(t: number): Position {
  const legs = PATH.length - 1;
  const i = Math.min(legs - 1, Math.floor(t * legs));
  const f = t * legs - i;
  const [a, b] = [PATH[i], PATH[i + 1]];
  return [a[0] + (b[0] - a[0]) * f, a[1] + (b[1] - a[1]) * f];
}

const round = (n: number) => Math.round(n * 1e6) / 1e6;

/** The days of the series, each as a file name and its text. */
export function* syntheticDays(o: SyntheticOptions): Generator<{ file: string; text: string }> {
  const rand = random(o.seed);
  // offset west (+) or east (-) of the base path, in degrees of longitude, per vertex
  const offset = new Float64Array(o.vertices);
  let pockets: { at: number; size: number; until: number }[] = [];
  const parts = o.profile === 'national' ? nationalParts(random(o.seed + 1), round) : [];
  // a national series is traced by hand: its line zigzags by tens of metres from vertex to
  // vertex (the same every day), where the front profile's runs straight between its bends
  const jitter = random(o.seed + 2);
  const wiggle = Float64Array.from({ length: o.vertices }, () =>
    o.profile === 'national' ? (jitter() - 0.5) * 0.001 : 0,
  );
  for (let day = 0; day < o.days; day++) {
    // drift: a stretch or two moves a few hundred metres; the rest of the line stays put, as
    // in real series, where most vertices repeat from one day to the next
    const bump = (start: number, length: number, by: number) => {
      for (let i = Math.max(0, start); i < Math.min(o.vertices, start + length); i++)
        offset[i] += by * Math.sin(((i - start) / length) * Math.PI);
    };
    for (let k = 1 + Math.floor(rand() * 2); k > 0; k--)
      bump(
        Math.floor(rand() * o.vertices),
        Math.max(3, Math.floor(o.vertices * 0.01)),
        (rand() - 0.45) * 0.008,
      );
    // a jump: one stretch moves 2-6 km at once, about once a month
    if (rand() < 1 / 30)
      bump(
        Math.floor(rand() * o.vertices),
        Math.floor(o.vertices * (0.02 + rand() * 0.05)),
        (rand() < 0.6 ? 1 : -1) * (0.03 + rand() * 0.05),
      );
    // a pocket: a small island of held ground west of the line, for a week or three
    if (rand() < 1 / 45)
      pockets.push({ at: rand(), size: 0.01 + rand() * 0.02, until: day + 7 + rand() * 14 });
    pockets = pockets.filter((p) => p.until > day);

    const line = Array.from({ length: o.vertices }, (_, i) => {
      const [lon, lat] = along(i / (o.vertices - 1));
      return [round(lon + offset[i] + wiggle[i]), round(lat), 0];
    });
    const outer = [...line, ...EAST.map(([lon, lat]) => [lon, lat, 0]), line[0]];
    const islands = pockets.map((p) => {
      const [lon, lat] = along(p.at);
      // west of where the line is today, clear of the held ground
      const [x, y, r] = [lon + offset[Math.round(p.at * (o.vertices - 1))] - 0.25, lat, p.size];
      return [
        [
          [round(x - r), round(y - r), 0],
          [round(x + r), round(y - r), 0],
          [round(x + r), round(y + r), 0],
          [round(x - r), round(y + r), 0],
          [round(x - r), round(y - r), 0],
        ],
      ];
    });
    // defects in Donetsk oblast, west of the line, one place per kind
    const injected = DEFECT_KINDS.flatMap((kind, k) => {
      if (!o.defects?.[kind]?.includes(day)) return [];
      const t = 0.54 + (k * 0.12) / DEFECT_KINDS.length;
      const [lon, lat] = along(t);
      const x = lon + offset[Math.round(t * (o.vertices - 1))] - 0.15 - (k % 2) * 0.1;
      return defect(kind, [round(x), round(lat)], o.clean ?? false).map((geometry) => ({
        type: 'Feature',
        properties: { defect: kind },
        geometry,
      }));
    });
    const date = addDays(o.first, day);
    yield {
      file: `synthetic_${date.replaceAll('-', '')}.geojson`,
      text: JSON.stringify({
        type: 'FeatureCollection',
        crs: { type: 'name', properties: { name: 'urn:ogc:def:crs:OGC:1.3:CRS84' } },
        features: [
          {
            type: 'Feature',
            properties: { name: 'occupied' },
            geometry: { type: 'MultiPolygon', coordinates: [[outer], ...islands, ...parts] },
          },
          ...injected,
        ],
      }),
    };
  }
}
