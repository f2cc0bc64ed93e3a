/**
 * "The channel wrote", "the same ministry claimed", "the blogger added": a speaker named by
 * its kind alone is the latest speaker of that kind the text has named, however many
 * sentences (and other speakers) ago, not only the one in the sentence before. Pure.
 */
import type { Claimant } from '../claims/schema';
import type { FoundClaimant } from './claimant';

/** Kinds of speaker by the nouns that name them, and the claimants of that kind. */
const KINDS: [RegExp, (c: Claimant) => boolean][] = [
  [/^(?:channel|blogger|milblogger|war correspondent|correspondent)$/, (c) => c.endsWith('-milblogger')],
  [
    /^(?:ministry|department|general staff|military|army|command|brigade|spokes(?:man|woman|person)|press service|border guards?|detachment|air force|commander)$/,
    (c) => c.endsWith('-military'),
  ],
  [
    /^(?:governor|official|officials|mayor|administration|authorities|head of state|president|head of the .+|(?:district|regional) head)$/,
    (c) => c.endsWith('-official'),
  ],
  // a minister may be either: a defence minister speaks as the military
  [/^minister$/, (c) => c.endsWith('-official') || c.endsWith('-military')],
  [
    /^(?:institute|analysts?|monitors?|think tank|mappers?|mapping (?:project|group))$/,
    (c) => c === 'independent',
  ],
];

const NOUNS =
  'channel|blogger|milblogger|war correspondent|correspondent|ministry|department|general staff|military|army|command|brigade|spokes(?:man|woman|person)|press service|border guards?|detachment|air force|commander|governor|officials?|mayor|administration|authorities|head of state|president|(?:district|regional) head|head of the (?:RMA|OVA|region|oblast|regional (?:military )?administration)|minister|institute|analysts?|monitors?|think tank|mappers?|mapping (?:project|group)';
const VERB =
  '(?:said|says|added|adds|wrote|writes|posted|posts|claimed|claims|reported|reports|announced|announces|insisted|insists|stated|states|told|noted|notes|went on|continued|warned|warns|vowed|acknowledged|admitted|dismissed|denied|ordered|specified|counted|recorded|registered|logged|listed)';
/** "the channel wrote", "the same channel claimed", "the ministry later said"; not "the
 * chief of the general staff said", whose speaker is the chief */
// one word may come between ("the Defence Ministry reported"), not a side's name: "the
// Ukrainian ministry said" names a speaker of its own
const QUALIFIER = "(?:(?!(?:Russian|Ukrainian|Russia's|Ukraine's)\\b)[\\w-]+ )?";
const DEFINITE = new RegExp(
  `(?<!\\bof )\\b[Tt]he (?:same )?${QUALIFIER}(${NOUNS})(?:,\\s+(?:who|which)\\b[^,.]{1,80},)?\\s+(?:also |later |then |further |again )?${VERB}\\b|\\baccording to the (?:same )?${QUALIFIER}(${NOUNS})\\b|\\b[Tt]he (?:same )?${QUALIFIER}(${NOUNS})['’]s (?:statement|post|report|update|account|message|bulletin|summary|briefing)\\b`,
  'i',
);

/**
 * The speaker a definite "the <kind> said" refers back to among `named` (speakers in the
 * order the text named them), with where that phrase starts; null when the sentence has
 * none or no speaker of that kind came before.
 */
export function definiteSpeaker(
  sentence: string,
  named: readonly FoundClaimant[],
): { speaker: FoundClaimant; start: number } | null {
  const m = DEFINITE.exec(sentence);
  if (!m) return null;
  const noun = (m[1] ?? m[2] ?? m[3]).toLowerCase();
  const ofKind = KINDS.find(([re]) => re.test(noun))?.[1];
  if (!ofKind) return null;
  // the same noun before the same kind: "the ministry" is the ministry named, not a general staff;
  // a body named by its title ("The Defence Ministry said") is only one named so before
  const qualifier = m[0].slice(0, m[0].toLowerCase().indexOf(noun)).trim().split(' ').at(-1)!;
  const titled = /^\p{Lu}/u.test(qualifier) && !/^(?:The|Same|According)$/.test(qualifier);
  const speaker =
    named.findLast((s) => ofKind(s.claimant) && s.name.toLowerCase().includes(noun)) ??
    (titled ? undefined : named.findLast((s) => ofKind(s.claimant)));
  return speaker ? { speaker, start: m.index } : null;
}
