import { describe, expect, it } from 'vitest';
import { draftClaims } from '../draft';
import { gazetteer } from '../fixtures/gazetteer';
import { splitSentences } from '../sentences';
import { claimantFeatures, learnedClaimant } from './claimant';
import { trainLogistic } from './logistic';

const source = { id: 'T-claimant', outlet: 'Test Wire', title: 'Test', published: '2025-06-10' };
const draft = (text: string) => draftClaims({ text, source }, gazetteer).drafts;

describe('the learned claimant', () => {
  it('reads a sentence with the two before it in its paragraph and the paragraph opening', () => {
    const text =
      'Before the war.\n\nThe governor spoke. He was tired. The roads are bad. Shells hit Shebekino.\n\nLater.';
    const sentences = splitSentences(text);
    const features = claimantFeatures(text, sentences, 4);
    expect(features).toEqual(expect.arrayContaining(['shells', 'hit', 'b:roads', 'b:he', 'f:governor']));
    // not the sentence three back unless it opens the paragraph, nor another paragraph's
    expect(features.some((f) => /^[bf]:(?:before|later)/.test(f))).toBe(false);
    const opening = claimantFeatures(text, sentences, 2);
    expect(opening).toEqual(expect.arrayContaining(['b:the', 'b:governor']));
    expect(opening.some((f) => f.startsWith('f:'))).toBe(false);
  });

  it('moves a claim only when one side is sure, and never to the outlet or to no one', () => {
    const text = 'Shells hit Shebekino.\n\nFootage showed the bridge.';
    const sure = {
      'ru-official': trainLogistic([
        ...Array(20).fill({ features: ['shells'], yes: true }),
        ...Array(20).fill({ features: ['footage'], yes: false }),
      ]),
      independent: trainLogistic([
        ...Array(20).fill({ features: ['footage'], yes: true }),
        ...Array(20).fill({ features: ['shells'], yes: false }),
      ]),
    };
    expect(learnedClaimant(text, 0, sure)?.claimant).toBe('ru-official');
    expect(learnedClaimant(text, text.indexOf('Footage'), sure)).toBeNull();
    const unsure = { 'ru-official': { bias: 0, weights: { shells: 0.5 } } };
    expect(learnedClaimant(text, 0, unsure)).toBeNull();
  });

  it('gives a claim no speaker is found for to the side its words read as, saying so', () => {
    const [strike] = draft('Overnight a drone hit a minibus in Belgorod, wounding two people.');
    expect(strike.kind).toBe('strike');
    expect(strike.claimant).not.toBe('independent');
    expect(strike.review).toContain(
      `no speaker found; the learned model reads it as ${strike.claimant}'s: check who says it`,
    );
  });

  it('leaves a speaker the rules found, and the outlet its own reporting', () => {
    const [said] = draft('Overnight a drone hit a minibus in Belgorod, the Ukrainian air force said.');
    expect(said.claimant).toBe('ua-military');
    expect(said.review?.some((r) => r.includes('learned model reads it as'))).toBeFalsy();
    const [seen] = draft('Geolocated footage showed Russian troops in the centre of Selydove.');
    expect(seen.claimant).toBe('independent');
    expect(seen.review?.some((r) => r.includes('learned model reads it as'))).toBeFalsy();
  });
});
