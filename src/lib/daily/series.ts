/**
 * A daily series as dated shapes: runs of days with the same ground become one span
 * `[from, to)`; a day with no file carries the previous day's ground forward and is
 * reported. Pure.
 */
import type { MultiPolygon } from 'geojson';
import { addDays } from '../timeline/dates';
import type { DailyDay } from './parse';

export interface DailySpan {
  from: string;
  /** Exclusive; null for the last span (still in force). */
  to: string | null;
  geometry: MultiPolygon;
}

/** Two days are the same ground when their coordinates agree to 6 decimals (about 0.1 m). */
function sameGround(a: MultiPolygon, b: MultiPolygon): boolean {
  const same = (x: unknown, y: unknown): boolean => {
    if (typeof x === 'number') return Math.round(x * 1e6) === Math.round((y as number) * 1e6);
    const [xs, ys] = [x as unknown[], y as unknown[]];
    if (xs.length !== ys.length) return false;
    for (let i = 0; i < xs.length; i++) if (!same(xs[i], ys[i])) return false;
    return true;
  };
  return same(a.coordinates, b.coordinates);
}

/**
 * Spans as days arrive, in date order, for series too large to hold whole: `push` returns
 * a day's ground when it starts a new span (null for the same ground as the day before, or
 * a second file for a day already read). `missing` and `duplicates` as dailySpans gives them.
 */
export function spanTracker() {
  const missing: string[] = [];
  const duplicates: string[] = [];
  let last: { geometry: MultiPolygon; date: string } | null = null;
  return {
    missing,
    duplicates,
    push(day: DailyDay): { from: string; geometry: MultiPolygon } | null {
      if (last) {
        if (day.date === last.date) {
          duplicates.push(day.file);
          return null;
        }
        for (let d = addDays(last.date, 1); d < day.date; d = addDays(d, 1)) missing.push(d);
      }
      const changed = !last || !sameGround(day.geometry, last.geometry);
      last = { geometry: day.geometry, date: day.date };
      return changed ? { from: day.date, geometry: day.geometry } : null;
    },
  };
}

/** The order days are read in: by date, then by file name. */
export const byDay = (a: DailyDay, b: DailyDay) =>
  a.date.localeCompare(b.date) || a.file.localeCompare(b.file);

/**
 * `missing`: days with no file (the ground before them carries on); `duplicates`: files for
 * a day already read, left out.
 */
export function dailySpans(days: readonly DailyDay[]): {
  spans: DailySpan[];
  missing: string[];
  duplicates: string[];
} {
  const tracker = spanTracker();
  const spans: DailySpan[] = [];
  for (const day of [...days].sort(byDay)) {
    const span = tracker.push(day);
    if (!span) continue;
    if (spans.length) spans[spans.length - 1].to = span.from;
    spans.push({ ...span, to: null });
  }
  return { spans, missing: tracker.missing, duplicates: tracker.duplicates };
}
