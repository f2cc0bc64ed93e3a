import { describe, expect, it } from 'vitest';
import { denies, findClaimant, followsUp } from './claimant';
import { officials } from './fixtures/gazetteer';

// Sentences written for these tests in news style, not taken from any outlet.
describe('findClaimant: who is told of, and who speaks', () => {
  it('gives the claim of reports answered to whom they name, and reads no speaker in forces told of', () => {
    expect(
      findClaimant(
        'The governor responded to reports, repeated by the General Staff of the Armed Forces of Ukraine, that Ukrainian troops had taken Popovka.',
        null,
      ),
    ).toMatchObject({ claimant: 'ua-military' });
    expect(
      findClaimant(
        'Losses of the Ukrainian armed forces in the area amounted to up to 420 servicemen.',
        null,
      ),
    ).toBeNull();
    expect(
      findClaimant('As of this morning our map still shows the town in Ukrainian hands.', null),
    ).toMatchObject({ claimant: 'independent' });
  });

  it('reads "is not under Russian control" and "is not theirs" as denials', () => {
    expect(denies('"Udachne is not under Russian control," the spokesman said.')).toBe(true);
    expect(denies('"Mali Shcherbaky is not theirs," he said.')).toBe(true);
    expect(denies('Mali Shcherbaky is not far from the front.')).toBe(false);
  });

  it('hears no speaker in forces acting with no word of saying, and reads "the Russian ministry", "military blog"', () => {
    expect(
      findClaimant('The Russian army continues its attempts to advance in the border areas.', null),
    ).toBeNull();
    expect(findClaimant('The Russian army said it continued its attempts to advance.', null)).toMatchObject({
      claimant: 'ru-military',
    });
    expect(
      findClaimant('On 23 September the Russian ministry announced the capture of the town.', null),
    ).toMatchObject({ claimant: 'ru-military' });
    expect(findClaimant('The Russian foreign ministry said the town was taken.', null)).toMatchObject({
      claimant: 'ru-official',
    });
    expect(
      findClaimant(
        'Assault groups entered the town, the pro-Kremlin military blog Severny Veter wrote.',
        null,
      ),
    ).toMatchObject({ claimant: 'ru-milblogger' });
  });

  it('hears "the military said" with a verb of saying, and not "the military situation"', () => {
    expect(
      findClaimant('Ukrainian forces have withdrawn from the town, the military said Wednesday.', 'ua'),
    ).toMatchObject({ claimant: 'ua-military' });
    expect(findClaimant('The military situation near the town is difficult.', 'ua')).toBeNull();
  });

  it('hears an officer "of the Sever group, who ..., told", a corps and a regiment, and "several of them claimed"', () => {
    expect(
      findClaimant(
        'An officer of the Sever group, who asked that his name not be printed, told our correspondent that units had moved forward.',
        'ua',
      ),
    ).toMatchObject({ claimant: 'ru-military' });
    expect(
      findClaimant('The 1st Azov Corps said on Tuesday it had cleared the village.', 'ua'),
    ).toMatchObject({
      claimant: 'ua-military',
    });
    expect(
      findClaimant("Ukraine's 225th Separate Assault Regiment said it had retaken Andriivka.", null),
    ).toMatchObject({ claimant: 'ua-military' });
    expect(followsUp('On Monday several of them claimed that troops had taken the centre.')).not.toBeNull();
  });

  it('hears no one in a person\'s thing answered ("Gerasimov\'s figure"), but hears his spokesman', () => {
    expect(
      findClaimant(
        'The General Staff called Gerasimov\'s figure "pure propaganda" and said the town held.',
        'ua',
        {
          index: officials,
          date: '2025-10-30',
        },
      ),
    ).toMatchObject({ claimant: 'ua-military' });
    expect(
      findClaimant("Putin's spokesman said the town had fallen.", null, {
        index: officials,
        date: '2025-10-30',
      }),
    ).toMatchObject({
      claimant: 'ru-official',
    });
  });
});

describe('a unit named acting is told of, not speaking', () => {
  // Written for this test, not from any outlet.
  it('"servicemen of the 70th Motor Rifle Regiment broke into ..." names no speaker; "the regiment said" does', () => {
    expect(
      findClaimant('On 18 August, servicemen of the 70th Motor Rifle Regiment broke into Stepnohirsk.', 'ua'),
    ).toBeNull();
    expect(
      findClaimant('The 70th Motor Rifle Regiment said it broke into Stepnohirsk.', 'ru'),
    ).not.toBeNull();
  });
});
