import { describe, expect, it } from 'vitest';
import { draftClaims } from './draft';
import { gazetteer } from './fixtures/gazetteer';
import { sideOfName } from './name-side';

// Written for these tests, not from any outlet.
const source = { id: 'T', outlet: 'Test Post', title: 'T', published: '2025-03-27' };

describe('the side a name is spelt for, first seen in blind set heldout115', () => {
  it("reads Ukraine's transliteration and the Russian forms, and nothing from a name both share", () => {
    expect(sideOfName('Maksym Horodnychyi')).toBe('ua');
    expect(sideOfName('Oleksandr Syrskyi')).toBe('ua');
    expect(sideOfName('Horodnychyi')).toBe('ua');
    expect(sideOfName('Maxim Ivanov')).toBe('ru');
    expect(sideOfName('Sergei Kuzmin')).toBe('ru');
    expect(sideOfName('Ivan Petrenko')).toBeNull();
    expect(sideOfName('Roman Kovalenko')).toBeNull();
  });

  it('puts a spokesman of no side named with the ground he speaks of in Russia on the side his name is', () => {
    const text = `Briefing.

Ukrainian units are still holding positions near Demidovka in Russia's Belgorod region, General Staff spokesman Maksym Horodnychyi said on Wednesday.

According to the spokesman, Ukrainian assault groups control the northern part of the village.`;
    const drafts = draftClaims({ text, source }, gazetteer).drafts;
    expect(drafts.map((d) => d.claimant)).toEqual(['ua-military', 'ua-military']);
  });
});
