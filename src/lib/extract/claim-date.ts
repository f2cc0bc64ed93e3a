/**
 * The date a claim's own words give it, from the dates found in the text: "now" is as of
 * publication, unless told after a semicolon or as of a day the sentence names for the
 * telling; the event's date before the evidence's. Pure.
 */
import { entryDay, type FoundDate } from './dates';
import { kindOf } from './kind';

/** A relative clause ending where a date begins: "two positions near Yablunivka that were lost last week". */
const RELATIVE =
  /\b(?:that|which)\s+(?:[\w'’-]+\s+){0,3}?(?:lost|taken|seized|captured|retaken|recaptured|liberated|occupied|abandoned|entered)\b[^,;:]*$/i;

/** A date that says when evidence appeared: "published on", "posted on". */
const EVIDENCE_DATE = /\b(?:published|posted|uploaded|released|filmed|dated)\s+(?:on\s+)?$/i;

/** "now", "currently": the claim is as of publication; "had now" is as of what was told. */
const NOW = /\b(?<!had )(?:now|currently|at present|as of today)\b/i;

/** A gain told in the perfect: "have taken", "has seized", "had freed" (reported: "told him that troops had freed ..."). */
const PERFECT_GAIN =
  /\b(?:have|has|had)\s+(?:(?!been\b)\w+\s+)?(?:taken|seized|captured|gained|abandoned|lost|advanced|pushed|cleared|liberated|freed|retaken|recaptured|regained|occupied|withdrawn|won back|claimed)\b|\bgains\b|\b(?:have|has|had)\s+(?:announced|claimed|reported)\s+the\s+(?:capture|seizure|liberation|fall)\b|\b(?:taken|seized|captured|gained|lost|occupied)\s+by\s+(?:[\w-]+\s+){1,3}(?=since\b)/i;

/** A date a span runs from ("since 1 October", "Since the spring"), not when anything was told. */
export const since = (text: string, d: FoundDate, from = 0) =>
  /\bsince\s+(?:the\s+)?$|\bsince\s+(?:\w+ing|(?:the\s+)?(?:start|beginning|launch|outset|onset)\s+of)\b[^.;,]{0,40}\b(?:in|on)\s+(?:the\s+)?$/i.test(
    text.slice(Math.max(from, d.start - 50), d.start),
  ) || /^since\b/i.test(text.slice(d.start));

export function dateTold(
  text: string,
  clause: { start: number; end: number },
  dates: FoundDate[],
  published: string,
): FoundDate | undefined {
  const words = text.slice(clause.start, clause.end);
  // in a diary's entry ("12.08. We walked in at night ..."), "now" is that entry's day
  published = entryDay(text, clause.start, dates) ?? published;
  // "have taken 138 km² since 1 October": a gain up to the time of speaking dates nothing
  const span = (d: FoundDate) => PERFECT_GAIN.test(words) && since(text, d, clause.start);
  // "have regained positions that were lost last week", "villages that the enemy seized last
  // August are free again": the date tells of the place, when a claim comes before or after it
  // ("the town that Ukraine seized last August" alone is dated by it)
  const describes = (d: FoundDate) => {
    const m = RELATIVE.exec(text.slice(clause.start, d.start));
    const claims = (from: number, to: number) => kindOf(text.slice(from, to)) !== 'context';
    return !!m && (claims(clause.start, clause.start + m.index) || claims(d.end, clause.end));
  };
  const here = dates.filter(
    (d) => d.start >= clause.start && d.start < clause.end && !span(d) && !describes(d),
  );
  // "Russian forces now hold ...": as of publication, whatever else the sentence dates (not
  // "retook it in October; both are now geolocated", nor "estimated on Thursday that Ukraine
  // now holds ...": now as of that day)
  const now = NOW.exec(words);
  const toldOn = (d: FoundDate) =>
    d.start - clause.start < now!.index &&
    // ("On 27 October he wrote: \"Selydove is ours now\"": now as of the day he wrote)
    (/\bthat\b|\b(?:said|says|wrote|writes|posted|added|told \w+)\s*[:,]\s*["“]/.test(
      text.slice(d.end, clause.start + now!.index),
    ) ||
      /\b(?:said|says|estimated|claimed|reported|announced)\s+(?:on\s+)?$/i.test(
        text.slice(clause.start, d.start),
      ));
  // ("Since then our troops have pushed them back": up to the time of speaking too)
  const sinceThen = PERFECT_GAIN.test(words) && /\bsince then\b/i.test(words) && !here.length;
  // ("have been attacking since mid-May, and the two sides now give ...": the "now" of a later
  // clause does not date the one before it, which dates itself)
  const opens = now
    ? [...words.slice(0, now.index).matchAll(/;|,\s+(?:and|but)\s/g)].at(-1)?.index
    : undefined;
  const ownDate = opens !== undefined && here.some((d) => d.start - clause.start < opens);
  if (sinceThen || (now && !ownDate && !words.slice(0, now.index).includes(';') && !here.some(toldOn)))
    return { date: published, precision: 'day', start: clause.start, end: clause.start };
  // "footage published on January 8 indicates ...": when the evidence appeared, not the event;
  // "Six weeks later, on 26 April": the day named, not the one counted to
  const told = here.filter((d) => !EVIDENCE_DATE.test(text.slice(Math.max(0, d.start - 24), d.start)));
  const [first, next] = told;
  const restated = next && /^,?\s*(?:on\s+)?$/.test(text.slice(first.end, next.start));
  if (first?.precision === 'approximate' && next?.precision === 'day' && restated) return next;
  return first ?? here[0];
}
