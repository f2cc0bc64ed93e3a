/**
 * A side's own voice (issue 21): a side speaking of itself in the first person, as no outlet
 * in its own voice does, so a sentence in those words that cites no one is someone's from the
 * article ("Our units have kept control of the forest belts", "Demidovka is ours", "we pulled
 * out of Popovka"); and which side that someone is on when the words say it ("The Russians
 * took Grafovka back": not a Russian speaking). "The enemy" alone is not enough: a state
 * broadcaster says it in its own voice. Pure.
 */
import { sideOfClaimant } from './answers';
import type { FoundClaimant, Side } from './claimant';

/** A side speaking of itself or of the other as only a side does. */
const PARTISAN = new RegExp(
  [
    String.raw`\bour (?:own )?(?:units?|troops|forces|men|guys|lads|boys|fighters|soldiers|infantry|defenders|servicemen|paratroopers|marines|brigade|battalion|regiment|positions?|army|territory|land|soil)\b`,
    String.raw`\bwe (?:have |had |still |did |then |also |finally )?(?:pulled|held|hold|took|take|crossed|controll?e?d?|lost|left|retook|withdrew|advanced|fought|repelled|liberated|entered|cleared|kept|keep|are holding|were holding|broke|stormed|pushed|drove)\b`,
    String.raw`\b(?:is|are|was|remains?|will (?:stay|remain)) ours\b`,
  ].join('|'),
  'i',
);

/** The other side named as only its enemy names it: then the speaker is on the side opposite. */
const OTHER_IS_RU = /\b(?:the Russians|occupiers|occupation forces|orcs|rashists|(?:the )?invaders)\b/i;
const OTHER_IS_UA =
  /\b(?:the Ukrainians|Ukrainian (?:nationalists|neo-Nazis|militants|formations|saboteurs)|neo-Nazis|nationalists|militants|(?:the )?Kiev regime|Kyiv regime|the AFU|VSU|Banderites|khokhol(?:s|y)?)\b/i;

/**
 * Towns by the names only Russia's side still uses, not glossed as such: "we are in
 * Krasnoarmeysk". Said by someone, not reported of them (an outlet quotes Pushilin's
 * "liberation of Krasnoarmeysk"), so read only in a speaker's own answers.
 */
export const RUSSIAN_NAMES =
  /\b(?:Krasnoarmeysk|Dimitrov|Artyomovsk|Artemovsk)\b(?![\s,]+(?:as|which|what|the name) (?:Russia|Moscow|the Russians|Russian))/;

/** Whether `words` are a side's own voice. */
export const isPartisan = (words: string): boolean => PARTISAN.test(words);

/** The side whose voice `words` are, when they name the other as its enemy would; else null. */
export function voiceSide(words: string): Side | null {
  const [ru, ua] = [OTHER_IS_UA.test(words), OTHER_IS_RU.test(words)];
  return ru === ua ? null : ru ? 'ru' : 'ua';
}

/**
 * Whose a side's own words citing no one are ("Our units hold ..."): of the speakers the
 * article has named (`named`, in order), the one cited most on the side the words speak for
 * (of equals, the latest); the draft's review says so.
 */
export function partisanSpeaker(
  words: string,
  named: readonly FoundClaimant[],
  review: string[],
): FoundClaimant | null {
  if (!isPartisan(words)) return null;
  const side = voiceSide(words);
  const theirs = named.filter(
    (s) => sideOfClaimant(s.claimant) && (!side || sideOfClaimant(s.claimant) === side),
  );
  const times = (c: FoundClaimant) => theirs.filter((s) => s.claimant === c.claimant).length;
  const found = theirs.reduce<FoundClaimant | null>(
    (best, s) => (!best || times(s) >= times(best) ? s : best),
    null,
  );
  if (found) review.push(`speaker taken as ${found.name}: the words are a side's own, citing no one`);
  return found;
}
