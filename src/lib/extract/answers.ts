/**
 * Which earlier claim a sentence answers (issue 9): the claim a denial denies, or the one a
 * side's "still holding out in Loknya" answers; and whose side someone not named before
 * speaks for when they answer a claim. Pure.
 */
import type { Claimant } from '../claims/schema';
import { isTerritorial, perspectiveOf } from '../claims/schema';
import type { Region } from '../regions';
import type { FoundClaimant, Side } from './claimant';
import type { DraftClaim } from './draft-claim';
import { WHERE } from './cast';

/** The side a claimant speaks for; independent and foreign voices speak for neither. */
export function sideOfClaimant(claimant: Claimant): Side | null {
  const perspective = perspectiveOf(claimant);
  return perspective === 'ru' || perspective === 'ua' ? perspective : null;
}

/** A person not named before, opening a denial ("Kovalenko dismissed that"). */
const PERSON =
  /^(?:[A-Z][a-z]+ )?([A-Z][a-z]+) (?:has |had )?(?:dismissed|denied|rejected|disputed|refuted)\b/;

/** Someone denying a side's claim speaks for the other side; their role is not known. */
export function personAnswering(words: string, answered: DraftClaim): FoundClaimant | null {
  const m = PERSON.exec(words);
  const side = sideOfClaimant(answered.claimant);
  if (!m || !side) return null;
  return {
    claimant: side === 'ru' ? 'ua-official' : 'ru-official',
    name: m[0].replace(/ (?:has |had )?\w+$/, ''),
    start: 0,
    end: m[0].length,
    stance: 'denies',
    generic: false,
  };
}

/** Words of one side holding on: "still holding out in Loknya", "remains in Ukrainian hands". */
export const STILL =
  /\b(?:still (?:hold|held|control|in\b|under\b|fighting)|remain(?:s|ed)? (?:\w+ )?(?:in|under)\b|continues? to hold|holding out)/i;

/** Another speaker's earlier claim that the other side took or entered a place this one names. */
export function answered(
  drafts: DraftClaim[],
  claimant: Claimant,
  mine: Side,
  names: string[],
): DraftClaim | undefined {
  const taken = (d: DraftClaim) =>
    (d.kind === 'control' || d.kind === 'advance') &&
    d.claimant !== claimant &&
    d.holder === (mine === 'ru' ? 'ua' : 'ru') &&
    [...d.places, ...(d.candidates ?? [])].some((p) => names.includes(p));
  const found = drafts.findLast(taken);
  return found && startOfAccount(drafts, found, taken);
}

/**
 * The claim a denial answers: the clause it was cut from (", which Kyiv denied"), placed or
 * not, when that is another perspective's; else the latest earlier territorial draft from
 * another perspective, naming one of the same places (known or not) if any does, else about
 * the same area.
 */
export function deniedBy(
  drafts: DraftClaim[],
  claimant: Claimant,
  region: Region | null,
  names: string[],
  cutFrom?: DraftClaim,
): DraftClaim | undefined {
  const mine = perspectiveOf(claimant);
  if (cutFrom && perspectiveOf(cutFrom.claimant) !== mine) return cutFrom;
  const others = drafts.filter(
    (d) =>
      perspectiveOf(d.claimant) !== mine &&
      isTerritorial(d.kind) &&
      (region === null || d.region === null || d.region === region),
  );
  const named = (d: DraftClaim) => [...d.places, ...(d.candidates ?? [])].some((p) => names.includes(p));
  const found = others.findLast(named) ?? others.at(-1);
  return found && startOfAccount(drafts, found, (d) => others.includes(d) && (!names.length || named(d)));
}

/** A speaker's account may run over sentences: an answer to it answers where it began. */
function startOfAccount(
  drafts: DraftClaim[],
  last: DraftClaim,
  also: (d: DraftClaim) => boolean,
): DraftClaim {
  let first = last;
  for (
    let i = drafts.indexOf(last);
    i > 0 && drafts[i - 1].claimant === last.claimant && also(drafts[i - 1]);
    i--
  )
    first = drafts[i - 1];
  return first;
}

/** "an interview with Major Taras Hnatiuk, who commands an air assault battalion on ...", "We spoke in a basement with the commander of ..., call sign Tundra" */
const INTERVIEW_WITH =
  /\b(?:interview(?:ed)? with|(?:spoke|talked|talks|speaks)(?: [^.,]{1,50}?)? (?:to|with))\s+((?:(?:[A-Z][\w.'’-]*|of|the) ){0,5}[A-Z][\w'’-]+|the [^,.]{3,80}?,\s+(?:call[- ]sign\s+)?(?:[A-Z][\w.'’-]* ){0,3}[A-Z][\w'’-]+)([^.]*)/;
const SPOKE_TO_THEM =
  /\b(?:interviewed|(?:spoke|talked) (?:to|with)|reached|phoned|called|met) (?:him|her)\b/;
/** A sentence opening on a full name and what they do: "Mykola Hrytsenko has headed ...". */
const OPENS_ON =
  /(?<=^|[.!?]\s+|\n)(?:(?:Lieutenant|Colonel|General|Major|Captain|Sergeant|Governor|Mayor) )*((?:\p{Lu}[\p{Ll}'’-]+ )?\p{Lu}[\p{Ll}'’-]+) (?:has|had|is|was|heads|headed|runs|ran|commands|commanded|leads|led)\b[^.]*/u;
const MILITARY_WORDS =
  /\b(?:defen[cs]e minist(?:er|ry)|minist(?:er|ry) of defen[cs]e|command(?:s|er|ing)?|battalion|brigade|regiment|division|general|colonel|major|captain|lieutenant|sergeant|officer|soldier|marine|pilot|spokes(?:man|woman|person) for [^.]*(?:forces|troops|army|command))\b/i;
const OFFICIAL_WORDS =
  /\b(?:governor|mayor|minister|head of|head(?:s|ed)? the|(?:elected|village|community) head|starosta|official|administration|president|adviser|deputy|lawmaker|MP|hromada|community)\b/;
const UA_WORDS = /\b(?:Ukraine(?:'s|’s)?|Ukrainian|Kyiv(?:'s|’s)?)\b/;
const RU_WORDS = /\b(?:Russia(?:'s|’s)?|Russian|Moscow(?:'s|’s)?|Kremlin)\b/;

/**
 * Whom an interview's answers are from, as its introduction says ("an interview with ...,
 * who commands a battalion on Ukraine's northern border"; "We spoke to the head of the
 * district administration, ..."): the side and role its words give, the side failing that
 * of the ground the article is about (`side`); null when they give neither.
 */
export function intervieweeIn(introduction: string, side: Side | null = null): FoundClaimant | null {
  const m = INTERVIEW_WITH.exec(introduction);
  // (the name ends at its sentence: "call sign Tundra. His face ...")
  if (m) return describedSpeaker(m[1].trim().replace(/\.\s.*$/, ''), m[0], side);
  // "Mykola Hrytsenko has headed the hromada since 2020. ... We spoke to him": whom it opens on
  if (!SPOKE_TO_THEM.test(introduction)) return null;
  const opening = OPENS_ON.exec(introduction);
  return opening && describedSpeaker(opening[1], opening[0], side);
}

/**
 * Whom words describing someone make them ("who commands a battalion on Ukraine's northern
 * border", a transcript label's "HEAD OF THE TETKINO ADMINISTRATION"): the side and role the
 * words give, the side failing that `side`; null when they give neither.
 */
export function describedSpeaker(name: string, about: string, side: Side | null): FoundClaimant | null {
  about = about.replace(WHERE, ' ');
  const [ua, ru] = [UA_WORDS.test(about), RU_WORDS.test(about)];
  if (ua && ru) return null;
  // (a hromada is Ukraine's unit of local government)
  const theirs = ua || /\bhromada\b/i.test(about) ? 'ua' : ru ? 'ru' : side;
  if (!theirs) return null;
  const role = MILITARY_WORDS.test(about) ? 'military' : OFFICIAL_WORDS.test(about) ? 'official' : null;
  if (!role) return null;
  return { claimant: `${theirs}-${role}`, name, start: 0, end: 0, stance: 'asserts', generic: false };
}

/**
 * A denial announced in a sentence of its own and told in the next ("Khinshtein dismissed
 * that within hours. "There is not a single Ukrainian soldier left ..."", "The RMA called
 * the report false. According to Hryhorov, Andriivka remains ..."): one claim, the telling,
 * answering what the announcement did. Takes the draft before off the list when it is one.
 */
export function takeAnnounced(
  drafts: DraftClaim[],
  text: string,
  telling: { start: number; answers: boolean; claimant: Claimant },
  /** The places and unlisted names the telling gives. */
  told: string[],
): DraftClaim | undefined {
  const { start } = telling;
  const before = drafts.at(-1);
  // (the telling answers a claim itself, or quotes the announcer: "dismissed that. "There is ...")
  const quoting = /^["“]/.test(text.slice(start)) && before?.claimant === telling.claimant;
  if (!telling.answers && !quoting) return undefined;
  // (naming no place of its own: any it has are the denied claim's, or the telling's)
  const placed =
    before?.places.some((p) => !told.includes(p)) &&
    !before.review?.some((r) => r.startsWith('places carried from'));
  const unlisted = before?.candidates?.some((c) => !told.includes(c));
  // (and told by the same voice: "Separately, Governor Testov said ..." tells another's)
  if (
    !before ||
    before.kind !== 'contested' ||
    before.claimant !== telling.claimant ||
    placed ||
    unlisted ||
    before.figures.length
  )
    return undefined;
  const [from, to] = before.span;
  // (not "This is a lie: our defenders hold it", "rejected the report, saying ...": told there)
  const words = text.slice(from, to);
  const bare =
    to - from <= 90 &&
    ANNOUNCING.test(words) &&
    !/[:;]\s*(?!(?:false|fake|a lie)\W*$)\S|\bsaying\b/i.test(words);
  return bare && /^[ \t]+$/.test(text.slice(to, start)) ? drafts.pop() : undefined;
}

/** Words that announce a denial without telling it: "dismissed that", "called the report false". */
const ANNOUNCING =
  /\b(?:dismissed|denied|rejected|disputed|refuted|called|lies?|false|fake|fiction|nonsense)\b/i;
