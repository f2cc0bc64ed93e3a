import { addDays, dayOf } from '../timeline/dates';

/** The same day one month on (or back), clamped to the month's length. */
export function addMonths(iso: string, months: number): string {
  const [y, m, d] = iso.split('-').map(Number);
  const target = new Date(Date.UTC(y, m - 1 + months, 1));
  const last = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d, last));
  return target.toISOString().slice(0, 10);
}

export const clampDate = (iso: string, first: string, last: string): string =>
  iso < first ? first : iso > last ? last : iso;

export const daysBetween = (a: string, b: string): number => dayOf(b) - dayOf(a);

export { addDays };
