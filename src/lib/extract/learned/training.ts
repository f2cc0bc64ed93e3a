/**
 * Training the learned second opinion: from articles annotated with the claims an editor
 * would record (the extraction fixtures), whether each sentence makes a territorial claim,
 * and of which kind, and whose each claim is (./claimant.ts). Pure;
 * scripts/train-extractor.ts runs it and writes models.json.
 */
import { CLAIMANTS, isTerritorial, TERRITORIAL_KINDS } from '../../taxonomy';
import { splitSentences } from '../sentences';
import { claimantFeatures, type ClaimantModels } from './claimant';
import { sentenceFeatures } from './features';
import { trainLogistic, type LogisticModel } from './logistic';

export interface AnnotatedArticle {
  text: string;
  /** `at`: words of the sentence the claim is read from; events (strikes, statements) too. */
  claims: { at: string; kind: string; claimant: string }[];
}

export interface SentenceModels {
  /** Whether a sentence makes a territorial claim. */
  claim: LogisticModel;
  /** One model per territorial kind, over the sentences that make one. */
  kinds: Record<(typeof TERRITORIAL_KINDS)[number], LogisticModel>;
  /** One model per claimant, over every claim and event with the sentences before it. */
  claimants: ClaimantModels;
}

/** Each sentence's features, and the kind of the territorial claim it makes (null: none). */
export function labelledSentences(articles: AnnotatedArticle[]) {
  return articles.flatMap(({ text, claims }) =>
    splitSentences(text).map((s) => {
      const words = text.slice(s.start, s.end);
      const claim = claims.find((c) => isTerritorial(c.kind) && words.includes(c.at));
      return { features: sentenceFeatures(words), kind: claim?.kind ?? null };
    }),
  );
}

/** Each claim's features in its context (./claimant.ts), and whose it is. */
export function labelledClaims(articles: AnnotatedArticle[]) {
  return articles.flatMap(({ text, claims }) => {
    const sentences = splitSentences(text);
    return claims.flatMap(({ at, claimant }) => {
      const start = text.indexOf(at);
      const index = sentences.findIndex((s) => s.start <= start && start < s.end);
      return index < 0 ? [] : [{ features: claimantFeatures(text, sentences, index), claimant }];
    });
  });
}

export function trainSentenceModels(articles: AnnotatedArticle[]): SentenceModels {
  const sentences = labelledSentences(articles);
  const claims = sentences.filter((s) => s.kind !== null);
  const kinds = Object.fromEntries(
    TERRITORIAL_KINDS.map((kind) => [
      kind,
      trainLogistic(claims.map((s) => ({ features: s.features, yes: s.kind === kind }))),
    ]),
  ) as SentenceModels['kinds'];
  const said = labelledClaims(articles);
  const claimants = Object.fromEntries(
    CLAIMANTS.filter((c) => said.some((s) => s.claimant === c)).map((c) => [
      c,
      trainLogistic(said.map((s) => ({ features: s.features, yes: s.claimant === c }))),
    ]),
  );
  return {
    claim: trainLogistic(sentences.map((s) => ({ features: s.features, yes: s.kind !== null }))),
    kinds,
    claimants,
  };
}
