/**
 * Provenance: every day, place and figure the map shows must trace to a claim that says
 * it. Pure, no I/O. Each check returns problems (field, message, and for record checks
 * the path inside the record); the caller adds file, line and record, as validate.ts and
 * the build's shape loop do, so messages read like every other ledger error.
 */
import { bbox, booleanPointInPolygon } from '@turf/turf';
import type { Areal } from '../geometry/types';
import {
  perspectiveOf,
  type Anchor,
  type Claim,
  type Draw,
  type Perspective,
  type Place,
  type Source,
} from './schema';
import { isAreaUnit } from './units';

export interface Problem {
  field: string;
  message: string;
  /** Where inside the record (claim or frame's draw), for the line number. */
  path: (string | number)[];
}

const statesArea = (c: Claim | undefined): boolean => !!c?.figures.some((f) => isAreaUnit(f.unit));

/**
 * Rule 1. A day is a fact like any other: it comes from the article's own date (a source
 * published on that day) or from a `date_source` that gives it. Otherwise the day is a
 * guess dressed as precision, and month or approximate says what is known.
 */
export function dayProblem(c: Claim, sources: ReadonlyMap<string, Source>): Problem | null {
  if (c.date_precision !== 'day' || c.date_source) return null;
  const s = sources.get(c.source);
  if (s && s.published === c.date && s.published_precision === 'day') return null;
  const why = s?.published === c.date ? `${s.id}'s date is ${s.published_precision}` : 'not its source date';
  return {
    field: 'date_precision',
    path: ['date_precision'],
    message: `day precision needs date_source (a source that gives the day) or the day its source was published; ${c.date} is ${why}: cite one, or use month or approximate`,
  };
}

/**
 * Rule 3a. "Reportedly", attributed to no one, is nobody's assessment: an independent
 * claimant is an outlet or analyst speaking for itself, never unnamed reports.
 */
export function attributionProblem(c: Claim): Problem | null {
  if (c.claimant !== 'independent' || c.attribution !== 'unnamed-reports') return null;
  return {
    field: 'attribution',
    path: ['attribution'],
    message: 'unnamed reports cannot be an independent claim: use claimant unnamed',
  };
}

/**
 * Rule 3b. A track shows one perspective's word, so it cites only claims of that
 * perspective; unnamed reports belong to none (perspectiveOf gives null).
 */
export function perspectiveProblem(c: Claim, perspective: Perspective): string | null {
  if (c.claimant === 'unnamed' || c.attribution === 'unnamed-reports')
    return `${c.id} comes from unnamed reports; it supports no perspective, not ${perspective}`;
  if (perspectiveOf(c.claimant) === perspective) return null;
  return `${c.id} is a ${c.claimant} claim; it cannot support the ${perspective} perspective`;
}

/**
 * Rule 4b. `basis: area` says a claim states the area: one of the frame's claims must.
 * `bound` sizes a shape as a share of a figure: the claim it names must state one.
 */
export function frameProblems(
  draw: Draw,
  cited: readonly string[],
  claims: ReadonlyMap<string, Claim>,
): Problem[] {
  const out: Problem[] = [];
  if (draw.basis === 'area' && !cited.some((id) => statesArea(claims.get(id))))
    out.push({
      field: 'draw.basis',
      path: ['basis'],
      message: `basis area needs an area figure, and none of ${cited.join(', ')} states one: use illustrative`,
    });
  if (draw.bound && !statesArea(claims.get(draw.bound.of)))
    out.push({
      field: 'draw.bound.of',
      path: ['bound', 'of'],
      message: claims.has(draw.bound.of)
        ? `${draw.bound.of} states no area figure for "${draw.bound.words}" to be a share of`
        : `unknown claim "${draw.bound.of}"`,
    });
  return out;
}

/** A shape as the build draws it: a frame, or a step between two (citing both ends). */
export interface DrawnSpec {
  claims: readonly string[];
  /** `none` draws nothing, so nothing to check. */
  draw: Draw | 'none';
  interpolated: unknown;
}

/**
 * Rules 2 and 4a, on a drawn shape: every gazetteer place it is built on (a centre or hull
 * point given as a place id, `include`) or contains must be named by one of its claims;
 * and a note on an illustrative or interpolated shape must not present a figure as stated.
 * `exclude` and `near` anchors only position the shape and are exempt.
 */
export function shapeProblems(
  spec: DrawnSpec,
  g: Areal,
  places: ReadonlyMap<string, Place>,
  claims: ReadonlyMap<string, Claim>,
): Problem[] {
  const draw = spec.draw;
  if (draw === 'none') return [];
  const named = new Set(spec.claims.flatMap((id) => claims.get(id)?.places ?? []));
  const by = spec.claims.join(', ');
  const out: Problem[] = [];
  const reported = new Set<string>();
  for (const [field, id] of builtOn(draw)) {
    if (named.has(id) || reported.has(id)) continue;
    reported.add(id);
    out.push({
      field,
      path: [],
      message: `${id} is a place the shape is built on, named by none of its claims (${by})`,
    });
  }
  const [w, s, e, n] = bbox(g);
  for (const p of [...places.values()].sort((a, b) => a.id.localeCompare(b.id))) {
    if (named.has(p.id) || reported.has(p.id)) continue;
    if (p.lon < w || p.lon > e || p.lat < s || p.lat > n) continue;
    if (!booleanPointInPolygon([p.lon, p.lat], g)) continue;
    out.push({
      field: 'draw',
      path: [],
      message: `${p.id} lies inside the shape, named by none of its claims (${by}): cite a claim naming it, or exclude it`,
    });
  }
  const note = draw.note;
  if (note && (draw.basis === 'illustrative' || spec.interpolated) && claimsStated(note)) {
    out.push({
      field: 'draw.note',
      path: [],
      message: `the note of an illustrative or interpolated shape presents a figure as stated ("${note}"): say what the size illustrates`,
    });
  }
  return out;
}

/** Place ids a drawing rests on, with the field that names each. */
function builtOn(draw: Draw): [string, string][] {
  const id = (a: Anchor) => (typeof a === 'string' ? [a] : []);
  const anchors: [string, string][] =
    draw.method === 'border-strip'
      ? id(draw.centre).map((p) => ['draw.centre', p])
      : draw.method === 'hull'
        ? draw.points.flatMap((a, i) => id(a).map((p): [string, string] => [`draw.points[${i}]`, p]))
        : [];
  return [...anchors, ...draw.include.map((p, i): [string, string] => [`draw.include[${i}]`, p])];
}

const NEGATION = new Set(['no', 'not', 'none', 'nothing', 'without', 'never']);
/** An area figure: 1,300 km², 500 sq mi, 90 km2, 12 ha, "square kilometres". */
const AREA_FIGURE = /\d[\d,.]*\s*(km²|km2|sq\.?\s*mi\b|square\s+(kilomet|mile)|hectares?\b|ha\b)/i;

/**
 * Whether a note presents a figure as stated: any "stated" not negated within the three
 * words before it ("no figure stated", "extent not stated" pass; "drawn to the stated
 * depth" does not), or any area figure at all (an illustrative shape has none of its own).
 */
export function claimsStated(note: string): boolean {
  if (AREA_FIGURE.test(note)) return true;
  const words = note.toLowerCase().match(/[a-z]+/g) ?? [];
  return words.some(
    (w, i) => w === 'stated' && !words.slice(Math.max(0, i - 3), i).some((x) => NEGATION.has(x)),
  );
}
