/**
 * A dated span, the unit of time every shape, claim, piece and row carries: in force from
 * `from` (inclusive) to `to` (exclusive), or on and on while `to` is null. The one place
 * "in force on a date" is said; build, compare, pictures and app all ask it here. Pure.
 */

/** ISO dates, `[from, to)`; `to` null while still in force. */
export interface Span {
  from: string;
  to: string | null;
}

/** Is the span in force on `date` (ISO)? */
export const inForce = (s: Span, date: string): boolean => s.from <= date && (s.to === null || date < s.to);

/** Do two spans share a day? */
export const overlaps = (a: Span, b: Span): boolean =>
  (a.to === null || b.from < a.to) && (b.to === null || a.from < b.to);
