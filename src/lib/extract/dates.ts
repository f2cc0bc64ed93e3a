/**
 * Dates in an article's text, resolved against its publication date, with the precision
 * the ledger records (`day`, `month`, `approximate`), for draft records (issue 9).
 * chrono-node reads the expressions; the rules here are what news writing needs on top:
 * a report tells of the past, so "on Saturday" or "last August" is the one before
 * publication; "in early 2025", "earlier this week" and relative spans in weeks or months
 * are approximate. Offsets point into the text. Pure (the reference date is given).
 */
import * as chrono from 'chrono-node';
import { addDays } from '../timeline/dates';
import { periods } from './date-periods';
import { lastDay, numericDates, pad } from './numeric-dates';

export type DatePrecision = 'day' | 'month' | 'approximate';

export interface FoundDate {
  /** ISO date: the day, or the first day of the month or period meant. */
  date: string;
  precision: DatePrecision;
  /** Offsets into the text, `[start, end)`. */
  start: number;
  end: number;
}

const WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];

function inThePast(r: chrono.ParsedResult, published: string): string {
  let date = r.start.date().toISOString().slice(0, 10);
  if (date <= published || r.start.isCertain('year')) return date;
  // a weekday ("on Saturday"): the one before; a month or day without a year: last year's
  if (r.start.isCertain('weekday') && !r.start.isCertain('day')) {
    while (date > published) date = addDays(date, -7);
    return date;
  }
  while (date > published) date = `${Number(date.slice(0, 4)) - 1}${date.slice(4)}`;
  return date;
}

/** A wire dateline ("MOSCOW/KYIV, March 21 (Northgate Wire) -", "SUMY, Ukraine, July 15 (...) —"): when it was filed, not when anything happened. */
const DATELINE =
  /^[A-Z][A-Z.'/ -]+,\s+(?:(?:Ukraine|Russia),\s+)?(?:[A-Z][a-z]+\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]+)(?:,?\s+\d{4})?\s*(?:\([^)]*\))?\s*[-–—]/gm;

/**
 * A span up to the time of speaking ("over the past week", "in the last fortnight"): the claim
 * is dated when it was made, not when the span began (a dateline too dates nothing).
 */
const PAST_SPAN =
  /\b(?:over|in|during|within) the (?:past|last|previous) (?:week|fortnight|month|days|weeks|(?:few|several|two|three|four|five|six|seven|eight|nine|ten|\d+) (?:days|weeks))\b|\b(?:over|in|during) the (?:course of the )?(?:week|period) (?:from|of) \d{1,2}(?: [A-Z][a-z]+)? (?:to|-|–) \d{1,2} [A-Z][a-z]+\b/gi;

/** Spans counted from the date told just before: "two days later", "a week earlier", "a month before it". */
const RELATIVE =
  /\b(?:(a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+) (days?|weeks?|months?) (later|earlier|afterwards|before (?:that|it|this)|after (?:that|it|this))|the (next|following|previous) (day|week|month))\b/gi;
/** A day of the month told alone ("on the 18th", "by the 21st"): of the month told before. */
const ORDINAL_DAY =
  /\b(?:[Oo]n|[Bb]y|[Ss]ince|[Uu]ntil|[Tt]ill|[Ff]rom|[Bb]efore|[Aa]fter|[Bb]etween) the ([12]?\d|3[01])(?:st|nd|rd|th)\b(?!\s+(?:of\b|[A-Z]|(?:separate|mechani[sz]ed|brigade|battalion|regiment|division|army|corps|guards|motori[sz]ed|tank|assault|airborne|century|anniversary|day|time|round|floor|minute|hour|place)\b))/g;
const COUNTS: Record<string, number> = {
  ...{ a: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7 },
  ...{ eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12 },
};

export function findDates(text: string, published: string): FoundDate[] {
  const relative = [...text.matchAll(RELATIVE)].map((m) => ({
    // "the next day" is one day later
    // ("over the previous day" is a report's own day, as "over the past day" is)
    days:
      /^the previous day$/i.test(m[0]) && /(?:over|in|during|for) $/i.test(text.slice(0, m.index).slice(-7))
        ? 0
        : (m[4] ? 1 : (COUNTS[m[1].toLowerCase()] ?? Number(m[1]))) * (/^week/i.test(m[2] ?? m[5]) ? 7 : 1),
    sign: /^(?:later|after|next|following)/i.test(m[3] ?? m[4]) ? 1 : -1,
    // months counted: "the following month" one, "two months later" two
    months: /^month$/i.test(m[5] ?? '')
      ? 1
      : /^month/i.test(m[2] ?? '')
        ? (COUNTS[m[1].toLowerCase()] ?? Number(m[1]))
        : 0,
    weeks: /^week/i.test(m[2] ?? m[5]),
    start: m.index,
    end: m.index + m[0].length,
  }));
  // "by the end of that month": of the month told before
  const sameMonth = [
    ...text.matchAll(/\b(?:the )?(end|beginning|start|middle) of (?:that|the same) month\b/gi),
  ].map((m) => ({ edge: m[1].toLowerCase(), start: m.index, end: m.index + m[0].length }));
  // "last night": the night before the morning of the day told, so that day ("On Tuesday, 4
  // March, ...: 'Last night our units entered ...'"), else the day of publication
  const nights = [...text.matchAll(/\blast night\b/gi)].map((m) => ({ start: m.index, end: m.index + 10 }));
  const days = [...text.matchAll(ORDINAL_DAY)].map((m) => ({
    day: Number(m[1]),
    start: m.index + m[0].indexOf('the'),
    end: m.index + m[0].length,
  }));
  const own = [
    ...periods(text, published),
    ...days.map(({ start, end }) => ({ date: '', precision: 'day' as const, start, end })),
    ...nights.map(({ start, end }) => ({ date: '', precision: 'day' as const, start, end })),
    ...numericDates(text, published),
    ...relative.map(({ start, end }) => ({ date: '', precision: 'day' as const, start, end })),
    ...sameMonth.map(({ start, end }) => ({ date: '', precision: 'approximate' as const, start, end })),
  ];
  const datelines = [...text.matchAll(DATELINE), ...text.matchAll(PAST_SPAN)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
  }));
  const taken = (start: number, end: number) =>
    [...own, ...datelines].some((o) => start < o.end && o.start < end);
  const found = [...own];
  const instant = new Date(`${published}T12:00:00Z`);
  // line by line: a date never runs over a line break ("Notes, week 19" above "On 28 June")
  const lines = [...text.matchAll(/[^\n]+/g)];
  const read = lines.flatMap((l) =>
    chrono.en.casual.parse(l[0], { instant, timezone: 0 }).map((r) => ({ r, at: l.index + r.index })),
  );
  for (const { r, at } of read) {
    const [start, end] = [at, at + r.text.length];
    // "now", "currently": the time of writing, not when anything happened
    if (taken(start, end) || /^(?:now|currently|right now|at present)$/i.test(r.text)) continue;
    // "after moving for several days", "first time in a month": how long, not when ("less than
    // the week before": a comparison)
    const than = /\bthan\s+$/i.test(text.slice(Math.max(0, start - 8), start));
    if (than || /^(?:for|within)\s|^in (?:a|an|one) (?:day|week|month|year)$/i.test(r.text)) continue;
    // ("below the August rate": a month naming a measure compared with, not when)
    if (
      /^[A-Z][a-z]+$/.test(r.text) &&
      /^\s+(?:rate|pace|average|peak|level|record)\b/i.test(text.slice(end))
    )
      continue;
    // ("the ministry's most sweeping claim since the summer": a comparison, not when)
    const lead = text.slice(Math.max(0, start - 80), start);
    const since = /\bsince\s+$/i.test(lead) || /^since\b/i.test(r.text);
    if (since && /\b(?:most|first|largest|biggest|heaviest|worst)\b[^.]{0,60}$/i.test(lead)) continue;
    // a time of day alone ("09:20" in a live blog) dates nothing
    if (
      !(['day', 'weekday', 'month', 'year'] as const).some((c) => r.start.isCertain(c)) &&
      !/\d+ (?:days?|weeks?|months?|years?)|\b(?:today|yesterday|this (?:morning|afternoon|evening)|tonight)\b/i.test(
        r.text,
      )
    )
      continue;
    const words = r.text.toLowerCase();
    const before = text.slice(Math.max(0, start - 12), start).toLowerCase();
    let date = inThePast(r, published);
    // "a year ago today", "a year ago on Wednesday": that day, one date
    const weekday = r.start.isCertain('weekday') && !r.start.isCertain('day');
    if ((words === 'today' || weekday) && /\bago\s+(?:on\s+)?$/.test(before)) continue;
    const on = /^\s+(?:today\b|on\s+(\w+day)\b)/i.exec(text.slice(start + r.text.length));
    const anniversary = /\bago$/.test(words) && on !== null;
    const day = on?.[1] ? WEEKDAYS.indexOf(on[1].slice(0, 3).toLowerCase()) : -1;
    if (anniversary && day >= 0) {
      // (the weekday's date this week, as many years back as "ago" says)
      let d = published;
      while (new Date(`${d}T12:00:00Z`).getUTCDay() !== day) d = addDays(d, -1);
      const back = Number(published.slice(0, 4)) - Number(date.slice(0, 4));
      date = `${Number(d.slice(0, 4)) - back}${d.slice(4)}`;
    }
    let precision: DatePrecision;
    if (anniversary) precision = 'day';
    else if (
      // ("two weeks ago" is a day counted back, as "three days ago" is; months and years are not)
      /\b(?:months?|years?)\b/.test(words) ||
      /^(?:nearly|almost|about|around|roughly|some)\b/.test(words) ||
      /(?:nearly|almost|about|around|roughly|some)\s+$/.test(before)
    )
      precision = 'approximate';
    else if (
      r.start.isCertain('day') ||
      r.start.isCertain('weekday') ||
      /^(?:today|yesterday|this (?:morning|afternoon|evening)|tonight)$/.test(words)
    )
      precision = 'day';
    else if (r.start.isCertain('month')) precision = 'month';
    else precision = 'approximate';
    found.push({ date: precision === 'month' ? `${date.slice(0, 8)}01` : date, precision, start, end });
  }
  found.sort((a, b) => a.start - b.start);
  // "two days later": from the date before it in the text, else from publication
  found.forEach((f, i) => {
    // ("this morning", "over the past day" in a diary's entry or a post: that entry's day)
    if (
      /^(?:today|this (?:morning|afternoon|evening)|tonight|(?:over|in|during|for) the (?:past|last) (?:day|24 hours))$/i.test(
        text.slice(f.start, f.end),
      )
    ) {
      f.date = entryDay(text, f.start, found) ?? f.date;
      return;
    }
    if (nights.some((n) => n.start === f.start)) {
      const line = text.lastIndexOf('\n', f.start);
      const told = found.slice(0, i).findLast((d) => d.date && d.start > line && d.precision === 'day');
      // (but words said "late last night", or "wrote ... last night", were said the evening before)
      const evening = /\b(?:late|(?:said|told|wrote|posted|announced|reported)\b[^.,;]{0,25})\s+$/i.test(
        text.slice(Math.max(0, f.start - 40), f.start),
      );
      f.date = told?.date ?? (evening ? addDays(published, -1) : published);
      return;
    }
    const alone = days.find((x) => x.start === f.start);
    if (alone) {
      // the month of the date told before (in its paragraph or the one before: an answer goes on
      // from its question), else the last such day before publication
      const near = text.lastIndexOf('\n\n', text.lastIndexOf('\n\n', f.start) - 1);
      const told = found
        .slice(0, i)
        .findLast((d) => d.date && d.date <= published && d.precision !== 'approximate' && d.start > near);
      let month = (told?.date ?? published).slice(0, 7);
      if (`${month}-${pad(alone.day)}` > published) month = addDays(`${month}-01`, -1).slice(0, 7);
      f.date = `${month}-${pad(alone.day)}`;
      return;
    }
    const from = found.slice(0, i).findLast((d) => d.date) ?? { date: published, precision: 'day' };
    const edge = sameMonth.find((x) => x.start === f.start)?.edge;
    if (edge) {
      const [y, m] = [Number(from.date.slice(0, 4)), Number(from.date.slice(5, 7))];
      f.date = `${from.date.slice(0, 8)}${pad(edge === 'end' ? lastDay(y, m) : edge === 'middle' ? 15 : 1)}`;
      return;
    }
    const r = relative.find((x) => x.start === f.start);
    if (!r) return;
    if (r.months) {
      // "the following month", "a month before it": the month counted from the one told, as a month
      const months =
        Number(from.date.slice(0, 4)) * 12 + Number(from.date.slice(5, 7)) - 1 + r.sign * r.months;
      [f.date, f.precision] = [`${Math.floor(months / 12)}-${pad((months % 12) + 1)}-01`, 'month'];
      return;
    }
    f.date = addDays(from.date, r.sign * r.days);
    // ("nine days later" is a day; "two weeks later" about then)
    f.precision = from.precision === 'day' && !r.weeks ? 'day' : 'approximate';
  });
  return found;
}

/** The day a diary's entry or a post opening the line of `at` gives ("12.08. We walked in ..."), if one does. */
export const entryDay = (text: string, at: number, dates: FoundDate[]): string | undefined => {
  // (or a post's bracketed stamp, "[13.06, 07:40]")
  const line = text.lastIndexOf('\n', at) + 1 + (text[text.lastIndexOf('\n', at) + 1] === '[' ? 1 : 0);
  // (or the line above that is a date alone: "Sunday, 16 March" over the entry)
  return (
    dates.find((d) => d.start === line && /^\d/.test(text[line]))?.date ??
    dateHeadings(text, dates).findLast((d) => d.start < at && d.precision === 'day')?.date
  );
};

/** What a line holding only a date has besides it: "Saturday, 22 February", "MONDAY:". */
const DATE_LINE_REST = /^[\s,.:;–—-]*(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day)?[\s,.:;–—-]*$/i;

/** The dates that are a line alone: a diary's entries, a week-in-review's days. */
export const dateHeadings = (text: string, dates: FoundDate[]): FoundDate[] =>
  dates.filter((d) => {
    const from = text.lastIndexOf('\n', d.start - 1) + 1;
    const to = text.indexOf('\n', d.end);
    const line = text.slice(from, to < 0 ? text.length : to);
    return DATE_LINE_REST.test(`${line.slice(0, d.start - from)} ${line.slice(d.end - from)}`);
  });
