/**
 * What the words of one sentence say, for the drafter (./draft.ts): a headline, a list
 * item, a figure about ground or one that only describes, a date of evidence, a strike on a
 * place, and who speaks (carried from the sentence before or named here). Pure.
 */
import type { Figure, Place } from '../claims/schema';
import { findClaimant, followsUp, type FoundClaimant, type People, type Side } from './claimant';
import { sideOfClaimant } from './answers';
import { definiteSpeaker } from './coreference';
import type { FoundFigure } from './figures';
import type { Sentence } from './sentences';

const unique = <T>(items: T[]): T[] => [...new Set(items)];

/** Figures a claim records: a bracketed conversion restates one already kept. */
export const kept = (figures: FoundFigure[]): Figure[] =>
  figures
    .filter((f) => f.restates === undefined)
    .map(({ value, value_max, unit, qualifier }) => ({
      value,
      ...(value_max !== undefined ? { value_max } : {}),
      unit,
      qualifier,
    }));

/**
 * A figure leading its paragraph, as "in numbers" pieces write it ("1,294 sq km. The area
 * ... Ukraine controls."; "3. Villages the ministry said were liberated"): the figures the
 * sentence after it claims. Null for any other sentence.
 */
export function leadingFigures(
  words: string,
  found: FoundFigure[],
  { start: at }: { start: number },
  paragraphStart: number,
): FoundFigure[] | null {
  if (at !== paragraphStart) return null;
  if (FIGURE_ONLY.test(words) && found.length) return found;
  const count = /^(\d{1,3})\.\s+(villages|settlements)\b/i.exec(words);
  if (!count) return null;
  const end = at + count[0].length;
  return [
    { value: Number(count[1]), unit: count[2].toLowerCase(), qualifier: 'about', km2: null, start: at, end },
  ];
}
const FIGURE_ONLY =
  /^(?:(?:about|some|nearly|almost|more than|over|up to|roughly|around)\s+)?\d[\d,.]*(?:\s*(?:to|-|–)\s*\d[\d,.]*)?\s*(?:sq km|square kilometres|km2|km²|km|kilometres|%|percent|per cent)\.$/i;

/** The article's first line when it stands alone without a full stop. */
export const isHeadline = (text: string, s: Sentence) =>
  s.paragraph === 0 &&
  s.start === text.search(/\S/) &&
  !/[.!?"”’')]$/.test(text.slice(s.start, s.end)) &&
  !text.slice(s.start, s.end).includes('\n');

/** A paragraph of one short line with no end mark, in capitals or not: a section's heading. */
export const isHeading = (text: string, s: Sentence) => {
  const words = text.slice(s.start, s.end);
  const alone =
    /(?:^|\n\s*\n)\s*$/.test(text.slice(0, s.start)) && /^\s*(?:\n\s*\n|$)/.test(text.slice(s.end));
  return (
    alone &&
    words.length < 120 &&
    !/[.!?"”’')\]:]$/.test(words) &&
    !LIST_ITEM.test(words) &&
    !/\n/.test(words)
  );
};

/** The noun a role is named by: "the regional governor" -> "governor". */
export const roleNoun = (name: string) => name.toLowerCase().split(/\s+/).at(-1) ?? '';

/** A strike on a place named, gazetteer or not: "a missile strike on Kharkiv". */
export const STRUCK_PLACE =
  /\b(?:strikes?|attacks?) on (?:the )?(?:city of |port of )?\p{Lu}|\b(?:hit|struck|shelled|bombed) (?:the )?(?:city of |port of )?\p{Lu}/u;

/** A line of a list: "- Kyiv's figure: 1,150 km²". */
export const LIST_ITEM = /^[-•*–—]\s/;

/** A count in apposition only describes the names before it: "Demidovka and Popovka, two villages". */
export const describes = (text: string, f: FoundFigure) =>
  ((f.unit === 'villages' || f.unit === 'settlements') &&
    (/\p{Lu}[\p{L}'-]+,\s*$/u.test(text.slice(Math.max(0, f.start - 40), f.start)) ||
      // "residents of five border villages" counts people's homes; "a single one of our villages" counts nothing
      /\b(?:residents|people|inhabitants|families|civilians|children)\s+(?:of|from)\s+(?:the\s+)?$/i.test(
        text.slice(Math.max(0, f.start - 40), f.start),
      ) ||
      /^one\s+of\b/i.test(text.slice(f.start, f.end)))) ||
  // "a village about 15 km (9 miles) east of Stepnohirsk", "which lie 20 km to the south-west" say
  // where it is, not how far anyone went;
  // "advanced 1.5 to 2 kilometres west of Krasnoarmeysk" says how far
  (f.unit === 'km' &&
    /^\s*(?:\([^)]{1,20}\)\s*)?(?:(?:north|south|east|west)(?:-?(?:east|west))?\s+of|to the (?:north|south|east|west)|from|away|outside|beyond|behind|to (?=\p{Lu}))\b/iu.test(
      text.slice(f.end, f.end + 30),
    ) &&
    !MOVED.test(text.slice(Math.max(0, f.start - 40), f.start)));

/** A movement just before a distance ("an advance of around two kilometres"): what follows is how far it went. */
const MOVED =
  /\b(?:pushed|drove|driven|forced|threw|thrown|pull(?:ed|ing|s)?|moved|moving)\s+(?:[\w'’-]+\s+){1,3}back\s+(?:(?:up to|about|around|some|nearly|almost|more than|over|by(?:\s+(?:up to|about|some|more than))?)\s+)?$|\b(?:advanced|advancing|pushed|moved|gained|progressed|withdrew|withdrawn|retreated|pulled back|fell back|drove)(?:\s+(?:back|forward|ahead))?\s+(?:(?:up to|about|around|roughly|some|nearly|almost|more than|over|another|a further|by)\s+)?$|\b(?:advance|push|gain|withdrawal|retreat)\s+of\s+(?:(?:up to|about|around|roughly|some|nearly|almost)\s+)?$|\b(?:moved|pushed|shifted)\s+(?:the\s+)?(?:front\s*line|line|front)\s+(?:(?:up to|about|around|roughly|some|by)\s+)?$/i;

/** Figures that measure ground: an area, a depth, a count of villages. */
export const isGround = (f: { unit: string }) =>
  !['killed', 'injured', 'drones', 'missiles', 'rockets', 'soldiers'].includes(f.unit);

/**
 * Who speaks in a sentence. "The ministry added ..." keeps the speaker before it; a
 * speaker named before that verb replaces it; one named after it is only reported
 * ("It said, as Putin put it, ...").
 */
export function speakerOf(
  words: string,
  previous: FoundClaimant | null,
  side: Side | null,
  people?: People,
  /** Every speaker the text has named so far, in order: whom "the channel wrote" means. */
  earlier: readonly FoundClaimant[] = [],
): { speaker: FoundClaimant | null; carried: boolean } {
  const named = findClaimant(words, side, people);
  const follow = followsUp(words);
  const known = (role: string | null) => !role || previous!.name.toLowerCase().includes(role);
  const carried =
    previous !== null &&
    // ("Voloshyn called the report fairy tales: X remained grey, he said": Voloshyn, named first)
    ((follow !== null &&
      known(follow.role) &&
      // ("A Russian officer ..., his face blurred, said": someone new, not the speaker before)
      (!named ||
        (named.generic && !/^(?:an?|one)\s/i.test(named.name)) ||
        (follow.end > 0 && named.start >= follow.end))) ||
      // "the ministry said" after "Russia's defence ministry said": the same ministry
      (named !== null && named.generic && known(roleNoun(named.name))));
  // "Kiev claims the opposite. Its General Staff insists ...": that side's military, not Kiev
  const own = carried && OWN_MILITARY.exec(words);
  const ownSide = own && sideOfClaimant(previous!.claimant);
  if (own && ownSide) {
    const at = own[0].length - own[1].length;
    const name = own[1];
    return {
      speaker: {
        ...previous!,
        claimant: `${ownSide}-military`,
        name,
        start: at,
        end: at + name.length,
        generic: true,
      },
      carried: false,
    };
  }
  if (carried) return { speaker: previous, carried };
  // "the channel wrote" with other speakers in between: the latest channel named
  const back = definiteSpeaker(words, earlier);
  // an official speaks for the area told of: "the regional administration said" of Sumy is
  // Ukraine's, whichever governor spoke last (a ministry reports on either side's ground)
  const elsewhere =
    named?.generic &&
    back?.speaker.claimant.endsWith('-official') &&
    named.claimant !== back.speaker.claimant;
  if (back && !elsewhere && (!named || named.start >= back.start))
    return { speaker: back.speaker, carried: true };
  return { speaker: named, carried: false };
}

/** A side's military named by the possessive of the speaker before: "Its General Staff". */
const OWN_MILITARY =
  /^(?:[^,.]{0,70},\s*)?Its\s+(?:own\s+)?(General Staff|army|military|armed forces|defen[cs]e ministry|ministry of defen[cs]e|command)\b/i;

/** Places in one country tell whose official "the governor" is. */
export function sideOfPlaces(places: Place[]): Side | null {
  const sides = unique(places.map((p) => (p.oblast.startsWith('RU') ? 'ru' : 'ua') as Side));
  return sides.length === 1 ? sides[0] : null;
}
