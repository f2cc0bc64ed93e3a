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

/** A name with the words that say whose name it is, on either side of it. */
const GLOSSED =
  /\b(?:call(?:s|ed)?|name[sd]?|known as)\s+(?:(?:it|the (?:town|city|village|war|operation)|its|their)\s+)?(?:[\w-]+\s+){0,2}?(?=[A-Z]|special)[\w -]{3,30}?(?=[,.;)]|\s+(?:meaning|as|which|and)\b)|\b[A-Z][\w-]+,?\s+(?:as|which|what)\s+(?:\w+\s+){0,3}?call(?:s|ed)?\b|\b[A-Z][\w-]+,?\s+the (?:[\w-]+ )?name\b/g;

/**
 * The side whose press a text's own words are (not in quotation), from its words alone:
 * two or more of one side's ("Kiev", "Krasnoarmeysk", units that "liberated" a village)
 * and none of the other's. For a script's soldier heard with no side said: a state
 * channel's bulletin ("ANCHOR: Kiev, as usual, denies everything") is Russia's press.
 */
export function pressWords(text: string): Side | null {
  // (a name glossed is no voice: "what it calls Krasnoarmeysk", "Pokrovsk, which they call
  // Krasnoarmeysk", "Krasnoarmeysk, as Russian sources call Pokrovsk")
  const own = text.replace(QUOTED, ' ').replace(GLOSSED, ' ');
  const sentences = own.split(/(?<=[.!?])\s+/);
  // (a text "translated from Ukrainian" is that side's words given in English: it counts as two)
  const from = translatedFrom(text);
  const [ru, ua] = PRESS.map(
    ([side, re]) =>
      [...own.matchAll(re)].length +
      sentences.filter((s) => OWN_WORDS.some(([theirs, words]) => theirs === side && words.test(s))).length +
      (from === side ? 2 : 0),
  );
  // (a writer who names Kyiv or Pokrovsk in their own words, not in a translator's [note],
  // is not writing as Russia's press, whatever names they report)
  const ukrainian = UKRAINIAN_NAMES.test(own.replace(/\[[^\]]*\]/g, ' '));
  if (ru >= 2 && ua === 0 && !ukrainian) return 'ru';
  if (ua >= 2 && ru === 0) return 'ua';
  return null;
}

/** The side whose language a translator's note says the text was in: "Translated from Ukrainian". */
export function translatedFrom(text: string): Side | null {
  const language = /\b(?:[Tt]ranslated|translation) from (?:the )?(Ukrainian|Russian)\b/.exec(text)?.[1];
  return language ? (language === 'Russian' ? 'ru' : 'ua') : null;
}

/** Names Russia's own press does not use for the towns it renamed, nor for Ukraine's capital. */
const UKRAINIAN_NAMES = /\b(?:Kyiv|Pokrovsk|Myrnohrad|Bakhmut|Vuhledar|Avdiivka|Selydove)\b/;

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

/** The side a report is written from: "spent the week with Ukrainian units" (else from its press, below). */
export function embeddedSide(text: string): Side | null {
  const m =
    /(?<!\b(?:zone|line|area|map|town|city|village|grey|gray|front|pockets?|fighting|clashes),? )\b(?:with|alongside|among|embedded with) (?:a |the )?(?:[\w-]+ )?(Ukrainian|Russian) (?:units|troops|soldiers|brigades?|forces|battalions?|company|companies|marines|paratroopers|crews?)\b(?! (?:holding|in control|controlling|pressing|advancing|attacking))/.exec(
      text,
    );
  return m ? (m[1] === 'Ukrainian' ? 'ua' : 'ru') : pressSide(text);
}
