/**
 * The learned second opinion on a sentence the rules read no territorial claim in: models
 * trained on the annotated fixtures (./training.ts, models.json) say whether it makes one
 * and of which kind. Trained only on the sets written before each, it found claim
 * sentences the blind rules missed (heldout12-16: the rules 83% of them, the rules or the
 * models 93%, at 94% precision); its drafts carry a review note saying so. Pure.
 */
import { TERRITORIAL_KINDS } from '../../taxonomy';
import { sentenceFeatures } from './features';
import { probability } from './logistic';
import type { SentenceModels } from './training';
import trained from './models.json';

/** The models the extractor drafts with; without `recorded`, it sets no draft aside (training). */
export type LearnedModels = Omit<SentenceModels, 'recorded'> & Partial<Pick<SentenceModels, 'recorded'>>;
export const SHIPPED = trained as SentenceModels;

/** How sure the claim model must be: above it, the rules' misses outweighed new errors. */
export const LEARNED_THRESHOLD = 0.7;

export function learnedClaim(
  sentence: string,
  models: LearnedModels = SHIPPED,
): { kind: (typeof TERRITORIAL_KINDS)[number]; probability: number } | null {
  const features = sentenceFeatures(sentence);
  const p = probability(models.claim, features);
  if (p < LEARNED_THRESHOLD) return null;
  const [kind] = TERRITORIAL_KINDS.map((k) => [k, probability(models.kinds[k], features)] as const).sort(
    (a, b) => b[1] - a[1],
  )[0];
  return { kind, probability: p };
}
