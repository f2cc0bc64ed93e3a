/**
 * An interview printed without labels (issue 21): the interviewer's questions as paragraphs
 * ending in a question mark, each followed by the answer ("Where is the line now, and did you
 * have to give ground?" then "We did give ground ..."). The answers are the words of the
 * person the introduction says the outlet spoke to. Pure.
 */
import type { Claimant } from '../claims/schema';
import { intervieweeIn } from './answers';
import type { Castmember } from './cast';
import type { FoundClaimant, Side } from './claimant';
import { voiceSide } from './partisan';

export interface Answers {
  /** Where each answer runs: the paragraphs after a question, up to the next. */
  spans: { start: number; end: number }[];
  interviewee: FoundClaimant;
}

/** The introduction says someone was interviewed: "We spoke to him by video link". */
const INTERVIEWED =
  /\b(?:interview(?:ed)?|(?:spoke|talked|speaks|talks) (?:to|with)|conversation|asked (?:him|her)|edited for (?:length|clarity))\b/i;
const QUESTION = /\?["'”’)]*$/;
/** A labelled, transcribed or dashed interview is read by its labels (./listener.ts), not here. */
const LABELLED =
  /^(?:Q|A)\s*[:.]\s|^\p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){0,3}(?:\s*\([^)]*\))?:\s|^[—–-]\s/gmu;

/**
 * The answers of an interview printed as question and answer paragraphs, with whom they
 * are from; null when `text` is not one (fewer than two questions answered, no one said to
 * be interviewed, or no side for them).
 */
export function unlabelledAnswers(text: string, cast: readonly Castmember[]): Answers | null {
  // (two turns labelled make a transcript; one label may be a headline's "Interview: ...")
  if ([...text.matchAll(LABELLED)].length > 1) return null;
  const blocks = [...text.matchAll(/[^\n]+(?:\n(?!\s*\n)[^\n]*)*/g)]
    .filter((b) => b[0].trim())
    .map((b) => ({ start: b.index, end: b.index + b[0].length, asks: QUESTION.test(b[0].trim()) }));
  // (the first block is the headline: a question there asks nothing of anyone)
  const asked = blocks.flatMap((b, i) =>
    i > 0 && b.asks && blocks[i + 1] && !blocks[i + 1].asks ? [i] : [],
  );
  if (asked.length < 2) return null;
  const intro = text.slice(0, blocks[asked[0]].start);
  if (!INTERVIEWED.test(intro)) return null;
  const spans = asked.map((q, n) => ({
    start: blocks[q + 1].start,
    end: n + 1 < asked.length ? blocks[asked[n + 1]].start : text.length,
  }));
  const said = spans.map((s) => text.slice(s.start, s.end)).join('\n');
  const interviewee = intervieweeIn(intro, voiceSide(said)) ?? introduced(intro, cast, voiceSide(said));
  return interviewee && { spans, interviewee };
}

/** The last person the introduction names, as their role and side (else the answers' voice) give. */
function introduced(intro: string, cast: readonly Castmember[], voice: Side | null): FoundClaimant | null {
  const member = cast.findLast((c) => c.start < intro.length && c.role !== 'civilian');
  if (!member) return null;
  const side = member.side ?? voice;
  const claimant: Claimant | null =
    member.role === 'independent'
      ? 'independent'
      : member.role === 'milblogger'
        ? 'ru-milblogger'
        : side && (`${side}-${member.role}` as Claimant);
  if (!claimant) return null;
  return { claimant, name: member.names[0], start: 0, end: 0, stance: 'asserts', generic: false };
}
