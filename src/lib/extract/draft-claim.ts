/**
 * What the extractor gives an editor: the article it reads, and each claim drafted from it,
 * in the ledger's own format with what the editor must still do. Types only.
 */
import type { Claim, Source } from '../claims/schema';

export interface Article {
  text: string;
  source: Pick<Source, 'id' | 'outlet' | 'title' | 'published'>;
}

export type DraftClaim = Omit<Claim, 'paraphrase'> & {
  draft: true;
  /** Left empty: the editor writes it, in their own words. */
  paraphrase: string;
  /** The sentence the claim was read from, `[start, end)` in the article's text. */
  span: [number, number];
  /** The draft whose claim this one denies or disputes. */
  denies?: string;
  /** Names in the sentence the gazetteer lacks. */
  candidates?: string[];
  /** What the editor should check before accepting it. */
  review?: string[];
};
