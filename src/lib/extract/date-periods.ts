/**
 * The periods news writing names that chrono-node misses or misreads ("mid-March", "the end
 * of August", "last summer", "in the autumn", "earlier this week"), each resolved to the last
 * one before publication, approximate unless a day is named. Pure.
 */
import { dayOf, isoOf } from '../timeline/dates';
import type { DatePrecision, FoundDate } from './dates';
import { lastDay, pad, yearFor } from './numeric-dates';

const MONTHS = 'january february march april may june july august september october november december'.split(
  ' ',
);

const MONTH = `(${MONTHS.join('|')})`;
const SEASONS: Record<string, string> = {
  spring: '03',
  summer: '06',
  autumn: '09',
  fall: '09',
  winter: '12',
};

/** Our own phrasings, read before chrono's (which misses or misreads them). */
export function periods(text: string, published: string): FoundDate[] {
  const out: FoundDate[] = [];
  const push = (date: string, m: RegExpMatchArray, precision: DatePrecision = 'approximate') =>
    out.push({ date, precision, start: m.index!, end: m.index! + m[0].length });
  // "early 2025", "mid-March 2025", "late March" (the last March before publication)
  const part = new RegExp(`\\b(early|mid|late)[- ](?:${MONTH}(?:\\s+(\\d{4}))?|(\\d{4}))\\b`, 'gi');
  for (const m of text.matchAll(part)) {
    const when = m[1].toLowerCase();
    if (m[4]) {
      push(`${m[4]}-${when === 'early' ? '01' : when === 'mid' ? '06' : '10'}-01`, m);
      continue;
    }
    const mmdd = `${pad(MONTHS.indexOf(m[2].toLowerCase()) + 1)}-${when === 'early' ? '01' : when === 'mid' ? '15' : '21'}`;
    push(`${m[3] ?? yearFor(mmdd, published)}-${mmdd}`, m);
  }
  // "in October last year": that month of the year before publication's ("on 6 August last year": that day)
  for (const m of text.matchAll(
    new RegExp(`\\b(?:in |on )?(?:(\\d{1,2}) )?${MONTH},? (?:of )?last year\\b`, 'gi'),
  )) {
    const month = MONTHS.indexOf(m[2].toLowerCase()) + 1;
    const year = Number(published.slice(0, 4)) - 1;
    if (m[1]) push(`${year}-${pad(month)}-${pad(Number(m[1]))}`, m, 'day');
    else push(`${year}-${pad(month)}-01`, m, 'month');
  }
  // "the end of January", "the beginning of March 2025": the last such day before publication
  const edge = new RegExp(`\\b(?:the )?(end|beginning|start|middle) of ${MONTH}(?:\\s+(\\d{4}))?\\b`, 'gi');
  for (const m of text.matchAll(edge)) {
    const month = MONTHS.indexOf(m[2].toLowerCase()) + 1;
    const dd = (y: number) => ({ end: lastDay(y, month), middle: 15 })[m[1].toLowerCase()] ?? 1;
    const year = m[3]
      ? Number(m[3])
      : yearFor(`${pad(month)}-${pad(dd(Number(published.slice(0, 4))))}`, published);
    push(`${year}-${pad(month)}-${pad(dd(year))}`, m);
  }
  // "the night of 13 May", "the evening of 19 August"; "the night of 3 to 4 June" is reported
  // under the morning's date
  const night = new RegExp(
    `\\b(?:the )?(?:night|evening|morning|afternoon) of (?:\\d{1,2}\\s*(?:to|and|-|–)\\s*)?(\\d{1,2}) ${MONTH}(?:\\s+(\\d{4}))?\\b`,
    'gi',
  );
  for (const m of text.matchAll(night)) {
    const mmdd = `${pad(MONTHS.indexOf(m[2].toLowerCase()) + 1)}-${pad(Number(m[1]))}`;
    push(`${m[3] ?? yearFor(mmdd, published)}-${mmdd}`, m, 'day');
  }
  // seasons, from their first month: "last summer", "in the autumn of 2024", "winter 2024"
  const season =
    /\b(?:(last|this) (spring|summer|autumn|fall|winter)|(?:the )?(spring|summer|autumn|fall|winter)(?: of)? (\d{4}|last year))\b/gi;
  for (const m of text.matchAll(season)) {
    const mm = SEASONS[(m[2] ?? m[3]).toLowerCase()];
    // ("the autumn of last year": that season of the year before publication's)
    const given = /^last year$/i.test(m[4] ?? '') ? Number(published.slice(0, 4)) - 1 : m[4] && Number(m[4]);
    // "this summer": the latest begun; "last summer": the latest over (three months on)
    const ends = (Number(mm) % 12) + 3;
    const over = yearFor(`${pad(ends)}-01`, published) - (ends < Number(mm) ? 1 : 0);
    const year = given || (m[1].toLowerCase() === 'last' ? over : yearFor(`${mm}-01`, published));
    push(`${year}-${mm}-01`, m);
  }
  // "in the autumn", no year: the latest begun before publication
  for (const m of text.matchAll(
    /(?<!\bthan |\b(?:most|first|largest|biggest|heaviest|worst)\b[^.]{0,60})\b(?:in|during|since|over|through) the (spring|summer|autumn|fall|winter)\b(?! of)/gi,
  )) {
    const mm = SEASONS[m[1].toLowerCase()];
    push(`${yearFor(`${mm}-01`, published)}-${mm}-01`, m);
  }
  const day = dayOf(published);
  // weeks start on Monday (1970-01-01, day 0, was a Thursday)
  const monday = day - ((day + 3) % 7);
  for (const m of text.matchAll(/\bearlier (?:this|in the) (week|month)\b/gi)) {
    const date = m[1].toLowerCase() === 'week' ? isoOf(monday) : `${published.slice(0, 8)}01`;
    out.push({ date, precision: 'approximate', start: m.index, end: m.index + m[0].length });
  }
  // a daily bulletin's "over the past day": the day it reports, its publication's
  for (const m of text.matchAll(/\b(?:over|in|during|for) the (?:past|last) (?:day|24 hours)\b/gi))
    push(published, m, 'day');
  // "at the weekend": the Saturday of the last one begun (day 2 was a Saturday)
  for (const m of text.matchAll(/\b(?:at|over|during) the weekend|\b(?:last|this) weekend\b/gi))
    push(isoOf(day - ((day - 2 + 7) % 7)), m);
  // the week or month before this one, from its first day (not "in the last month", a span to now)
  for (const m of text.matchAll(/(?<!\bthe )\blast (week|month)\b/gi)) {
    const [y, mo] = [Number(published.slice(0, 4)), Number(published.slice(5, 7))];
    const week = m[1].toLowerCase() === 'week';
    const date = week ? isoOf(monday - 7) : mo === 1 ? `${y - 1}-12-01` : `${y}-${pad(mo - 1)}-01`;
    out.push({ date, precision: week ? 'approximate' : 'month', start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/** The last date on or before `published` that chrono's reading could mean. */
