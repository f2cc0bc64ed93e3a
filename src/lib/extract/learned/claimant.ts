/**
 * The learned reading of who makes a claim the rules found no speaker for. Drafted as the
 * outlet's own voice, such a claim was, on the blind sets' first runs, most often a side's
 * word the article gave with no cue the rules knew ("A counter-attack last week drove Russian
 * troops out of Andriivka" in a brigade's briefing, "a drone hit a minibus" in a governor's
 * round-up). One model per claimant over the sentence and the ones before it in its
 * paragraph says whose it reads as; only a sure reading moves the draft, and its review note
 * says so. Pure.
 */
import { CLAIMANTS, type Claimant } from '../../taxonomy';
import { splitSentences, type Sentence } from '../sentences';
import { sentenceFeatures } from './features';
import { probability, type LogisticModel } from './logistic';
import type { SentenceModels } from './training';
import trained from './models.json';

/**
 * How sure the model must be. Trained on all sets but eight at a time and read on those
 * eight, above 0.8 it put right 30 of the 58 claims wrongly left to the outlet in
 * heldout19-80, and wrongly moved 10 of the 316 that were the outlet's; below it, more
 * outlets' own words were moved than were gained.
 */
export const CLAIMANT_THRESHOLD = 0.8;

/** The sentences before a claim that still tell whose it is: two back, and its paragraph's opening. */
const BEFORE = 2;

/**
 * The features of the sentence at `index`: its own words, the words of the two before it
 * in its paragraph (marked `b:`), and its paragraph's first sentence when further back (`f:`),
 * where a speaker named once goes on ("The brigade's spokesman was blunt. ... Our units ...").
 */
export function claimantFeatures(text: string, sentences: readonly Sentence[], index: number): string[] {
  const here = sentences[index];
  const words = (s: Sentence) => sentenceFeatures(text.slice(s.start, s.end));
  const out = words(here);
  let back = 1;
  for (; back <= BEFORE; back++) {
    const before = sentences[index - back];
    if (!before || before.paragraph !== here.paragraph) break;
    out.push(...words(before).map((f) => `b:${f}`));
  }
  const opening = sentences.findIndex((s) => s.paragraph === here.paragraph);
  if (back > BEFORE && index - opening > BEFORE) out.push(...words(sentences[opening]).map((f) => `f:${f}`));
  return [...new Set(out)];
}

export type ClaimantModels = Partial<Record<Claimant, LogisticModel>>;

/**
 * Whose the claim in the sentence holding `at` reads as, when the models are sure and it
 * is a side's or a government's (not the outlet's own).
 */
export function learnedClaimant(
  text: string,
  at: number,
  models: ClaimantModels = (trained as SentenceModels).claimants,
): { claimant: Claimant; probability: number } | null {
  // (an article's few dozen sentences: split again per claim, at no cost worth keeping state for)
  const sentences = splitSentences(text);
  const index = sentences.findIndex((s) => s.start <= at && at < s.end);
  if (index < 0) return null;
  const features = claimantFeatures(text, sentences, index);
  const [best] = CLAIMANTS.flatMap((c) => {
    const model = models[c];
    return model ? [{ claimant: c, probability: probability(model, features) }] : [];
  }).sort((a, b) => b.probability - a.probability);
  if (!best || best.claimant === 'independent' || best.claimant === 'unnamed') return null;
  return best.probability >= CLAIMANT_THRESHOLD ? best : null;
}
