/**
 * The side a front-line report is written from when it never says "with Russian units": a
 * reporter at a command post in the first person, in a press that names places and the
 * other side as only one side's press does ("Krasnoarmeysk, which Kiev calls Pokrovsk";
 * "the occupiers"). The soldiers met there, and a ministry named without a country, are
 * that side's. Pure.
 */
import type { Side } from './claimant';
import { OWN_WORDS, QUOTED } from './voice';

/** A reporter among troops in the first person: "I reached the battalion's forward command post". */
const AT_THE_FRONT =
  /\bI (?:reached|went forward|spent|drove|walked|arrived|joined|followed)\b[^.]{0,80}\b(?:command post|positions?|battalion|brigade|company|unit|trench(?:es)?|dugout|drone team|assault (?:troops|group))\b/;

/** Words only one side's own press uses in its own voice (not in quotation). */
const PRESS: [Side, RegExp][] = [
  [
    'ru',
    /\b(?:Kiev|Krasnoarmeysk|Dimitrov|Artemovsk|Avdeyevka|Selidovo|Ugledar|Kiev regime|special military operation)\b/g,
  ],
  ['ua', /\b(?:occupiers|ruscists|orcs|invaders)\b/gi],
];

/**
 * The side whose press a text's own words are (not in quotation), from its words alone:
 * two or more of one side's ("Kiev", "Krasnoarmeysk", units that "liberated" a village)
 * and none of the other's. For a script's soldier heard with no side said: a state
 * channel's bulletin ("ANCHOR: Kiev, as usual, denies everything") is Russia's press.
 */
export function pressWords(text: string): Side | null {
  const own = text.replace(QUOTED, ' ');
  const sentences = own.split(/(?<=[.!?])\s+/);
  const [ru, ua] = PRESS.map(
    ([side, re]) =>
      [...own.matchAll(re)].length +
      sentences.filter((s) => OWN_WORDS.some(([theirs, words]) => theirs === side && words.test(s))).length,
  );
  if (ru >= 2 && ua === 0 && !/\bKyiv\b/.test(own)) return 'ru';
  if (ua >= 2 && ru === 0) return 'ua';
  return null;
}

export function pressSide(text: string): Side | null {
  const own = text.replace(QUOTED, '');
  if (!AT_THE_FRONT.test(own)) return null;
  const [ru, ua] = PRESS.map(([, re]) => [...own.matchAll(re)].length);
  // (a few of one side's words and none of the other's: "Kyiv" once would say otherwise)
  const kyiv = /\bKyiv\b/.test(own);
  if (ru >= 2 && ua === 0 && !kyiv) return 'ru';
  if (ua >= 2 && ru === 0) return 'ua';
  return null;
}
