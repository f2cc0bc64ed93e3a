/**
 * Date arithmetic on ISO dates (YYYY-MM-DD), in whole days, free of time zones: the one
 * place the build, the pictures and the app count days. Pure.
 */
/** Days since 1970-01-01 for an ISO date: whole numbers, free of time zones. */
export const dayOf = (iso: string): number =>
  Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)) / 86_400_000;

export const isoOf = (day: number): string => new Date(day * 86_400_000).toISOString().slice(0, 10);

export const addDays = (iso: string, days: number): string => isoOf(dayOf(iso) + days);

/** Whole days from `a` to `b` (negative when `b` comes first). */
export const daysBetween = (a: string, b: string): number => dayOf(b) - dayOf(a);

/** The same day one month on (or back), clamped to the month's length. */
export function addMonths(iso: string, months: number): string {
  const [y, m, d] = iso.split('-').map(Number);
  const target = new Date(Date.UTC(y, m - 1 + months, 1));
  const last = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d, last));
  return target.toISOString().slice(0, 10);
}

/** The date, kept within `[first, last]`. */
export const clampDate = (iso: string, first: string, last: string): string =>
  iso < first ? first : iso > last ? last : iso;

/** A real calendar day written YYYY-MM-DD: 2024-02-30 fails, as Date would roll it into March. */
export function isIsoDate(value: unknown): value is string {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}
