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

/** Coordinates rounded to 6 decimals (about 0.1 m): two days with this key are the same ground. */
const key = (g: MultiPolygon) =>
  JSON.stringify(g.coordinates, (_, v) => (typeof v === 'number' ? Math.round(v * 1e6) : v));

/**
 * `missing`: days with no file (the ground before them carries on); `duplicates`: files for
 * a day already read, left out.
 */
export function dailySpans(days: readonly DailyDay[]): {
  spans: DailySpan[];
  missing: string[];
  duplicates: string[];
} {
  const sorted = [...days].sort((a, b) => a.date.localeCompare(b.date) || a.file.localeCompare(b.file));
  const spans: DailySpan[] = [];
  const missing: string[] = [];
  const duplicates: string[] = [];
  let last: { key: string; date: string } | null = null;
  for (const day of sorted) {
    if (last) {
      if (day.date === last.date) {
        duplicates.push(day.file);
        continue;
      }
      for (let d = addDays(last.date, 1); d < day.date; d = addDays(d, 1)) missing.push(d);
    }
    const k = key(day.geometry);
    if (!last || k !== last.key) {
      if (spans.length) spans[spans.length - 1].to = day.date;
      spans.push({ from: day.date, to: null, geometry: day.geometry });
    }
    last = { key: k, date: day.date };
  }
  return { spans, missing, duplicates };
}
