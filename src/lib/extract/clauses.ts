/**
 * Two claims in one sentence ("Russian forces took Grafovka and pushed into Loknya";
 * "...; Ukraine says it retook Zhuravka"): the sentence cut where a clause with a claim of
 * its own begins, so each claim is drafted from its own words. A cut is made only where
 * both sides hold a claim (`isClaim` gives its kind: ground changing hands, and somewhere it
 * happened) of different kinds, told by another speaker, or of places each its own
 * ("retook X and cleared Y"), so a list of villages or "captured X and held it" stays one
 * claim. Pure.
 */
import type { Sentence } from './sentences';

export interface Clause extends Sentence {
  /** A later clause of the sentence: it goes on with the clause before's speaker and date. */
  continues?: true;
  /** The whole sentence, when it was cut: a speaker it names at its end speaks for each clause. */
  sentence?: Sentence;
  /** The claim before it at another time (", down from 1,300 sq km in August"): its kind. */
  then?: true;
}

const MONTH = '(?:January|February|March|April|May|June|July|August|September|October|November|December)';
/** The same claim again, of another place or time: "Selydove the following month", "Kurakhove, further south, in January", "X followed in January", "from X the following month", "and X since September". */
const AGAIN = `(?:(?:from|in|at|of|into) )?[A-Z][a-z'’-]+(?:,[^,]{1,30},)?\\s+(?:followed\\s+)?(?:the (?:following|next|previous) (?:day|week|month)|a (?:day|week|month) (?:later|earlier|before|after)|(?:two|three|four|\\d+) (?:days|weeks|months) (?:later|earlier|before|after)|(?:in|since) (?:(?:early|mid|late)[- ])?${MONTH}\\b)`;
/** A first clause dated in its own words ("took Selydove in October 2024"), so an "and" after it starts another. */
const DATED = new RegExp(
  `\\b(?:(?:in|on|by) (?:(?:early|mid|late)[- ])?|last )${MONTH}(?: \\d{4})?$|\\bin \\d{4}$|\\blast (?:spring|summer|autumn|winter)$`,
);

/** A side opening a clause as its subject: "the Russians hold", "Ukrainian troops took". */
const SIDE_SUBJECT =
  /(?:the\s+)?(?:Russians|Ukrainians|enemy|(?:Russian|Ukrainian|enemy)\s+(?:forces|troops|units|infantry))\s+(?:hold|holds|held|control|controls|controlled|took|have|has|had|are|is|were|was)\b|(?:Russian|Ukrainian) control (?:at|of|over)\b/;
const SIDE_OPENS = new RegExp(`^${SIDE_SUBJECT.source}`);

/**
 * Where a new clause may begin: after a semicolon, a comma and a conjunction, or "and"
 * straight before a verb ("took Grafovka and pushed into Loknya"; not "Andriivka and
 * Yunakivka", a list), a comma before another's answer (", a claim Kyiv rejected") or
 * before the same claim at another time or place (", down from 1,300 sq km in August";
 * "Novohrodivka fell in September, Selydove the following month").
 */
const JOINS = new RegExp(
  [
    ';\\s+',
    // "Martynovka is ours, Kazachya Loknya is ours"
    ",\\s+(?=[A-Z][\\w'’-]+(?:\\s+[A-Z][\\w'’-]+)?\\s+(?:is|are|remains?)\\s+(?:ours|theirs|Russian|Ukrainian)\\b)",
    // "Russia took Novohrodivka in September, Selydove fell in October": another place's fall
    ",\\s+(?=[A-Z][\\w'’-]+(?:\\s+[A-Z][\\w'’-]+)?\\s+(?:fell|had fallen|was (?:taken|captured|lost|liberated|abandoned))\\b)",
    // "advanced 2 km west of Novohrodivka, which they captured in September 2024"
    ",\\s+(?=which\\s+(?:[\\w'’-]+\\s+){1,3}(?:took|captured|seized|retook|liberated|entered)\\b)",
    `(?:,|\\s+and)\\s+(?=${AGAIN})`,
    ',\\s+(?=(?:down|up) from (?:a (?:peak|high|low) of )?(?:about |roughly |some |nearly |almost |more than )?\\d)',
    // "..., a fraction of the more than 150 square kilometres claimed by the ministry": another tally
    ',\\s+(?=(?:a (?:fraction|third|half|quarter) of|(?:far |much )?(?:less|fewer|more) than|compared (?:with|to)|well short of) the (?:about |roughly |some |nearly |almost |more than )?\\d)',
    // (", which Kyiv denied", ", which the regional administration denied", "a claim Ukraine's military still disputes")
    ",\\s+(?=(?:(?:a|an) (?:claim|assertion|account|report|statement) (?:that |which )?|which\\s+)(?:the\\s+)?(?:(?:[A-Z][\\w'’-]*|regional|local|district|military)\\s+){1,4}(?:officials\\s+|authorities\\s+|forces\\s+|office\\s+|administration\\s+|military\\s+|army\\s+|ministry\\s+|command\\s+|spokes(?:man|woman)\\s+|border guards?\\s+)?(?:\\w+ly\\s+|still\\s+|later\\s+|at once\\s+)?(?:rejected|rejects?|dismissed|dismiss(?:es)?|denied|denies|deny|disputed|disputes?|called|calls?)\\b(?!\\s+[A-Z]))",
    ',\\s+(?:and|while|whereas|but|although|though|where)\\s+(?:also\\s+)?',
    // "..., the commander said, as Moscow claimed new gains near Myrnohrad": another's claim
    ",\\s+as\\s+(?=(?:[A-Z][\\w'’-]*\\s+){1,3}(?:\\w+ly\\s+)?(?:claimed|said|reported|announced|insisted|asserted)\\b)",
    '\\s+(?:while|whereas|although|but)\\s+',
    // "... out of Demidovka and Ukraine's military said fighting was still going on": another speaker
    "\\s+and\\s+(?=(?:the\\s+)?(?:[A-Z][\\w'’-]*\\s+){1,3}(?:[a-z]+\\s+){0,2}(?:said|says|claimed|claims|reported|reports|announced|insisted|insists)\\b)",
    '\\s+and\\s+(?=that\\b)',
    // "Our infantry holds the southern half and the Russians hold the northern half"
    `\\s+and\\s+(?=${SIDE_SUBJECT.source})`,
    '\\s+and\\s+(?:also\\s+|then\\s+|later\\s+|(?:within|in|after|by|over|for) (?:[a-z]+\\s+){1,2})?(?=(?:now\\s+)?(?:[a-z]+ed|(?:re)?taken|driven|broken|fallen|beaten|given|took|retook|broke|cut|fought|drove|held|kept|beat|occupy|occupies|hold|holds|control|controls|were|was|are|is|have|has|had)\\b)',
  ].join('|'),
  'g',
);
const AGAIN_START = new RegExp(`^${AGAIN}`);

/** A clause ending in its side's attack, or where it was ("counterattacked near Novenke"). */
const ATTACKED =
  /\b(?:[Cc]ounter-?attacked|attacked|stormed|assaulted)(?:\s+(?:near|around|at|outside)\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)?$/;

/** Two clauses each giving figures of ground, none the same: two claims, not one told twice. */
const tallies = (a: string[], b: string[]) => a.length > 0 && b.length > 0 && !a.some((f) => b.includes(f));

/** A clause saying what did not happen. */
const NEGATED = /^(?:[a-z]+\s+){0,3}?(?:no|not|never)\b|\b(?:had|has|have|did|does|were|was) not\b|n't\b/i;

/** What the drafter reads in a stretch of the text, `[start, end)`. */
export interface ClauseReads {
  /** Whether a speaker opens it ("Ukraine said it retook ..."). */
  hasSpeaker: (start: number, end: number) => boolean;
  /** The places it names: gazetteer ids, and names the article puts as places. */
  placesIn: (start: number, end: number) => string[];
  /** The first date it states, if any. */
  dateIn: (start: number, end: number) => string | null;
  /** The side it names acting ("Russian forces", "in Ukrainian hands"), if any. */
  actorOf: (start: number, end: number) => string | null;
  /** The figures of ground it gives ("six settlements", "180 square kilometres"). */
  figuresIn: (start: number, end: number) => string[];
}

export function clausesOf(
  text: string,
  sentence: Sentence,
  isClaim: (start: number, end: number, later: boolean) => string | null,
  reads: Partial<ClauseReads> = {},
): Clause[] {
  const {
    hasSpeaker = () => false,
    placesIn = () => [],
    dateIn = () => null,
    actorOf = () => null,
    figuresIn = () => [],
  } = reads;
  // two readings of one kind that differ: each its own claim
  const differ = <T>(a: T | null, b: T | null) => a !== null && b !== null && a !== b;
  const words = text.slice(sentence.start, sentence.end);
  const out: Clause[] = [];
  let start = sentence.start;
  let thenKind: { then?: true } = {};
  let lastKind: string | null = null;
  for (const join of words.matchAll(JOINS)) {
    const cut = sentence.start + join.index;
    const next = cut + join[0].length;
    // two claims of one kind in a row are one told twice ("crossed into X and pushed
    // towards Y"), unless the second has a speaker of its own
    // "holding about 420 sq km, down from a peak of 1,300 sq km in August": the same claim then
    // ("Novohrodivka fell in September, Selydove the following month": that claim again, elsewhere)
    // ("and Kurakhove, further south, in January" only after a clause dated in its own words:
    // "took Grafovka and Popovka in March" is one claim of two places)
    const again = AGAIN_START.test(text.slice(next, sentence.end));
    const then =
      /^(?:(?:down|up) from|a (?:fraction|third|half|quarter) of the|(?:far |much )?(?:less|fewer|more) than the|compared (?:with|to) the|well short of the)\b/.test(
        text.slice(next, next + 30),
      ) ||
      (again && (join[0].startsWith(',') || DATED.test(text.slice(start, cut))));
    // (a join made only for that: "near Popovka and Grafovka in mid-March" is one place list)
    if (again && !then && /^(?:,|\s+and)\s+$/.test(join[0])) continue;
    // ("... and Selydove a month later; Kurakhove fell in January": the same claim again, of its kind)
    const before: string | null = isClaim(start, cut, out.length > 0) ?? (thenKind.then ? lastKind : null);
    const after: string | null = then ? before : isClaim(next, sentence.end, true);
    // or of one kind in two places each its own ("retook positions in Myrnohrad and cleared two
    // streets of Pokrovsk"), not a list ("took Grafovka and Popovka": no verb between)
    const [here, there] = [placesIn(start, cut), placesIn(next, sentence.end)];
    const apart = here.length > 0 && there.length > 0 && !there.some((p) => here.includes(p));
    // "in the Pokrovsk direction, where the occupiers attacked near Myrnohrad": a place within
    // the one before, so only a claim of another kind is a second claim
    const within = /^,\s+where\b/.test(join[0]);
    // "entered Pokrovsk but held no positions there" qualifies the claim, not a second one
    if (/^\s+but\s+$/.test(join[0]) && NEGATED.test(text.slice(next, sentence.end))) continue;
    // "counterattacked and regained positions near X": the fighting and what it won, one claim
    // (not "repelled five attacks near X and cleared the forest belt": a defence, then a gain)
    const outcome =
      /^,?\s+and\s+$/.test(join[0]) &&
      ATTACKED.test(text.slice(start, cut)) &&
      (after === 'control' || after === 'advance');
    if (outcome && !apart) continue;
    // one kind told twice, but "three weeks ago ..., and last week ..." or "Russian forces
    // control most of X, while Ukrainian units hold ...": two claims
    const told = [start, cut, next, sentence.end] as const;
    // ("Our infantry holds the south and the Russians hold the north": a side named anew)
    const sideAnew = /^\s+and\s+$/.test(join[0]) && SIDE_OPENS.test(text.slice(next, next + 40));
    const twice =
      differ(dateIn(told[0], told[1]), dateIn(told[2], told[3])) ||
      differ(actorOf(told[0], told[1]), actorOf(told[2], told[3])) ||
      (sideAnew && actorOf(told[0], told[1]) !== actorOf(told[2], told[3])) ||
      // ("liberated six settlements and established control over 180 sq km": two tallies)
      tallies(figuresIn(told[0], told[1]), figuresIn(told[2], told[3]));
    // "Russia already occupies 75% of the region, and Ukrainian officers say Moscow is trying
    // ...": a later clause opened by a speaker of its own speaks for itself only
    const ownSpeaker = hasSpeaker(next, sentence.end);
    const opens = ownSpeaker && !after && /^(?:,\s+(?:and|but)|;)\s+$/.test(join[0]);
    if (
      (before && opens) ||
      (before && after && (then || before !== after || (apart && !within) || twice || ownSpeaker))
    ) {
      out.push({ ...sentence, start, end: cut, ...(out.length ? { continues: true } : {}), ...thenKind });
      start = next;
      thenKind = then ? { then: true } : {};
      lastKind = before;
    }
  }
  out.push({ ...sentence, start, ...(out.length ? { continues: true } : {}), ...thenKind });
  return out.length > 1 ? out.map((c) => ({ ...c, sentence })) : out;
}
