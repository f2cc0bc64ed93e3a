import { describe, expect, it } from 'vitest';
import { draftClaims, type DraftClaim } from '../draft';
import { reportDrafts } from '../drafts-file';
import { gazetteer } from '../fixtures/gazetteer';
import { draftFeatures, RECORD_THRESHOLD, setAside } from './recorded';
import { SHIPPED } from './second-opinion';

const text = 'Troops took Sudzha. Verdict: FALSE. Kyiv denied it.';
const draft = (id: string, span: [number, number], extra: Partial<DraftClaim> = {}): DraftClaim => ({
  id,
  draft: true,
  region: 'kursk',
  date: '2025-03-13',
  date_precision: 'day',
  as_of: '2025-03-13',
  claimant: 'independent',
  claimant_name: 'Test Wire (in its own voice)',
  kind: 'control',
  holder: 'ru',
  places: ['sudzha'],
  figures: [],
  source: 'T',
  paraphrase: '',
  span,
  ...extra,
});

describe('the learned check on drafts', () => {
  it('reads a draft by its words and what the rules made of it, not by the offsets in its notes', () => {
    const features = draftFeatures(
      draft('T-d1', [0, 19], {
        review: ['a size without a figure at chars 3–9: a shape drawn from it is illustrative'],
      }),
      text,
    );
    expect(features).toEqual(
      expect.arrayContaining(['took', 'troops took', 'kind:control', 'claimant:independent', 'placed:true']),
    );
    expect(features).toContain('review:a size without a figure at chars 0–0');
  });

  it('sets aside the drafts it is sure are no claim, numbers the rest again, and keeps no link to one set aside', () => {
    // a model that reads "verdict" as no claim at all, and everything else as one
    const model = { bias: 5, weights: { verdict: -20 } };
    const drafts = [
      draft('T-d1', [0, 19]),
      draft('T-d2', [20, 35], { kind: 'contested' }),
      draft('T-d3', [36, 51], { kind: 'contested', claimant: 'ua-official', denies: 'T-d1' }),
      draft('T-d4', [36, 51], { kind: 'contested', denies: 'T-d2' }),
    ];
    const checked = setAside(drafts, text, model);
    expect(checked.drafts.map((d) => [d.id, d.denies])).toEqual([
      ['T-d1', undefined],
      ['T-d2', 'T-d1'],
      ['T-d3', undefined],
    ]);
    expect('denies' in checked.drafts[2]).toBe(false);
    expect(checked.setAside).toEqual([{ span: [20, 35], kind: 'contested', probability: 0 }]);
    // with nothing to set aside, the drafts are as the rules made them
    expect(setAside(drafts, text, { bias: 5, weights: {} })).toEqual({ drafts, setAside: [] });
    expect(RECORD_THRESHOLD).toBeLessThan(0.5);
  });

  it('with the shipped model, sets aside a fact-check verdict and drafts the claim it checks; the report lists both', () => {
    const article =
      'Fact check: Sudzha\n\n' +
      "Russia's defence ministry said on 12 March that its troops had taken Sudzha in the Kursk region.\n\n" +
      'Verdict: MISLEADING. The video does not show Sudzha, and we could not confirm who filmed it near the village.';
    const source = {
      id: 'T-check',
      outlet: 'Test Desk',
      title: 'Fact check: Sudzha',
      published: '2025-05-20',
    };
    const { drafts, candidates, setAside: aside } = draftClaims({ text: article, source }, gazetteer);
    expect(drafts.map((d) => [d.id, d.kind, d.claimant, d.places])).toEqual([
      ['T-check-d1', 'control', 'ru-military', ['sudzha']],
    ]);
    expect(aside.map((a) => article.slice(...a.span))).toEqual(['Verdict: MISLEADING.']);
    expect(
      reportDrafts(
        article,
        drafts,
        candidates.map((c) => c.name),
        aside,
      ),
    ).toContain(
      'Set aside: 1 sentences the rules read a claim in and the learned check reads as none an editor records\n' +
        '  chars ',
    );
    // without the check (as when training it), the rules' draft of the verdict stays
    const unchecked = draftClaims({ text: article, source }, gazetteer, { ...SHIPPED, recorded: undefined });
    expect(unchecked.drafts.map((d) => article.slice(...d.span))).toContain('Verdict: MISLEADING.');
    expect(unchecked.setAside).toEqual([]);
  });
});
