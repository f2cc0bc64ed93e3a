/**
 * Dated shapes as the compare tools see them: who draws what ground for which holder, over
 * which days. Pure.
 */
import type { Feature } from 'geojson';
import type { Areal } from '../geometry/types';
import { PERSPECTIVES } from '../taxonomy';
import { inForce } from '../timeline/span';

/** A claim in force over `[from, to)`: a drawn shape, or a statement that a holder has none. */
export interface Span {
  id: string;
  region: string;
  perspective: string;
  holder: string;
  status: string;
  from: string;
  to: string | null;
  claims: string[];
  /** `local`: about single places only (see the track schema). */
  scope?: 'region' | 'local';
}

export type DatedShape = Feature<
  Areal,
  Span & {
    scope: 'region' | 'local';
    schematic: boolean;
    area_km2: number;
    basis?: string;
    /** The range the claims' words allow (control.geojson); max null: no area stated. */
    km2_min?: number;
    km2_max?: number | null;
  }
>;

/** One key per unordered pair of perspectives, in taxonomy order: `assessed|ru`, `ru|ua`. */
export function pairKey(a: string, b: string): string {
  const order = (p: string) => (PERSPECTIVES as readonly string[]).indexOf(p);
  return order(a) <= order(b) ? `${a}|${b}` : `${b}|${a}`;
}

/** Every pair of perspectives, in taxonomy order: `assessed|ru`, `assessed|ua`, `ru|ua`. */
export const PAIRS = PERSPECTIVES.flatMap((a, i) => PERSPECTIVES.slice(i + 1).map((b) => pairKey(a, b)));

/** The shapes a perspective draws for a holder on a date (any status), in a set of regions. */
export function drawnOn(
  shapes: readonly DatedShape[],
  regions: readonly string[],
  perspective: string,
  holder: string,
  date: string,
): DatedShape[] {
  return shapes.filter(
    (s) =>
      regions.includes(s.properties.region) &&
      s.properties.perspective === perspective &&
      s.properties.holder === holder &&
      inForce(s.properties, date),
  );
}

export interface DisputedProps {
  id: string;
  region: string;
  /** The two perspectives compared, unordered: `assessed|ru`, `assessed|ua` or `ru|ua`. */
  pair: string;
  /** The perspective that draws this ground for `holder`... */
  perspective: string;
  /** ...and the one whose claims in force on these dates do not. */
  versus: string;
  holder: string;
  status: string;
  from: string;
  to: string | null;
  area_km2: number;
  /** Claims behind the shape that draws the ground. */
  claims: string[];
  /** Claims of the other perspective in force over these dates. */
  versus_claims: string[];
  schematic: boolean;
  /** What the shape drawing this ground rests on, and what the other side's shapes do. */
  basis: string;
  versus_basis: string[];
  /**
   * Both sides rest on stated figures, places or traced data: the ground counts in the
   * headline. Otherwise it is disputed only as drawn (one side's shape is illustrative or
   * a step between claims), and is shown apart.
   */
  firm: boolean;
}

/** What the totals need of a disputed piece. */
export type DisputedSpan = {
  properties: Pick<DisputedProps, 'pair' | 'region' | 'from' | 'to' | 'area_km2'> & { firm?: boolean };
};

/**
 * km² disputed between a pair of perspectives on a date, per region: `firm`, the headline
 * (both sides rest on stated figures, places or traced data); `drawn`, ground disputed only
 * because a shape is illustrative or interpolated.
 */
export function disputedKm2(
  pieces: readonly DisputedSpan[],
  pair: string,
  region: string,
  date: string,
): { firm: number; drawn: number } {
  const sum = (firm: boolean) =>
    Math.round(
      pieces
        .filter(
          (p) =>
            p.properties.pair === pair &&
            p.properties.region === region &&
            (p.properties.firm ?? false) === firm &&
            inForce(p.properties, date),
        )
        .reduce((total, p) => total + p.properties.area_km2, 0) * 10,
    ) / 10;
  return { firm: sum(true), drawn: sum(false) };
}
