/**
 * The range of km² a claim's words allow. One rule per qualifier and per bounding phrase,
 * all here, documented in docs/certainty.md (keep the two tables in step). Pure.
 */
import type { Basis } from './basis';

/** How the words bound a stated figure ("about", "over", ...): one rule each below. */
export const QUALIFIERS = [
  'about',
  'over',
  'at-least',
  'under',
  'up-to',
  'nearly',
  'exactly',
  'several',
] as const;
export type Qualifier = (typeof QUALIFIERS)[number];

/**
 * Each qualifier as factors of the stated figure: the least and the most the words allow.
 * `null` for `max`: the words set no ceiling. (Rounded figures in news copy are rounded to
 * one or two significant digits, so "about" spans ±10%; "over" and "at least" are read as
 * below the next round step, a quarter up.)
 */
export const QUALIFIER_RULES: Record<Qualifier, { min: number; max: number }> = {
  exactly: { min: 1, max: 1 },
  about: { min: 0.9, max: 1.1 },
  several: { min: 0.9, max: 1.1 },
  over: { min: 1, max: 1.25 },
  'at-least': { min: 1, max: 1.25 },
  nearly: { min: 0.9, max: 1 },
  under: { min: 0.75, max: 1 },
  'up-to': { min: 0, max: 1 },
};

/** Phrases that bound a shape no figure states, as a share of another claim's figure. */
export const WORD_RULES = {
  /** "most of the ground retaken": at most half of the figure is still held. */
  'most-retaken': { share: 0.5 },
  /** the first days of an advance whose stated peak came later: at most that peak. */
  'before-peak': { share: 1 },
  /** "a narrow strip" left after most was retaken: no more than "most retaken" leaves. */
  'narrow-strip': { share: 0.5 },
} as const;
export type Words = keyof typeof WORD_RULES;

/** A stated area: km² (converted), its qualifier and the top of a stated span. */
export interface StatedArea {
  km2: number;
  qualifier: string;
  km2_max?: number;
}

export interface Range {
  /** The least km² the words allow (0 when they set no floor). */
  min: number;
  /** The most they allow; null when they set no ceiling (no area stated). */
  max: number | null;
  /** The one figure the words give, to say it as they do ("about 1,300 km²"); else null. */
  says: { qualifier: Qualifier; km2: number } | null;
}

/** No area stated: the words set neither floor nor ceiling. */
export const UNSTATED: Range = { min: 0, max: null, says: null };

// outward to 0.1 km², so a stated figure always lies inside its own range
const down = (v: number) => Math.floor(Math.round(v * 1000) / 100) / 10;
const up = (v: number) => Math.ceil(Math.round(v * 1000) / 100) / 10;

const isQualifier = (q: string): q is Qualifier => q in QUALIFIER_RULES;

export function figureRange(figure: StatedArea): Range {
  if (!isQualifier(figure.qualifier)) throw new Error(`no range rule for "${figure.qualifier}"`);
  const rule = QUALIFIER_RULES[figure.qualifier];
  const top = figure.km2_max ?? figure.km2;
  return {
    min: down(figure.km2 * rule.min),
    max: up(top * rule.max),
    says: figure.km2_max === undefined ? { qualifier: figure.qualifier, km2: figure.km2 } : null,
  };
}

/** Several claims stating one figure in their own words: every reading they allow. */
export function statedRange(figures: readonly StatedArea[]): Range {
  if (!figures.length) return UNSTATED;
  const ranges = figures.map(figureRange);
  const one = new Set(figures.map((f) => `${f.qualifier} ${f.km2} ${f.km2_max}`)).size === 1;
  return {
    min: Math.min(...ranges.map((r) => r.min)),
    max: Math.max(...ranges.map((r) => r.max!)),
    says: one ? ranges[0].says : null,
  };
}

/** A phrase bounding a shape by a share of another claim's range. */
export function boundRange(words: Words, of: Range): Range {
  if (of.max === null) return UNSTATED;
  return { min: 0, max: up(of.max * WORD_RULES[words].share), says: null };
}

/**
 * The range a drawn shape's claims allow, by its basis: traced ground is its own figure;
 * a shape drawn to a stated area has the range of its claims' figures; a bounded
 * illustrative shape the share its words allow; anything else states no area (a depth,
 * a distance or a place fixes where the shape lies, not how big it is).
 */
export function shapeRange(shape: {
  basis: Basis;
  km2: number;
  stated: readonly StatedArea[];
  bound?: { words: Words; of: Range };
}): Range {
  if (shape.basis === 'traced')
    return { min: shape.km2, max: shape.km2, says: { qualifier: 'exactly', km2: shape.km2 } };
  if (shape.basis === 'area' && shape.stated.length) return statedRange(shape.stated);
  if (shape.basis === 'illustrative' && shape.bound) return boundRange(shape.bound.words, shape.bound.of);
  return UNSTATED;
}

/** A step between two claims: anything from the least either allows to the most. */
export function envelope(a: Range, b: Range): Range {
  return {
    min: Math.min(a.min, b.min),
    max: a.max === null || b.max === null ? null : Math.max(a.max, b.max),
    says: null,
  };
}

/** Ranges of shapes added up (a holder's statuses together); one shape keeps its words. */
export function sumRanges(ranges: readonly Range[]): Range {
  if (ranges.length === 1) return ranges[0];
  const sum = (xs: number[]) => Math.round(xs.reduce((s, x) => s + x, 0) * 10) / 10;
  return {
    min: sum(ranges.map((r) => r.min)),
    max: ranges.some((r) => r.max === null) ? null : sum(ranges.map((r) => r.max!)),
    says: null,
  };
}

/** Whether a figure lies within a range (inclusive). */
export const within = (range: Range, km2: number): boolean =>
  km2 >= range.min && (range.max === null || km2 <= range.max);
