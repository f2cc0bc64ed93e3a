import { describe, expect, it } from 'vitest';
import { draftClaims } from './draft';
import { gazetteer } from './fixtures/gazetteer';
import { denies } from './claimant';
import { kindOf } from './kind';

// Written for these tests, not from any outlet.
const source = { id: 'T', outlet: 'Test Wire', title: 'T', published: '2025-05-19' };

describe('"not a single village is in enemy hands", first seen in blind sets heldout86 and heldout108-112', () => {
  it('reads none of a side\'s ground "in enemy hands" or "under the control of the Ukrainian armed forces" as disputed', () => {
    expect(kindOf('Not a single village of the Belgorod region is in enemy hands.')).toBe('contested');
    expect(
      kindOf('Not a single village in the region was under the control of the Ukrainian armed forces.'),
    ).toBe('contested');
    expect(kindOf('Not a single village of the region is in the hands of the enemy.')).toBe('contested');
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

describe('", which Kyiv denied": a denial cut from the claim it answers, first seen in blind sets heldout113 and heldout115', () => {
  it('answers the clause it was cut from, though that names no known place, not an earlier placed claim', () => {
    const text = `Kursk news.

Russian bloggers said their units had reached the outskirts of Sudzha. Some of them also said Russian troops had crossed into Ukraine's Sumy region near Basivka, which the regional administration denied.`;
    const drafts = draftClaims({ text, source }, gazetteer).drafts;
    const crossed = drafts.find((d) => text.slice(...d.span).includes('Basivka'));
    const answer = drafts.find((d) => text.slice(...d.span).startsWith('which'));
    expect(answer).toMatchObject({
      kind: 'contested',
      claimant: 'ua-official',
      denies: crossed?.id,
      places: [],
    });
  });
});

describe('"Nothing I can geolocate supports the 85% figure", first seen in blind set heldout116', () => {
  it('answers the claim, carrying its places but not its figure', () => {
    const text = `Thread.

Pro-Russian channels posted on Thursday that Russian forces control 85% of Pokrovsk. Nothing I can geolocate supports the 85% figure.`;
    const [claim, answer] = draftClaims({ text, source }, gazetteer).drafts;
    expect(claim.figures.map((f) => f.value)).toEqual([85]);
    expect(answer).toMatchObject({ kind: 'contested', denies: claim.id, places: ['pokrovsk'], figures: [] });
  });
});

describe('", a claim Ukraine\'s border guards call false", first seen in blind set heldout126', () => {
  it('drafts the denial cut from the claim, though "call" is also a word for an appeal', () => {
    const text = `Radio.

The Russian defence ministry says its troops have crossed into Ukraine's Sumy region near Novenke, a claim Ukraine's border guards call false.`;
    const [claim, answer] = draftClaims({ text, source }, gazetteer).drafts;
    expect(answer).toMatchObject({ kind: 'contested', claimant: 'ua-military', denies: claim.id });
  });
});

describe('a claim called propaganda or disinformation, first seen in blind sets heldout117-122', () => {
  it('reads "calls such statements disinformation", "calls the statement propaganda", "this is fiction"', () => {
    for (const sentence of [
      'The Russian military calls such statements disinformation intended for Western sponsors.',
      "Ukraine's General Staff calls the statement propaganda, saying fighting is still going on.",
      'Kyiv replies that this is propaganda.',
      'This is fiction for their domestic audience.',
    ])
      expect(denies(sentence), sentence).toBe(true);
    // (a report on propaganda denies nothing)
    expect(denies('The channel posts propaganda videos every evening.')).toBe(false);
  });
});

describe('"He called the ministry\'s claim "pure fantasy"", first seen in blind sets heldout153 and heldout155', () => {
  it('reads a claim named with whose it is, or with what it said, called false', () => {
    expect(denies('He called the ministry\'s claim "pure fantasy".')).toBe(true);
    expect(denies('He called the claims of fighting in the centre "a fantasy for television".')).toBe(true);
    expect(denies('He called the ministry in Moscow.')).toBe(false);
  });
  it('drafts it answering the claim, its speaker not the one whose account it dismisses', () => {
    const text = `Pokrovsk news.

Russia's Defence Ministry said its troops controlled 70% of Pokrovsk.

A spokesman for Ukraine's Khortytsia group said on Thursday that its units still held the northern districts of Pokrovsk. He called the ministry's claim "pure fantasy". Separately, Governor Testov said Myrnohrad was "ours" and called the brigade's account "fiction".`;
    const drafts = draftClaims({ text, source }, gazetteer).drafts;
    const answer = drafts.find((d) => text.slice(...d.span).startsWith('He called'));
    expect(answer).toMatchObject({ kind: 'contested', claimant: 'ua-military', denies: drafts[0].id });
    const fiction = drafts.find((d) => text.slice(...d.span).includes('fiction'));
    expect(fiction?.claimant).not.toMatch(/military/);
  });
  it('takes a denial announced off the list when the next sentence tells it, on a place the gazetteer lacks', () => {
    const text = `Sumy news.

Russia's defence ministry claimed its troops had "liberated" Testivka.

Hryhorov called the report about Testivka "another fake". "Our soldiers are in Testivka and hold all of it," he said.`;
    const drafts = draftClaims({ text, source }, gazetteer).drafts;
    expect(drafts.map((d) => text.slice(...d.span).slice(0, 20))).toEqual([
      "Russia's defence min",
      '"Our soldiers are in',
    ]);
  });
});
