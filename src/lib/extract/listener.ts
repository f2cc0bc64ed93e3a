/**
 * Who speaks, clause by clause, as the article goes on (issues 9, 21): the speaker a
 * sentence names or carries on ("It also said", "he added", a quotation going on), someone
 * the reporter introduced ("says Taras", "Kovalchuk said"), a transcript's speaker
 * ("KHINSHTEIN: ..."), an interview's answers. It keeps what the article has said so far;
 * the drafter asks it once per clause, in order. Pure.
 */
import type { Claimant } from '../claims/schema';
import { describedSpeaker, intervieweeIn } from './answers';
import { castNamed, embeddedSide, type Castmember } from './cast';
import type { FoundClaimant, People, Side } from './claimant';
import type { Clause } from './clauses';
import { unlabelledAnswers, type Answers } from './interview';
import { namedOfficial, type NamedOfficial, type OfficialIndex } from './officials';
import { voiceSide } from './partisan';
import { blockQuotes, dashedTurns, quotations, reproduced, type Reproduced } from './quotations';
import { speakerOf } from './sentence-words';
import { ASKING, REPORTING, reports, SOLDIER_LABEL, titled, turnLabel } from './turn-labels';

export interface Heard {
  speaker: FoundClaimant | null;
  /** Carried from an earlier sentence rather than named here: the editor checks it. */
  carried: boolean;
}

/** A speaker putting words out: what a quotation with no speaker of its own is taken from. */
const PUBLISHING =
  /\b(?:posted|published|publishes|wrote|writes|tweeted|issued|put out|released (?:a|an|his|her|its|their) (?:video|statement|address|post|message))\b/i;
/** Someone speaking in the sentence: a person named there is its speaker only then. */
const SAYING =
  /\b(?:said|says|say|told|tells|added|adds|wrote|writes|posted|claimed|claims|insisted|insists|acknowledged|acknowledges|admitted|admits|conceded|concedes|warned|warns|explained|explains|recalled|recalls|reported|reports|dismissed|dismisses|rejected|rejects|denied|denies|disputed|disputes|according to)\b/i;
export class Listener {
  private recent: FoundClaimant | null = null;
  /** Every speaker named so far, in order: whom "the channel wrote" means. */
  private readonly named: FoundClaimant[] = [];
  /** An interview's answering paragraph (after "A:"), and who answers. */
  private answering: number | null = null;
  private interviewee: FoundClaimant | null | undefined;
  /** A transcript's labelled speaker, until the next label; undefined outside a transcript. */
  private turn: { speaker: FoundClaimant | null } | undefined;
  private quoting: { speaker: FoundClaimant; paragraph: number } | null = null;
  /** Quotations running over paragraphs (a post or statement quoted whole), and who was quoted. */
  private readonly blocks: { start: number; end: number; speaker?: FoundClaimant | null }[];
  private readonly embedded: Side | null;
  /** Texts the outlet announced and printed whole, and who wrote them. */
  private readonly sections: (Reproduced & { named?: FoundClaimant | null })[];
  /** An interview's turns printed with dashes. */
  private readonly turns: { start: number; end: number; answer: boolean }[];
  /** An interview printed as question and answer paragraphs. */
  private readonly answers: Answers | null;
  /** Quotations within a paragraph, from the opening mark to just past the closing one. */
  private readonly quotes: { start: number; end: number }[];
  /** The last speaker named publishing something ("Gladkov posted", "the channel published"). */
  private publisher: FoundClaimant | null = null;
  /** Who spoke in the clause before (null when no one was cited). */
  private clauseBefore: FoundClaimant | null = null;
  /** The first speaker each paragraph names. */
  private readonly opening = new Map<number, FoundClaimant>();
  /** The side of the ground the article last named. */
  private ground: Side | null = null;
  /** The side a person the article left unsaid is on: that of the ground where they first appear. */
  private readonly sides = new Map<Castmember, Side>();

  constructor(
    private readonly text: string,
    private readonly cast: readonly Castmember[],
    private readonly officials?: OfficialIndex,
  ) {
    this.blocks = blockQuotes(text);
    this.quotes = quotations(text);
    this.embedded = embeddedSide(text);
    this.sections = reproduced(text);
    this.turns = dashedTurns(text);
    this.answers = unlabelledAnswers(text, cast);
  }

  /** Who speaks in `clause`; `side` is the side of the ground it tells of, `people` who is who on its date. */
  hear(clause: Clause, side: Side | null, people?: People): Heard {
    const words = this.text.slice(clause.start, clause.end);
    this.ground = side ?? this.ground;
    // a turn starts a line: "KHINSHTEIN:", or "Syrskyi:" when that is someone known
    const { label, capitals, title } = turnLabel(words) ?? {};
    if (label && /(?:^|\n)\s*$/.test(this.text.slice(0, clause.start))) {
      const speaker = this.labelled(label, side, people, title);
      // (inside a transcript, any other label ends the turn before: "Kordon:", the interviewer)
      if (capitals || speaker || ASKING.test(label.toUpperCase()) || this.turn) this.turn = { speaker };
    }
    // a quotation of paragraphs is the words of whoever the text named before it opened
    const block = this.blocks.find((b) => b.start <= clause.start && clause.start < b.end);
    // (an introduction names its source first: "The channel X published ... We translate it")
    // and a paragraph that is one quotation ("07:40 — "..."") the words of whoever posted them
    if (block) block.speaker ??= this.publisher ?? this.opening.get(clause.paragraph - 1) ?? this.recent;
    const known: People = {
      index: people?.index ?? { pattern: null, byName: new Map() },
      date: people?.date ?? null,
      cast: (w: string) => this.speaking(w, side),
      embedded: this.embedded,
    };
    const clauseHeard = speakerOf(words, this.recent, side, known, this.named);
    // a clause citing no one is told by whoever its sentence cites: the speaker just before it
    // ("X said ...; Voloshyn said that <clause>"), else the sentence's ("<clause>, X said")
    const whole = clause.sentence;
    // (its words' place kept relative to the clause: the speaker is not inside it)
    const hear = (from: number, to: number): Heard => {
      const found = speakerOf(this.text.slice(from, to), this.recent, side, known, this.named);
      const shift = from - clause.start;
      const { speaker } = found;
      return speaker && !found.carried
        ? { ...found, speaker: { ...speaker, start: speaker.start + shift, end: speaker.end + shift } }
        : found;
    };
    const lead = whole && this.text.slice(whole.start, clause.start).search(/[^;—]*$/);
    let heard = clauseHeard;
    if (whole && !heard.speaker && lead! > 0) heard = hear(whole.start + lead!, clause.start);
    if (whole && !heard.speaker) {
      // (not a speaker opening a later clause: "..., and Ukrainian officers say ...", "..., and Mr Balitsky writes")
      const found = hear(whole.start, whole.end);
      const at = found.speaker && !found.carried ? clause.start + found.speaker.start : -1;
      if (!(
        at >= clause.end &&
        /^(?:,\s+(?:and|but)|;)\s+(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?$/.test(this.text.slice(clause.end, at))
      ))
        heard = found;
    }
    // in a transcript's answer the speaker is its label's, unless the sentence reports
    // someone's words ("the Defence Ministry announced"): "I would advise the Ukrainian General
    // Staff" is not the general staff speaking
    const voice = block?.speaker ?? this.turn?.speaker;
    // (a speaker carried by reference into a turn is theirs only when the words report it:
    // "The ministry's information is correct, ..." is the guest speaking)
    const carried = heard.carried && (!!block?.speaker || REPORTING.test(words));
    if (voice && !carried) {
      if (!heard.speaker || !reports(this.text, clause.start, heard.speaker))
        heard = { speaker: voice, carried: !!block?.speaker };
    }
    if (heard.speaker && PUBLISHING.test(words)) this.publisher = heard.speaker;
    if (heard.speaker && !heard.carried) {
      this.named.push(heard.speaker);
      if (!this.opening.has(clause.paragraph)) this.opening.set(clause.paragraph, heard.speaker);
    }
    // a later clause goes on with the clause before it, cited or not
    let said: Heard =
      clause.continues && !heard.speaker ? { speaker: this.clauseBefore, carried: false } : heard;
    // an interview: the answers are the person introduced before the first question
    const dashed = this.turns.find((t) => t.start <= clause.start && clause.start < t.end);
    const qa = dashed ? (dashed.answer ? 'A' : 'Q') : /^(Q|A)\s*[:.]\s/.exec(words)?.[1];
    if (qa) this.answering = qa === 'A' ? clause.paragraph : null;
    // (at the first question: one quoting someone later does not make them the interviewee)
    if (qa === 'Q' && this.interviewee === undefined)
      this.interviewee = intervieweeIn(this.text.slice(0, clause.start), side) ?? this.recent;
    if (!said.speaker && this.answering === clause.paragraph && this.interviewee)
      said = { speaker: this.interviewee, carried: false };
    // (one printed without labels: an answer's words are the interviewee's unless it names another)
    const answer = this.answers?.spans.some((s) => s.start <= clause.start && clause.start < s.end);
    if (answer && (!said.speaker || (said.carried && !SAYING.test(words))))
      said = { speaker: this.answers!.interviewee, carried: false };
    // a sentence citing no one in a text printed whole is its author's: as the announcement
    // describes them ("The post below ... of a Ukrainian sergeant"), else whom it names first
    // ("Alexander Khinshtein ... posts on Telegram. Below are his posts")
    for (const r of this.sections)
      if (r.announced.start <= clause.start && clause.start < r.announced.end) r.named ??= heard.speaker;
    const section = this.sections.find((r) => r.start <= clause.start && clause.start < r.end);
    const author: FoundClaimant | null | undefined = section?.author
      ? { claimant: section.author, name: section.name!, start: 0, end: 0, stance: 'asserts', generic: true }
      : section?.named;
    if (!said.speaker && author) said = { speaker: author, carried: true };
    // words in a quotation that name no one: see quoted()
    const quoted = said.speaker ? null : this.quoted(clause, side, known);
    if (quoted) said = { speaker: quoted, carried: true };
    if (said.speaker) {
      this.recent = said.speaker;
      this.quoting = { speaker: said.speaker, paragraph: clause.paragraph };
      // ("Syrskyi went further on Monday. He said ...": in a guest's turn, the person it opens on)
      const subject = voice && said.speaker === voice && this.subject(words, side, people);
      if (subject) this.recent = subject;
    } else {
      // someone introduced and named here without a verb of saying: "he said" next may be them
      const mentioned = castNamed(words, this.cast);
      const speaker = mentioned && this.asSpeaker(mentioned, side);
      if (speaker) this.recent = { ...speaker, stance: 'asserts', generic: false };
    }
    this.clauseBefore = said.speaker;
    return said;
  }

  /**
   * Who says the words of a quotation `clause` begins in: whom its closing words name ("...,"
   * the channel wrote), else the speaker of its paragraph so far (he wrote: "... . Kubatkin is
   * ours."; "..." he said. "Stepnohirsk is ours."), else whoever the text said posted what it
   * quotes ("in a post shared 2,000 times: "...").
   */
  private quoted(clause: Clause, side: Side | null, known: People): FoundClaimant | null {
    // a clause beginning in a quotation, or holding one: "in a post shared 2,000 times: "...""
    const q = this.quotes.find((q) => q.end > clause.start && q.start < clause.end);
    if (!q) return null;
    const tail = /^[^.!?\n"“]{0,100}/.exec(this.text.slice(q.end))![0];
    // the quotation's own words masked: only its closing words may name the speaker
    const masked = this.text[q.start] + this.text.slice(q.start + 1, q.end).replace(/[^\s,"”]/g, 'x') + tail;
    const after = tail.trim() ? speakerOf(masked, this.recent, side, known, this.named).speaker : null;
    if (after) return after;
    if (this.quoting?.paragraph === clause.paragraph) return this.quoting.speaker;
    return this.publisher;
  }

  /**
   * Words that are someone's own, not the text's voice: an interview's dashed turns and a text
   * printed whole by an author the announcement describes.
   */
  get theirs(): readonly { start: number; end: number }[] {
    return [...this.turns, ...this.sections.filter((r) => r.author)];
  }

  /** Whether the clause heard last is a transcript's turn of the outlet's own (a presenter's, a correspondent's). */
  get outletSpeaking(): boolean {
    return this.turn !== undefined && this.turn.speaker === null;
  }

  /** Every speaker the article has named so far, in order. */
  get speakers(): readonly FoundClaimant[] {
    return this.named;
  }

  /** Whom the article cited last. */
  get cited(): FoundClaimant | null {
    return this.recent;
  }

  /** A speaker found some other way (someone answering a claim): "he added" next is them. */
  heard(speaker: FoundClaimant): void {
    this.recent = speaker;
  }

  /** Whom a transcript's label names: the officials table, else a person the article introduced. */
  private labelled(label: string, side: Side | null, people?: People, title?: string): FoundClaimant | null {
    if (ASKING.test(label)) return null;
    // "SOLDIER (call sign "Kedr"):": a soldier of the units the reporter is with, else of the ground
    // (of the units the script is with, else of the side its own words are on)
    const trooper = SOLDIER_LABEL.test(label) && (this.embedded ?? voiceSide(this.text) ?? side);
    if (trooper)
      return {
        claimant: `${trooper}-military`,
        name: titled(label),
        start: 0,
        end: 0,
        stance: 'asserts',
        generic: true,
      };
    const name = titled(label);
    const person =
      (this.officials && namedOfficial(name, this.officials, people?.date ?? null)) ??
      this.asSpeaker(castNamed(name, this.cast), side) ??
      // (else who the title says they are: "HEAD OF THE TETKINO ADMINISTRATION")
      (title ? describedSpeaker(name, title.toLowerCase(), side) : null);
    return person && { ...person, name, start: 0, end: 0, stance: 'asserts', generic: false };
  }

  /** A known person opening `words` as their subject ("Syrskyi went further"), speaking or not. */
  private subject(words: string, side: Side | null, people?: People): FoundClaimant | null {
    const person =
      (this.officials && namedOfficial(words, this.officials, people?.date ?? null)) ??
      this.asSpeaker(castNamed(words, this.cast), side);
    if (!person || !/^(?:[A-Z][\w.-]*\s+){0,3}$/.test(words.slice(0, person.start))) return null;
    return { ...person, stance: 'asserts', generic: false };
  }

  /** Someone the article introduced, speaking in `words`. */
  private speaking(words: string, side: Side | null): NamedOfficial | null {
    if (!SAYING.test(words)) return null;
    return this.asSpeaker(castNamed(words, this.cast), side);
  }

  private asSpeaker(
    found: { member: Castmember; start: number; name: string } | null,
    side: Side | null,
  ): NamedOfficial | null {
    if (!found) return null;
    const { member } = found;
    const role = member.role;
    if (role === 'civilian') return null;
    // (a person speaking where no ground is named: the ground the article last told of)
    const theirs = member.side ?? this.sides.get(member) ?? side ?? this.ground;
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
