/**
 * Dates written as numbers, day first, and the calendar sums the date readers share. Pure.
 */
import type { FoundDate } from './dates';

export const pad = (n: number) => String(n).padStart(2, '0');
/** The last year whose `mmdd` falls on or before the publication date. */
export const yearFor = (mmdd: string, published: string) =>
  Number(published.slice(0, 4)) - (mmdd > published.slice(5) ? 1 : 0);
export const lastDay = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/**
 * Dates written as numbers, day first, as translated Ukrainian and Russian reports write
 * them: "on 12.03", "in the night to 16.03" (the morning's date), "14.05.2025", and a diary
 * entry's "12.08." or a post's "13.10, 09:40" (or "[13.10, 09:40]") opening its line. Without a year, the last such day on or before publication.
 */
export function numericDates(text: string, published: string): FoundDate[] {
  const out: FoundDate[] = [];
  const re =
    /(?:^\[?|\b(?:on|to|of|by|from|since|until|till|as of|night to)\s+)(\d{1,2})\.(\d{2})(?:\.(\d{4}|\d{2}))?\b(?![.,]?\d)/gim;
  // (lines opening "07.02 - ..." are days when every such stamp could be one, "16.40 —" is a time)
  const stamps = [...text.matchAll(/^\[?\d{1,2}\.(\d{2})(?=\s*[-—–]\s)/gm)];
  const dayStamps = stamps.length >= 2 && stamps.every((m) => Number(m[1]) >= 1 && Number(m[1]) <= 12);
  for (const m of text.matchAll(re)) {
    const [day, month] = [Number(m[1]), Number(m[2])];
    if (month < 1 || month > 12 || day < 1 || day > 31) continue;
    // (a line opening "16.05 —" is a live blog's time; a diary's day is "12.08.", a channel's
    // post "13.10, 09:40.")
    const after = text.slice(m.index + m[0].length);
    const dayStamp = dayStamps && /^\s*[-—–]\s/.test(after);
    if (/^\[?\d/.test(m[0]) && !m[3] && !dayStamp && !/^(?:\.|,\s*\d{1,2}[:.]\d{2}\b)/.test(after)) continue;
    const mmdd = `${pad(month)}-${pad(day)}`;
    const year = m[3] ? Number(m[3].length === 2 ? `20${m[3]}` : m[3]) : yearFor(mmdd, published);
    if (day > lastDay(year, month)) continue;
    const start = m.index + m[0].search(/\d/);
    out.push({ date: `${year}-${mmdd}`, precision: 'day', start, end: m.index + m[0].length });
  }
  return out;
}
