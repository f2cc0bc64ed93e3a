/**
 * Who the people an article names are, as speakers (issue 21): an official from the
 * officials table as of the day, else someone the reporter introduced, on the side their
 * introduction gives or, failing that, of the ground where they first speak (kept once
 * given). The listener asks it; it keeps only those sides. Pure.
 */
import type { Claimant } from '../claims/schema';
import { describedSpeaker } from './answers';
import { castNamed, type Castmember } from './cast';
import type { FoundClaimant, People, Side } from './claimant';
import { namedOfficial, type NamedOfficial, type OfficialIndex } from './officials';
import { voiceSide } from './partisan';
import { pressWords } from './press-side';
import { QUOTED } from './voice';
import type { Reproduced } from './quotations';
import { ASKING, SOLDIER_LABEL, titled } from './turn-labels';

/** Someone speaking in the sentence: a person named there is its speaker only then. */
export const SAYING =
  /\b(?:said|says|say|told|tells|added|adds|wrote|writes|posted|claimed|claims|insisted|insists|acknowledged|acknowledges|admitted|admits|conceded|concedes|warned|warns|explained|explains|recalled|recalls|reported|reports|dismissed|dismisses|rejected|rejects|denied|denies|disputed|disputes|refuted|refutes|according to)\b/i;

const asserting = (person: NamedOfficial): FoundClaimant => ({
  ...person,
  start: 0,
  end: 0,
  stance: 'asserts',
  generic: false,
});

export class Roster {
  /** The side of the ground the article last named: where someone speaking of no ground is. */
  ground: Side | null = null;
  /** The side a person the article left unsaid is on: that of the ground where they first appear. */
  private readonly sides = new Map<Castmember, Side>();
  private readonly labels = new Map<string, Side | null>();

  constructor(
    private readonly text: string,
    private readonly cast: readonly Castmember[],
    private readonly officials: OfficialIndex | undefined,
    private readonly embedded: Side | null,
  ) {}

  /** Who each role label named ("DEPUTY MINISTER OF DEFENCE"), for the same role shortened later. */
  private readonly roles = new Map<string, FoundClaimant>();
  /** The text's own words, quotations blanked: read once, for the side a script speaks for. */
  private own?: string;
  private get ownWords(): string {
    return (this.own ??= this.text.replace(QUOTED, ' '));
  }

  /** The side whose press the text's own words are ("Kiev", "liberated"), if any: read once. */
  private pressed?: Side | null;
  get press(): Side | null {
    if (this.pressed === undefined) this.pressed = pressWords(this.ownWords);
    return this.pressed;
  }

  /** The side a label's turns, read together, speak for; read once per label. */
  private turnsSide(label: string): Side | null {
    if (!this.labels.has(label)) {
      const turns = this.text.split(/\n\s*\n/).filter((p) => p.startsWith(`${label}:`));
      this.labels.set(label, voiceSide(turns.join('\n')));
    }
    return this.labels.get(label)!;
  }

  /** A known person named in `words`: the officials table, else someone the article introduced. */
  person(words: string, side: Side | null, people?: People, own?: Side | null): NamedOfficial | null {
    return (
      (this.officials && namedOfficial(words, this.officials, people?.date ?? null)) ??
      this.asSpeaker(castNamed(words, this.cast), side, own)
    );
  }

  /** Whom a transcript's label names: the officials table, else a person the article introduced. */
  labelled(label: string, side: Side | null, people?: People, title?: string): FoundClaimant | null {
    if (ASKING.test(label)) return null;
    // "SOLDIER (call sign "Kedr"):": a soldier of the units the reporter is with, else of the ground
    // (of the units the script is with, else of the side its own words are on)
    // (or of the side whose press the script is: a state channel's bulletin)
    const trooper =
      SOLDIER_LABEL.test(label) && (this.embedded ?? voiceSide(this.ownWords) ?? this.press ?? side);
    const name = titled(label);
    if (trooper)
      return { claimant: `${trooper}-military`, name, start: 0, end: 0, stance: 'asserts', generic: true };
    // ("DEPUTY MINISTER:" after "DEPUTY MINISTER OF DEFENCE (Viktor Sadovyi):": the one introduced so)
    const shortened = [...this.roles].find(([role]) => role.startsWith(label.toUpperCase()))?.[1];
    if (shortened) return shortened;
    // (someone introduced with no side: the side their own turns speak for, "the Russians hold ...")
    const person =
      this.person(name, side, people, this.turnsSide(label)) ??
      // (else who the title says they are: "HEAD OF THE TETKINO ADMINISTRATION")
      // (of the side of the ground told of, else the script's own words: "the occupiers")
      (title
        ? describedSpeaker(name, title.toLowerCase(), side ?? this.ground ?? voiceSide(this.ownWords))
        : null);
    const found = person && { ...person, name, start: 0, end: 0, stance: 'asserts' as const, generic: false };
    if (found && title) this.roles.set(title.toUpperCase(), found);
    return found;
  }

  /** Whose a text printed whole is when its announcement names no one: whom the lines before say made it. */
  maker(r: Reproduced, side: Side | null, people?: People): FoundClaimant | null {
    for (const { start, end } of r.madeBy ?? []) {
      const person = this.person(this.text.slice(start, end), side, people);
      if (person) return asserting(person);
    }
    return null;
  }

  /** A known person opening `words` as their subject ("Syrskyi went further"), speaking or not. */
  subject(words: string, side: Side | null, people?: People): FoundClaimant | null {
    const person = this.person(words, side, people);
    if (!person || !/^(?:[A-Z][\w.-]*\s+){0,3}$/.test(words.slice(0, person.start))) return null;
    return { ...person, stance: 'asserts', generic: false };
  }

  /** Someone the article introduced, speaking in `words`. */
  speaking(words: string, side: Side | null): NamedOfficial | null {
    if (!SAYING.test(words)) return null;
    return this.asSpeaker(castNamed(words, this.cast), side);
  }

  /** Someone the article introduced, named in `words` whether speaking or not. */
  mentioned(words: string, side: Side | null): FoundClaimant | null {
    const speaker = this.asSpeaker(castNamed(words, this.cast), side);
    return speaker && { ...speaker, stance: 'asserts', generic: false };
  }

  private asSpeaker(
    found: { member: Castmember; start: number; name: string } | null,
    side: Side | null,
    own?: Side | null,
  ): NamedOfficial | null {
    if (!found) return null;
    const { member } = found;
    const role = member.role;
    if (role === 'civilian') return null;
    // (a person speaking where no ground is named: the ground the article last told of)
    const theirs = member.side ?? own ?? this.sides.get(member) ?? side ?? this.ground;
    if (theirs && !member.side) this.sides.set(member, theirs);
    const claimant: Claimant | null =
      role === 'independent'
        ? 'independent'
        : role === 'milblogger'
          ? 'ru-milblogger'
          : theirs && `${theirs}-${role}`;
    if (!claimant) return null;
    return {
      claimant,
      region: null,
      name: found.name,
      start: found.start,
      end: found.start + found.name.length,
    };
  }
}
