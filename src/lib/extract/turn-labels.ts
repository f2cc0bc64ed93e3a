/**
 * A transcript's turn labels: "KHINSHTEIN:", "QUESTION (Test Channel 5):", "NIKOLAI PETROV, HEAD
 * OF THE TETKINO ADMINISTRATION:", "Syrskyi:", "**Borsuk:**"; and whether words in a turn report
 * someone else's. Used by ./listener.ts. Pure.
 */
import type { FoundClaimant } from './claimant';

/** A label in capitals, its title the second group ("Q:" and "A:" are an interview's: ./interview.ts). */
const LABEL =
  /^(?:\[[A-Z ]{1,20}\]\s*)?([A-Z][A-Z'’.-]+(?: [A-Z][A-Z'’.-]+){0,3})(?:,\s*([A-Z][A-Z'’.\- ]{2,70}))?(?:\s*\(([^)]{1,80})\))?\s*:\s/;
/** A person's name in a role label's brackets: "DEPUTY MINISTER OF DEFENCE (Viktor Sadovyi):". */
const BRACKETED_NAME = /^\p{Lu}[\p{Ll}'’-]+(?: \p{Lu}[\p{Ll}'’-]+){1,2}$/u;
/** The same in ordinary capitals ("Syrskyi:"), taken only when it names someone known. */
const TITLED_LABEL = /^([A-Z][a-z'’-]+(?: [A-Z][a-z'’-]+){0,2})(?:\s*\([^)]{1,80}\))?\s*:\s/;
/** A transcript's label naming a soldier by role, not by name ("DRONE OPERATOR"). */
export const SOLDIER_LABEL =
  /^(?:[A-Z-]+ )?(?:SOLDIER|OFFICER|COMMANDER|SERVICEMAN|FIGHTER|SERGEANT|MARINE|PARATROOPER|OPERATOR|GUNNER|MEDIC|SNIPER|SCOUT)$/;
/** A broadcast script's recorded comment: "SOUNDBITE, serviceman, call sign "Kedr":", "SYNC, Oleh Hryhorov, head of ...:". */
const BROADCAST = /^(?:SOUNDBITE|SYNC|SOT|CLIP|GRAB)\s*(?:,\s*|\(\s*)([^:\n()]{2,120}?)\)?\s*:\s/i;
/** A label for whoever asks: the outlet's side of the exchange. */
export const ASKING =
  /^(?:Q|QUESTION|INTERVIEWER|HOST|PRESENTER|ANCHOR|REPORTER|JOURNALIST|MODERATOR|CORRESPONDENT)$/;

/** "KHINSHTEIN" as a name: "Khinshtein". */
export const titled = (label: string) =>
  label.toLowerCase().replace(/(^|[\s'’-])\p{L}/gu, (c) => c.toUpperCase());

/**
 * The label opening `words`, if any: `label` the name, `capitals` set when written in capitals
 * (a turn whoever it names), `title` what follows a comma in capitals.
 */
export function turnLabel(words: string): { label: string; capitals?: string; title?: string } | null {
  // (a label in bold, as a web page prints it: "**Borsuk:**")
  // (a recorded comment: the one it describes, by name or by role)
  const aired = BROADCAST.exec(words);
  if (aired) {
    const [who, ...about] = aired[1].split(/\s*,\s*/);
    const role = who.toUpperCase();
    if (SOLDIER_LABEL.test(role)) return { label: role, capitals: role };
    return {
      label: who,
      capitals: who.toUpperCase(),
      ...(about.length ? { title: about.join(', ').toUpperCase() } : {}),
    };
  }
  // (and a podcast's timestamp before it: "[00:00:47] SYCH:")
  const plain = words
    .replace(/^\[\d{1,2}:\d{2}(?::\d{2})?\]\s+/, '')
    .replace(/^(?:\*\*|__)([^*_\n:]{1,80})(?::(?:\*\*|__)|(?:\*\*|__):)/, '$1:');
  const labelled = LABEL.exec(plain);
  // (a role with the holder's name in brackets: the name, the role its title)
  if (labelled && labelled[3] && !labelled[2] && BRACKETED_NAME.test(labelled[3]))
    return { label: labelled[3], capitals: labelled[1], title: labelled[1] };
  if (labelled) return { label: labelled[1], capitals: labelled[1], title: labelled[2] };
  const titledLabel = TITLED_LABEL.exec(plain);
  return titledLabel ? { label: titledLabel[1] } : null;
}

/** After a speaker the sentence names: whether it reports their words ("the ministry announced"). */
export const REPORTING =
  /^[^.]{0,40}?\b(?:said|says|announced|announces|claimed|claims|reported|reports|stated|states|told|insisted|insists|confirmed|confirms|wrote|writes|added|adds|noted|notes|acknowledged|admitted|posted|posts|saying|writing|claiming|reporting|posting|declared|declares|say|claim|report|write|insist|deny|denies|denied|reject|rejects|rejected|dispute|disputes|disputed|dismiss|dismisses|dismissed)\b/i;
/**
 * Whether the text reports the words of `speaker`, named at offsets from `at` (a clause's
 * start; before it when its sentence named them first): a verb after the name or in it
 * ("Moscow says"), or "according to" before it.
 */
export const reports = (text: string, at: number, { start, end }: FoundClaimant) =>
  REPORTING.test(text.slice(at + end)) ||
  REPORTING.test(text.slice(at + start, at + end)) ||
  /\baccording to\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}$/i.test(text.slice(at, at + start));
