/**
 * The learned check on the rules' drafts: whether an editor would record a claim from the
 * sentence a draft was read from. On the blind sets' first runs about one draft in fourteen
 * was no claim at all: a fact-check's "Verdict: FALSE.", a reporter's scene-setting, an
 * analyst's "What to watch". A model trained on the drafts the rules make from the annotated
 * fixtures, recorded or not, reads the sentence's words with what the rules made of it (kind,
 * speaker, places, review notes); a draft it is sure no editor records is set aside, not
 * drafted, and the extractor says which sentences it set aside. Pure.
 */
import { sentenceFeatures } from './features';
import { probability, type LogisticModel } from './logistic';
import type { DraftClaim } from '../draft-claim';

/**
 * How unlikely a draft must read to be set aside. Trained on all sets but eight at a time
 * and read on those eight (heldout19-86, 4,622 drafts, 297 of them no claim recorded), below
 * 0.05 it set aside 69 drafts of no claim and 11 right ones; at 0.1, 84 and 16; above, the
 * right ones lost grew faster than the wrong ones.
 */
export const RECORD_THRESHOLD = 0.05;

/** A draft as the model sees it: its sentence's words, and what the rules made of them. */
export function draftFeatures(draft: DraftClaim, text: string): string[] {
  const placed = draft.places.length > 0;
  return [
    ...sentenceFeatures(text.slice(draft.span[0], draft.span[1])),
    `kind:${draft.kind}`,
    `claimant:${draft.claimant}`,
    `placed:${placed}`,
    `region:${draft.region ?? 'none'}`,
    `precision:${draft.date_precision}`,
    `unlisted:${!!draft.candidates?.length}`,
    `reviews:${draft.review?.length ?? 0}`,
    // a note's opening words, without its offsets: "no one is cited", "places carried from"
    ...(draft.review ?? []).map(
      (note) => `review:${note.split(/[;:(]/)[0].replace(/\d+/g, '0').slice(0, 40)}`,
    ),
    `kind-claimant:${draft.kind}:${draft.claimant}`,
    `kind-placed:${draft.kind}:${placed}`,
  ];
}

/** Where a draft the check set aside was read from, for the editor to look at. */
export interface SetAside {
  span: [number, number];
  kind: DraftClaim['kind'];
  probability: number;
}

/**
 * The drafts the model does not set aside, numbered again in order (a denial of a draft set
 * aside keeps its claim but not the link), and where the ones set aside were read from.
 */
export function setAside(
  drafts: DraftClaim[],
  text: string,
  model: LogisticModel,
): { drafts: DraftClaim[]; setAside: SetAside[] } {
  const aside: SetAside[] = [];
  const kept = drafts.filter((draft) => {
    const p = probability(model, draftFeatures(draft, text));
    if (p >= RECORD_THRESHOLD) return true;
    aside.push({ span: draft.span, kind: draft.kind, probability: Math.round(p * 100) / 100 });
    return false;
  });
  if (!aside.length) return { drafts, setAside: aside };
  const ids = new Map(kept.map((d, i) => [d.id, d.id.replace(/-d\d+$/, `-d${i + 1}`)]));
  const renumbered = kept.map((draft) => {
    const out = { ...draft, id: ids.get(draft.id)! };
    if (draft.denies && ids.has(draft.denies)) out.denies = ids.get(draft.denies);
    else delete out.denies;
    return out;
  });
  return { drafts: renumbered, setAside: aside };
}
