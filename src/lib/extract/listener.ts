/**
 * Who speaks, clause by clause, as the article goes on (issues 9, 21): the speaker a
 * sentence names or carries on ("It also said", "he added", a quotation going on), someone
 * the reporter introduced ("says Taras", "Kovalchuk said"), a transcript's speaker
 * ("KHINSHTEIN: ..."), an interview's answers. It keeps what the article has said so far;
 * the drafter asks it once per clause, in order. Pure.
 */
import { intervieweeIn } from './answers';
import type { Castmember } from './cast';
import { embeddedSide } from './press-side';
import type { FoundClaimant, People, Side } from './claimant';
import type { Clause } from './clauses';
import { unlabelledAnswers, type Answers } from './interview';
import type { OfficialIndex } from './officials';
import { blockQuotes, dashedTurns, quotations, reproduced, type Reproduced } from './quotations';
import { RUSSIAN_NAMES, voiceSide } from './partisan';
import { Roster, SAYING } from './roster';
import { speakerOf } from './sentence-words';
import { ASKING, REPORTING, reports, turnLabel } from './turn-labels';

export interface Heard {
  speaker: FoundClaimant | null;
  /** Carried from an earlier sentence rather than named here: the editor checks it. */
  carried: boolean;
}

/** A speaker putting words out: what a quotation with no speaker of its own is taken from. */
const PUBLISHING =
  /\b(?:posted|published|publishes|wrote|writes|tweeted|issued|put out|released (?:a|an|his|her|its|their) (?:video|statement|address|post|message))\b/i;
/** Words before someone the speaker talks to: "I spoke by phone with", "I talk to their". */
const SPOKEN_TO =
  /\b(?:spoke|speak|speaks|spoken|speaking|talk|talks|talked|talking)\s+(?:\w+\s+){0,2}?(?:to|with)\s+(?:[\w'’-]+\s+){0,3}$/i;
/** A relative clause telling what one side took before: "which Ukrainian troops seized last August". */
const TOOK_BEFORE =
  /^which\s+(Ukrainian|Russian)\s+(?:troops|forces|units|soldiers)\s+(?:had\s+)?(?:seized|took|captured|occupied|entered)\b/;
const otherSideBefore = (words: string, speaker: FoundClaimant | null) => {
  const side = TOOK_BEFORE.exec(words)?.[1];
  const theirs = speaker?.claimant.slice(0, 3);
  return !!side && (theirs === 'ru-' || theirs === 'ua-') && theirs !== (side === 'Russian' ? 'ru-' : 'ua-');
};

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
  /** Who the people it names are. */
  private readonly roster: Roster;

  constructor(
    private readonly text: string,
    cast: readonly Castmember[],
    officials?: OfficialIndex,
  ) {
    this.blocks = blockQuotes(text);
    this.quotes = quotations(text);
    this.embedded = embeddedSide(text);
    this.roster = new Roster(text, cast, officials, this.embedded);
    this.sections = reproduced(text);
    this.turns = dashedTurns(text);
    this.answers = unlabelledAnswers(text, cast);
  }

  /** Who speaks in `clause`; `side` is the side of the ground it tells of, `people` who is who on its date. */
  hear(clause: Clause, side: Side | null, people?: People): Heard {
    const words = this.text.slice(clause.start, clause.end);
    this.roster.ground = side ?? this.roster.ground;
    // a turn starts a line: "KHINSHTEIN:", or "Syrskyi:" when that is someone known
    const { label, capitals, title } = turnLabel(words) ?? {};
    if (label && /(?:^|\n)\s*$/.test(this.text.slice(0, clause.start))) {
      const speaker = this.roster.labelled(label, side, people, title);
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
      cast: (w: string) => this.roster.speaking(w, side),
      // (a ministry named without a country in a text written as one side's press is that side's)
      embedded: this.embedded ?? this.roster.press,
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
      // (not a speaker opening a later clause: "..., and Ukrainian officers say ...", "..., and Mr Balitsky writes",
      // "...; on 12 March Gerasimov told Putin ...", "..., and the Ukrainian General Staff reported"; "..., and
      // the regional administration says two were wounded" tells the toll of what the clause did)
      const found = hear(whole.start, whole.end);
      const at = found.speaker && !found.carried ? clause.start + found.speaker.start : -1;
      const gap = this.text
        .slice(clause.end, at)
        .replace(/\bthe\s+$/, /^\p{Lu}/u.test(this.text.slice(at)) ? '' : '$&');
      if (!(
        at >= clause.end &&
        /^(?:,\s+(?:and|but)|;)\s+(?:(?:on|in|by|later|then|the next|the following)\b[^,;"]{0,25}?,?\s+)?(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?$/.test(
          gap,
        )
      ))
        heard = found;
    }
    // someone the speaker talks to ("I spoke to the commanders", "I talk to their company
    // commander") does not speak: "He says" next may be them
    const at = heard.speaker && !heard.carried ? clause.start + heard.speaker.start : -1;
    const addressed =
      at >= 0 && SPOKEN_TO.test(this.text.slice(Math.max(0, at - 60), at)) ? heard.speaker : null;
    // (named all the same: "the brigade commander told me" later may be them)
    if (addressed) {
      this.named.push(addressed);
      heard = { speaker: null, carried: false };
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
    // (not "..., which Ukrainian troops seized last August" after Moscow's claim: the outlet's background)
    if (clause.continues && otherSideBefore(words, said.speaker)) said = { speaker: null, carried: false };
    // an interview: the answers are the person introduced before the first question
    const dashed = this.turns.find((t) => t.start <= clause.start && clause.start < t.end);
    const qa = dashed ? (dashed.answer ? 'A' : 'Q') : /^(Q|A)\s*[:.]\s/.exec(words)?.[1];
    if (qa) this.answering = qa === 'A' ? clause.paragraph : null;
    // (at the first question: one quoting someone later does not make them the interviewee)
    if (qa === 'Q' && this.interviewee === undefined)
      // (of the side the answers' own words are on, before the ground's: "the khokhols")
      this.interviewee =
        intervieweeIn(this.text.slice(0, clause.start), this.answersSide() ?? side) ?? this.recent;
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
      : (section?.named ?? (section && (section.named = this.roster.maker(section, side, people))));
    if (author && !said.speaker) said = { speaker: author, carried: true };
    // words in a quotation that name no one: see quoted()
    const quoted = said.speaker ? null : this.quoted(clause, side, known);
    if (quoted) said = { speaker: quoted, carried: true };
    if (said.speaker) {
      this.recent = said.speaker;
      this.quoting = { speaker: said.speaker, paragraph: clause.paragraph };
      // ("Syrskyi went further on Monday. He said ...": in a guest's turn, the person it opens on)
      const subject = voice && said.speaker === voice && this.roster.subject(words, side, people);
      if (subject) this.recent = subject;
    } else {
      // someone introduced and named here without a verb of saying: "he said" next may be them
      this.recent = this.roster.mentioned(words, side) ?? this.recent;
    }
    if (addressed) this.recent = addressed;
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

  /** The side an interview's answers speak for, in their own words ("A:" paragraphs, dashed answers). */
  private answersSide(): Side | null {
    const paragraphs = this.text.split(/\n\s*\n/);
    const answers = [
      ...paragraphs.filter((p) => /^A\s*[:.]\s/.test(p)),
      ...this.turns.filter((t) => t.answer).map((t) => this.text.slice(t.start, t.end)),
    ];
    const words = answers.join('\n');
    return voiceSide(words) ?? (RUSSIAN_NAMES.test(words) ? 'ru' : null);
  }

  /** Whether `at` is in the outlet's own words after a text it printed whole ("OUR COMMENTARY"): no side's voice. */
  afterPrinted(at: number): boolean {
    // (ended by a heading of the outlet's, not by an editor's bracketed note between posts)
    const closed = (r: Reproduced) =>
      r.end <= at && /^\s*[^\s[][^\n.!?:"”]{0,79}\n/.test(this.text.slice(r.end));
    return this.sections.some(closed) && !this.sections.some((r) => r.start <= at && at < r.end);
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
}
