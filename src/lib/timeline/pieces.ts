import { dayOf } from './dates';
import type { ControlProps } from '../contract/records';

/** What the map needs to know of a dated shape (or a disputed piece) to show or hide it. */
export type Piece = Pick<ControlProps, 'id' | 'from' | 'to'> & { perspective: string };

/**
 * Answers "which pieces show on this date, in this perspective" and, more to the point,
 * "which pieces change when the date moves": the map flips only those (feature-state),
 * so a date change costs the pieces that change, not the pieces that exist. Pure.
 */
export class PieceIndex {
  private readonly spans: { id: string; perspective: string; from: number; to: number }[];

  constructor(pieces: readonly Piece[]) {
    this.spans = pieces.map((p) => ({
      id: p.id,
      perspective: p.perspective,
      from: dayOf(p.from),
      to: p.to === null ? Infinity : dayOf(p.to),
    }));
  }

  /** Ids of the pieces in force on `date` (ISO) in `perspective`. */
  visible(date: string, perspective: string): Set<string> {
    const day = dayOf(date);
    const out = new Set<string>();
    for (const s of this.spans)
      if (s.perspective === perspective && s.from <= day && day < s.to) out.add(s.id);
    return out;
  }
}

/** The ids to turn on and off to go from one visible set to the next. */
export function flips(
  before: ReadonlySet<string>,
  after: ReadonlySet<string>,
): { on: string[]; off: string[] } {
  return {
    on: [...after].filter((id) => !before.has(id)),
    off: [...before].filter((id) => !after.has(id)),
  };
}

/**
 * The pieces as they stand with interpolation off: steps between two claims are left out
 * and the shape each gradual change starts from holds until the next claim (`holds_to`).
 */
export function withoutSteps<P extends Piece & { interpolated?: unknown; holds_to?: string }>(
  pieces: readonly P[],
): Piece[] {
  return pieces.filter((p) => !p.interpolated).map((p) => (p.holds_to ? { ...p, to: p.holds_to } : p));
}
