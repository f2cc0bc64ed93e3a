/**
 * The side a front-line report is written from, read from its press's own words, as first
 * seen in blind set heldout84. Texts written for these tests, not taken from any outlet.
 */
import { describe, expect, it } from 'vitest';
import { castOf } from './cast';
import { draftClaims } from './draft';
import { gazetteer } from './fixtures/gazetteer';
import { pressSide, pressWords } from './press-side';
import { statementVoice } from './voice';

const source = {
  id: 'T',
  outlet: 'Test Monitor',
  title: 'Evening news (transcript)',
  published: '2025-10-14',
};

const RUSSIAN =
  'I reached the battalion\'s forward command post before dawn. The high-rises of Krasnoarmeysk, which Kiev calls Pokrovsk, are a grey smudge. "Our lads keep squeezing the enemy," says the commander, call sign Grom.';

describe('pressSide', () => {
  it("is the side whose press the reporter at the front writes in: Russia's for Krasnoarmeysk and Kiev", () => {
    expect(pressSide(RUSSIAN)).toBe('ru');
    expect(
      pressSide(
        'I spent a night in a dugout with a drone team. The occupiers shell the road, and the invaders attack at dawn.',
      ),
    ).toBe('ua');
  });

  it('is no side for a report that is not written from the front, or that uses both presses', () => {
    expect(pressSide('The ministry said Krasnoarmeysk had been encircled; Kiev denied it.')).toBeNull();
    expect(pressSide(RUSSIAN.replace('which Kiev calls', 'which Kyiv calls'))).toBeNull();
  });

  it('gives the soldiers met there that side', () => {
    const [grom] = castOf(RUSSIAN, () => false);
    expect(grom).toMatchObject({ names: ['Grom'], side: 'ru' });
  });
});

describe("a state channel's bulletin, first seen in blind set heldout113", () => {
  const BULLETIN = `Evening news (transcript)

ANCHOR: Units of the Dnepr group of forces have liberated the settlement of Malye Shcherbaki. Our correspondent reports.

SYNC (battalion commander, call sign "Tais"): We went house by house. Now the heights west of the village are ours, and our units have moved forward four kilometres.

ANCHOR: Kiev, as usual, denies everything. A Ukrainian spokesman claimed that "the occupiers only hold the northern outskirts", and that our units are not there.`;

  it("reads the press from its own words, not from the other side's words it quotes", () => {
    expect(pressWords(BULLETIN)).toBe('ru');
    expect(pressWords('Kyiv said the occupiers and the invaders were pushed back.')).toBe('ua');
    expect(pressWords('The settlement was liberated, Moscow said; Kyiv denied it.')).toBeNull();
  });

  it("puts the soldier heard in it on Russia's side, and reads no Ukrainian statement's voice in it", () => {
    const drafts = draftClaims({ text: BULLETIN, source }, gazetteer).drafts;
    const heights = drafts.find((d) => BULLETIN.slice(...d.span).includes('heights'));
    expect(heights?.claimant).toBe('ru-military');
    expect(statementVoice(BULLETIN)?.claimant).not.toBe('ua-military');
  });
});

describe("a ministry named with no country in one side's press, first seen in blind set heldout136", () => {
  // Written for these tests, not from any outlet.
  const SCRIPT = `Sunday review of the week

TESTOV: Good evening. This week our troops completed the liberation of Kurakhovo [Kurakhove], the Defence Ministry reported on Monday. On Thursday the ministry added Dachenskoye, just south of Krasnoarmeysk [Pokrovsk], to the list.

TESTOV: Kiev, as usual, claims the opposite.`;

  it("reads it as that side's ministry, whatever country the place named is in", () => {
    expect(pressWords(SCRIPT)).toBe('ru');
    const [liberation] = draftClaims({ text: SCRIPT, source }, gazetteer).drafts;
    expect(liberation).toMatchObject({ claimant: 'ru-military', places: ['kurakhove'] });
  });

  it('reads no press from names glossed, nor from a writer who names Pokrovsk in their own words', () => {
    expect(
      pressWords(
        'The ministry said it cleared 14 blocks in what it calls Krasnoarmeysk, and Dimitrov, as they call Myrnohrad.',
      ),
    ).toBeNull();
    expect(
      pressWords(
        'Russian forces control 85% of Krasnoarmeysk (Pokrovsk) and have entered Dimitrov, the ministry said.',
      ),
    ).toBeNull();
  });
});

describe("a text translated from one side's language, first seen in blind set heldout156", () => {
  // Written for these tests, not from any outlet.
  const INTERVIEW = `A volunteer battalion's spokesman on the fighting in Belgorod oblast

We reached the battalion's spokesman, Ivan Testenko, call sign "Sova", by phone. The conversation has been translated from Ukrainian and shortened.

— Where is the battalion now?

— Today the battalion holds its positions in and around Demidovka.`;

  it("reads as that side's press, as two of its words would", () => {
    expect(pressWords(INTERVIEW)).toBe('ua');
    expect(pressWords(INTERVIEW.replace('from Ukrainian', 'from Russian'))).toBe('ru');
    expect(
      pressWords(
        INTERVIEW.replace(' The conversation has been translated from Ukrainian and shortened.', ''),
      ),
    ).toBeNull();
    // (one of the other side's words in its own voice leaves it no side's)
    expect(pressWords(`${INTERVIEW} Kiev says nothing.`)).toBeNull();
  });

  it('gives a soldier it names with no side that side', () => {
    const [sova] = castOf(INTERVIEW, () => false);
    expect(sova).toMatchObject({ names: ['Sova'], side: 'ua' });
  });
});
