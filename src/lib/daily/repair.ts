/**
 * Real tracker polygons as valid ground. Published series carry rings that touch or cross
 * themselves, repeated points, spikes, holes across their shell, parts that overlap, slivers
 * and stray polygons far away; the build refuses all of these. Each polygon is cleaned
 * point by point; a day GEOS still finds invalid is made valid by GEOS' MakeValid (shells
 * unioned, holes taken away, crossed rings split), and every repair is reported by kind.
 * Pure.
 */
import { area, feature } from '@turf/turf';
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { geometryProblem } from '../geometry/checks';
import { madeValid } from '../geometry/geos';
import { DECIMALS, roundGeometry, withoutStraightPoints } from '../geometry/precision';

export const REPAIR_KINDS = [
  'null-geometry',
  'empty-geometry',
  'not-areal',
  'geometry-collection',
  'z-values',
  'crs',
  'unclosed-ring',
  'duplicate-points',
  'near-duplicate-points',
  'spike',
  'degenerate-ring',
  'pinch',
  'self-crossing',
  'hole-touching-shell',
  'hole-crossing-shell',
  'wrong-winding',
  'overlapping-parts',
  'sliver',
  'stray-polygon',
] as const;
export type RepairKind = (typeof REPAIR_KINDS)[number];

/** One repair: its kind and where, e.g. `features[3].geometry.coordinates[0][1]`. */
export interface Repair {
  kind: RepairKind;
  where: string;
}

/** Points closer than this (degrees, about 0.1 m) are one point: below the output's 1 m grid. */
export const NEAR_DEGREES = 1e-6;
/** Parts smaller than this are slivers, dropped and reported: 0.01 km² (a 100 m square). */
export const SLIVER_KM2 = 0.01;

/**
 * Ukraine's extent with about 50 km to spare, [west, south, east, north]: an occupied-ground
 * series' polygons wholly outside it are stray (some public series carry test shapes far away).
 */
export const UKRAINE_BOX: [number, number, number, number] = [21.5, 43.9, 40.9, 52.9];

type Ring = Position[];
type Poly = Ring[];

/** Twice the signed planar area of a ring, in square degrees: > 0 counter-clockwise. */
function signedArea(ring: Ring): number {
  let s = 0;
  for (let i = 0; i + 1 < ring.length; i++) s += ring[i][0] * ring[i + 1][1] - ring[i + 1][0] * ring[i][1];
  return s;
}

const same = (a: Position, b: Position) => a[0] === b[0] && a[1] === b[1];
const near = (a: Position, b: Position) =>
  Math.abs(a[0] - b[0]) < NEAR_DEGREES && Math.abs(a[1] - b[1]) < NEAR_DEGREES;

/** A vertex where the ring turns back on itself: the edges in and out are collinear and opposed. */
function isSpike(a: Position, b: Position, c: Position): boolean {
  const [ux, uy, vx, vy] = [b[0] - a[0], b[1] - a[1], c[0] - b[0], c[1] - b[1]];
  const cross = ux * vy - uy * vx;
  const scale = Math.sqrt((ux * ux + uy * uy) * (vx * vx + vy * vy));
  return scale > 0 && Math.abs(cross) <= 1e-12 * scale && ux * vx + uy * vy < 0;
}

/** A ring's points cleaned one by one: closed, no repeats, no spikes. Null if nothing encloses. */
function cleanRing(input: Ring, where: string, repairs: Repair[]): Ring | null {
  // positions with a third value lose it; the rest are kept as they are, not copied
  const ring = input.map((p) => (p.length === 2 ? p : [p[0], p[1]]));
  if (!same(ring[0], ring[ring.length - 1])) {
    repairs.push({ kind: 'unclosed-ring', where });
    ring.push([...ring[0]]);
  }
  const open = ring.slice(0, -1);
  const kept: Position[] = [];
  for (const p of open) {
    const last = kept[kept.length - 1];
    if (last && same(last, p)) repairs.push({ kind: 'duplicate-points', where });
    else if (last && near(last, p)) repairs.push({ kind: 'near-duplicate-points', where });
    else kept.push(p);
  }
  while (kept.length > 1 && near(kept[0], kept[kept.length - 1])) kept.pop();
  // a spike goes out and comes straight back: take its tip off, then look again just before
  // it (taking a tip off can make the vertex before it a tip); one pass, not one per spike
  for (let i = 0, checked = 0; kept.length >= 3 && checked < kept.length;) {
    const n = kept.length;
    const [a, b, c] = [kept[(i + n - 1) % n], kept[i % n], kept[(i + 1) % n]];
    if (same(a, c) || isSpike(a, b, c)) {
      const at = i % n;
      kept.splice(at, 1);
      // out and back to the very same point: that point is now there twice, in a row
      if (same(a, c)) kept.splice(at === 0 ? kept.length - 1 : at - 1, 1);
      repairs.push({ kind: 'spike', where });
      i = Math.max(0, (i % n) - 2);
      checked = 0;
    } else {
      i = (i + 1) % n;
      checked++;
    }
  }
  // a bow tie's lobes cancel in the signed area: what it encloses is what MakeValid keeps
  if (kept.length >= 3) kept.push(kept[0]);
  if (kept.length < 4 || (signedArea(kept) === 0 && planarArea(valid([kept])) === 0)) {
    repairs.push({ kind: 'degenerate-ring', where });
    return null;
  }
  return kept;
}

/** A vertex the ring passes twice: it touches itself there. */
function pinched(ring: Ring): boolean {
  const seen = new Set<string>();
  for (const p of ring.slice(1)) {
    const k = `${p[0]},${p[1]}`;
    if (seen.has(k)) return true;
    seen.add(k);
  }
  return false;
}

/** What MakeValid keeps of one polygon's rings, as polygons' coordinates. */
function valid(rings: Poly): Poly[] {
  const g = madeValid({ type: 'Polygon', coordinates: rings });
  return !g ? [] : g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
}

/** Planar area of valid polygons' coordinates, in square degrees. */
const planarArea = (polys: Poly[]) =>
  polys.reduce(
    (s, p) => s + Math.abs(signedArea(p[0])) - p.slice(1).reduce((h, r) => h + Math.abs(signedArea(r)), 0),
    0,
  ) / 2;

const differs = (a: number, b: number) => Math.abs(a - b) > 1e-9 * Math.max(Math.abs(a), Math.abs(b), 1e-12);

/** One polygon cleaned, and what MakeValid will change in it, reported. */
function cleanPolygon(rings: Poly, where: string, repairs: Repair[]): Poly | null {
  const cleaned: Ring[] = [];
  rings.forEach((r, i) => {
    const ring = cleanRing(r, `${where}[${i}]`, repairs);
    if (ring) cleaned.push(ring);
    else if (i === 0) cleaned.push([]); // the shell is gone: its holes go with it
  });
  if (cleaned.length === 0 || cleaned[0].length === 0) return null;
  const [shell, ...holes] = cleaned;
  cleaned.forEach((ring, i) => {
    if (signedArea(ring) > 0 !== (i === 0)) repairs.push({ kind: 'wrong-winding', where: `${where}[${i}]` });
  });
  const shellPoints = new Set(holes.length ? shell.map((p) => `${p[0]},${p[1]}`) : []);
  holes.forEach((hole, i) => {
    if (hole.some((p) => shellPoints.has(`${p[0]},${p[1]}`)))
      repairs.push({ kind: 'hole-touching-shell', where: `${where}[${i + 1}]` });
  });
  return cleaned;
}

/** What MakeValid will change in an invalid polygon, reported: pinches, crossings of rings and of holes. */
function diagnose(cleaned: Poly, where: string, repairs: Repair[]): void {
  const [shell, ...holes] = cleaned;
  cleaned.forEach((ring, i) => {
    // a valid ring never touches itself: only here is a pinch worth looking for
    if (pinched(ring)) repairs.push({ kind: 'pinch', where: `${where}[${i}]` });
    // a ring whose valid ground differs from its shoelace area crosses itself (figure eight, bow tie)
    if (differs(planarArea(valid([ring])), Math.abs(signedArea(ring)) / 2))
      repairs.push({ kind: 'self-crossing', where: `${where}[${i}]` });
  });
  const shellArea = planarArea(valid([shell]));
  holes.forEach((hole, i) => {
    // a hole inside its shell takes exactly its own area away
    const left = planarArea(valid([shell, hole]));
    if (differs(shellArea - left, planarArea(valid([hole]))))
      repairs.push({ kind: 'hole-crossing-shell', where: `${where}[${i + 1}]` });
  });
}

/** RFC 7946 winding: the shell counter-clockwise, holes clockwise. */
const wound = (p: Poly): Poly =>
  p.map((ring, i) => (signedArea(ring) > 0 === (i === 0) ? ring : [...ring].reverse()));

export interface RepairOptions {
  /** [west, south, east, north]: parts wholly outside are stray, dropped and reported. */
  within?: [number, number, number, number];
}

/**
 * The valid ground of `polygons` (each `[shell, ...holes]`, `where` naming each in its
 * file), with every repair made. Null when nothing is left. Not yet on the output grid:
 * the shapes cut from it are put there by `onGrid`.
 */
export function repairGround(
  polygons: { rings: Poly; where: string }[],
  o: RepairOptions = {},
): { geometry: MultiPolygon | null; repairs: Repair[] } {
  const repairs: Repair[] = [];
  const kept: Poly[] = [];
  const wheres: string[] = [];
  for (const { rings, where } of polygons) {
    const poly = cleanPolygon(rings, where, repairs);
    if (!poly) continue;
    if (o.within && !meets(poly[0], o.within)) {
      repairs.push({ kind: 'stray-polygon', where });
      continue;
    }
    kept.push(poly);
    wheres.push(where);
  }
  if (kept.length === 0) return { geometry: null, repairs };
  // most real days are valid once their points are clean: one indexed check spares them
  // the costlier repair
  const whole: MultiPolygon = { type: 'MultiPolygon', coordinates: kept.map(wound) };
  let merged: Poly[];
  if (!geometryProblem(whole)) merged = whole.coordinates;
  else {
    kept.forEach((p, i) => {
      if (geometryProblem({ type: 'Polygon', coordinates: p })) diagnose(p, wheres[i], repairs);
    });
    // parts overlap, or one is not valid: GEOS' MakeValid unions the shells, takes the holes
    // away and splits what crosses itself; whether parts overlapped is told by the areas
    const separate = kept.reduce((sum, p) => sum + planarArea(valid(p)), 0);
    const fixed = madeValid(whole);
    merged = (!fixed ? [] : fixed.type === 'Polygon' ? [fixed.coordinates] : fixed.coordinates).map(wound);
    if (differs(planarArea(merged), separate)) repairs.push({ kind: 'overlapping-parts', where: 'features' });
  }
  merged = merged.filter((p) => {
    const km2 = area(feature({ type: 'Polygon', coordinates: p })) / 1e6;
    if (km2 >= SLIVER_KM2) return true;
    repairs.push({
      kind: 'sliver',
      where: `part at ${p[0][0].map((n) => +n.toFixed(5)).join(', ')} (${km2.toFixed(4)} km²)`,
    });
    return false;
  });
  if (merged.length === 0) return { geometry: null, repairs };
  return { geometry: { type: 'MultiPolygon', coordinates: merged }, repairs };
}

/**
 * Rounded to the output grid and still valid: rounding can make an edge touch or cross
 * another, so the rounded shape is made valid again until the build's check passes.
 */
export function onGrid(g: Polygon | MultiPolygon): Polygon | MultiPolygon {
  // straight runs of points (clipping keeps them all) say nothing: the file is smaller without
  const grid = (x: Polygon | MultiPolygon) => withoutStraightPoints(roundGeometry(x, DECIMALS), DECIMALS);
  let out = grid(g);
  for (let pass = 0; pass < 4 && geometryProblem(out); pass++) {
    const fixed = madeValid(out);
    if (!fixed) throw new Error('repair: nothing is left of the ground on the output grid');
    out = grid(fixed);
  }
  const problem = geometryProblem(out);
  if (problem) throw new Error(`repair: the ground is still invalid after rounding: ${problem}`);
  return out;
}

function meets(ring: Ring, box: [number, number, number, number]): boolean {
  return ring.some(([x, y]) => x >= box[0] && x <= box[2] && y >= box[1] && y <= box[3]);
}

/** Repairs summed by kind: how many, and the first few places, for a report a reader can act on. */
export function summarise(
  repairs: readonly (Repair & { file?: string })[],
  examples = 3,
): Partial<Record<RepairKind, { count: number; examples: string[] }>> {
  const out: Partial<Record<RepairKind, { count: number; examples: string[] }>> = {};
  for (const kind of REPAIR_KINDS) {
    const of = repairs.filter((r) => r.kind === kind);
    if (of.length === 0) continue;
    out[kind] = {
      count: of.length,
      examples: of.slice(0, examples).map((r) => (r.file ? `${r.file}: ${r.where}` : r.where)),
    };
  }
  return out;
}
