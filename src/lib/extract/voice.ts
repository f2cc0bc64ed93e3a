/**
 * Whose voice a text is in when it is a side's own statement (a general staff's bulletin,
 * a ministry's release, a translated official report): it speaks of "our units" and "the
 * enemy" throughout, and a sentence that cites no one is that side's military speaking,
 * not the outlet. Read from the whole text: several first-person forces, and the words
 * only one side uses of the other ("occupiers", "VSU formations"). Pure.
 */
import type { FoundClaimant, Side } from './claimant';

const OURS =
  /\bour (?:units|troops|forces|positions|defenders|soldiers|fighters|servicemen|brigades?|assault groups?)\b/gi;
/** Words one side's own statements use of the other, or of itself. */
const CUES: [Side, RegExp][] = [
  ['ua', /\b(?:occupiers|invaders|ruscists|aggressor)\b/gi],
  // capitalised: Ukraine's name for its forces, not "air defence forces"
  ['ua', /(?<!Air )\bDefen[cs]e Forces(?: of Ukraine)?\b/g],
  [
    'ru',
    /\b(?:VSU|ZSU|AFU|Kyiv regime|Kiev regime|nationalists|neo-?Nazis|militants|Russian Armed Forces|Armed Forces of the Russian Federation|special military operation|Ukrainian formations|foreign mercenaries)\b/gi,
  ],
];

/** A regional administration's report rather than a command's: its voice is an official's. */
const OFFICIAL =
  /\b(?:(?:regional|oblast|city) (?:military )?administration|governor|head of the (?:region|oblast|community)|mayor)\b/gi;
const MILITARY =
  /\b(?:general staff|ministry of defen[cs]e|defen[cs]e ministry|brigade|command|group of forces|border guards?|(?:border )?detachment)\b/gi;
/** "The enemy" in the text's own words: how a side's statement names the other side. */
const ENEMY = /\bthe enemy\b/gi;
/** Quoted words are someone else's: a news story quoting "our units" is not in that voice. */
export const QUOTED = /["“][^"”]*["”]/g;

/** The side whose military (or regional administration) the text speaks as, or null when it is not such a statement. */
export function statementVoice(text: string): FoundClaimant | null {
  const own = text.replace(QUOTED, '');
  const ours = [...own.matchAll(OURS)].length;
  // "our units" twice, or once with "the enemy" throughout (a border guard's release)
  if (ours < 2 && !(ours === 1 && [...own.matchAll(ENEMY)].length >= 3)) return null;
  const count = (side: Side) =>
    // (in the text's own words: "the occupiers" quoted from the other side is not its voice)
    CUES.filter(([s]) => s === side).reduce((n, [, re]) => n + [...own.matchAll(re)].length, 0);
  const [ua, ru] = [count('ua'), count('ru')];
  if (ua === ru) return null;
  const side: Side = ua > ru ? 'ua' : 'ru';
  // whose channel it is, as its title and first lines say, before what the body reports
  const head = own
    .split(/\n\s*\n/)
    .slice(0, 2)
    .join('\n');
  const [officialHead, militaryHead] = [OFFICIAL, MILITARY].map((re) => [...head.matchAll(re)].length > 0);
  const role =
    officialHead !== militaryHead
      ? officialHead
        ? 'official'
        : 'military'
      : [...text.matchAll(OFFICIAL)].length > [...text.matchAll(MILITARY)].length
        ? 'official'
        : 'military';
  return {
    claimant: `${side}-${role}`,
    name: `the text's own voice (${side === 'ua' ? "Ukraine's" : "Russia's"} ${role === 'official' ? 'regional officials' : 'military'}, speaking of "our units")`,
    start: 0,
    end: 0,
    stance: 'asserts',
    generic: true,
  };
}

/** A side's own words for its gains: "liberated" of Russian units, "Ukrainian formations". */
export const OWN_WORDS: [Side, RegExp][] = [
  [
    'ru',
    /\b(?:(?:Russian|group of forces|Sever|Tsentr|Yuzhnoye|Vostok|Zapad|Dnepr)\b[^.;"“]*\bliberat(?:ed|ion|ing)\b|liberat(?:ed|ion|ing)\b[^.;"“]*\bby (?:the )?(?:Russian|units of the)\b|Ukrainian formations|Kiev regime|Kyiv regime|foreign mercenaries|special military operation)/i,
  ],
  ['ua', /\b(?:occupiers|invaders|ruscists|rashists)\b/i],
];

/**
 * Whose words a sentence citing no one is in, when it uses a side's own vocabulary outside
 * quotation marks and that side's military is whom the article has been citing: a state
 * agency's story relaying the ministry ("units of the Dnepr group of forces liberated
 * Lobkovoye") goes on with the ministry's claim. An outlet that uses those words after
 * citing someone else (a Kremlin spokesman) speaks in its own voice.
 */
export function ownWords(words: string, cited: FoundClaimant | null): FoundClaimant | null {
  const own = words.replace(QUOTED, '');
  const side = OWN_WORDS.find(([, re]) => re.test(own))?.[0];
  return side && cited?.claimant === `${side}-military` ? cited : null;
}
