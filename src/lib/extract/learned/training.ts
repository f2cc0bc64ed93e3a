/**
 * Training the learned second opinion: from articles annotated with the claims an editor
 * would record (the extraction fixtures), whether each sentence makes a territorial claim,
 * and of which kind, whose each claim is (./claimant.ts), and whether an editor records
 * what the rules draft (./recorded.ts). Pure; scripts/train-extractor.ts runs it and writes
 * models.json.
 */
import { CLAIMANTS, isTerritorial, TERRITORIAL_KINDS } from '../../taxonomy';
import type { Article, DraftClaim } from '../draft-claim';
import { splitSentences } from '../sentences';
import { claimantFeatures, type ClaimantModels } from './claimant';
import { sentenceFeatures } from './features';
import { trainLogistic, type LogisticModel } from './logistic';
import { draftFeatures } from './recorded';

export interface AnnotatedArticle {
  text: string;
  source: Article['source'];
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
  /** Whether an editor records a claim from the sentence the rules drafted one from. */
  recorded: LogisticModel;
}

/** Drafts an article as the rules do with the given models, setting none aside. */
export type Drafter = (article: Article, models: Omit<SentenceModels, 'recorded'>) => DraftClaim[];

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

/**
 * Each draft the rules make, and whether a claim or event an editor recorded (of the same
 * sort, ground or event) was read from its sentence.
 */
export function labelledDrafts(articles: AnnotatedArticle[], drafted: DraftClaim[][]) {
  return articles.flatMap(({ text, claims }, i) =>
    drafted[i].map((draft) => ({
      features: draftFeatures(draft, text),
      yes: claims.some((c) => {
        const at = text.indexOf(c.at);
        return (
          draft.span[0] <= at && at < draft.span[1] && isTerritorial(c.kind) === isTerritorial(draft.kind)
        );
      }),
    })),
  );
}

/** The models, the check on drafts trained on what the rules draft with the others. */
export function trainSentenceModels(articles: AnnotatedArticle[], draft: Drafter): SentenceModels {
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
  const models = {
    claim: trainLogistic(sentences.map((s) => ({ features: s.features, yes: s.kind !== null }))),
    kinds,
    claimants,
  };
  const drafted = articles.map((article) => draft({ text: article.text, source: article.source }, models));
  return { ...models, recorded: trainLogistic(labelledDrafts(articles, drafted)) };
}
