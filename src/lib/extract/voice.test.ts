import { describe, expect, it } from 'vitest';
import { ownWords, statementVoice } from './voice';

// Written for these tests, not taken from any outlet.
describe('statementVoice', () => {
  it("hears a side's own bulletin: our units, and what it calls the other side", () => {
    const ua = 'Our units repelled 12 attacks. The occupiers lost two tanks. Our defenders hold the line.';
    expect(statementVoice(ua)).toMatchObject({ claimant: 'ua-military', generic: true });
    const ru = 'Our troops liberated the village. VSU formations retreated. Our units advanced.';
    expect(statementVoice(ru)?.claimant).toBe('ru-military');
    // a regional administration's report: the same voice, an official's
    const region = `${ua} The regional military administration said the city was shelled; the governor thanked volunteers.`;
    expect(statementVoice(region)?.claimant).toBe('ua-official');
  });
  it("hears a Russian ministry's briefing by its words for the war and the other side", () => {
    const briefing =
      'The Armed Forces of the Russian Federation continue the special military operation. The enemy lost 35 servicemen. Our units cleared the forest belts. The enemy retreated. Ukrainian formations shelled Belgorod. The enemy lost a tank.';
    expect(statementVoice(briefing)?.claimant).toBe('ru-military');
  });
  it('hears a release that says "our units" once and "the enemy" throughout', () => {
    const release =
      'The enemy tried to cross the border near the village. Border guards of the detachment and the Defence Forces met the attack. The enemy withdrew. Our units hold all positions. The enemy lost two vehicles.';
    expect(statementVoice(release)).toMatchObject({ claimant: 'ua-military' });
    // once, with the enemy named only twice: not enough to hear a voice
    expect(
      statementVoice('The enemy attacked. Our units held. The enemy left. The occupiers fled.'),
    ).toBeNull();
  });
  it('takes the role from whose channel the title and first lines say it is', () => {
    const update = `Regional military administration: morning update

Our defenders hold the village. The occupiers shelled the town twice.

According to the General Staff, our units repelled an attack. The brigade's press officer said the enemy lost a tank.`;
    expect(statementVoice(update)?.claimant).toBe('ua-official');
  });
  it('hears no one in a news story, or where the side is not told', () => {
    expect(statementVoice('"Our units held," the governor said. Russian forces advanced.')).toBeNull();
    expect(statementVoice('Our units held. Our troops advanced.')).toBeNull();
    // "air defence forces" are anyone's, not Ukraine's Defence Forces by name
    expect(
      statementVoice('Our units held. Our fighters advanced. Air defence forces shot down 19 drones.'),
    ).toBeNull();
    // quoted words are the speaker's, not the story's: twice "our troops" in quotes is no voice
    expect(
      statementVoice(
        '"Our troops hold," he said. "Our units advanced," she said. The occupiers, they said, fled.',
      ),
    ).toBeNull();
  });

  it("goes on with a side's military in a sentence citing no one that uses its words", () => {
    const ministry = {
      claimant: 'ru-military' as const,
      name: "Russia's defence ministry",
      start: 0,
      end: 0,
      stance: 'asserts' as const,
      generic: false,
    };
    const peskov = { ...ministry, claimant: 'ru-official' as const, name: 'Peskov' };
    const relayed = 'Units of the Dnepr group of forces liberated the settlement of Lobkovoye.';
    expect(ownWords(relayed, ministry)).toBe(ministry);
    // after someone else, the outlet's own voice; in quotation marks, the quoted speaker's
    expect(ownWords(relayed, peskov)).toBeNull();
    expect(
      ownWords('The ministry said troops had "liberated" the village of Lobkovoye.', ministry),
    ).toBeNull();
    expect(ownWords('Russian troops captured the village of Lobkovoye.', ministry)).toBeNull();
  });
});
