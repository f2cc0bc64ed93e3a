/**
 * Speakers as news copy names them in passing: a local body, a capital, "one channel", a
 * soldier who talked to the reporter, "he urged" going on with the speaker before. First
 * seen as "no one is cited" drafts across the blind sets; sentences written for these
 * tests, not taken from any outlet.
 */
import { describe, expect, it } from 'vitest';
import { findClaimant, followsUp, type Side } from './claimant';
import { gazetteer } from './fixtures/gazetteer';

const said = (sentence: string, side: Side | null = null) => findClaimant(sentence, side)?.claimant ?? null;

describe('findClaimant: speakers named in passing', () => {
  it.each<[string, Side | null, string]>([
    ['A drone hit the bakery in Krasnaya Yaruga, the district administration said.', 'ru', 'ru-official'],
    ['A drone hit the bus station in Lgov, the region’s operational headquarters said.', 'ru', 'ru-official'],
    ['According to the RMA, guided bombs struck Bilopillia on Monday.', 'ua', 'ua-official'],
    ['The OMA described the claim as false.', null, 'ua-official'],
    ['Moscow declared Kurakhove taken on 5 January.', null, 'ru-official'],
    ['Kyiv accepts that Oleksiivka has been lost.', null, 'ua-official'],
    ['Last August, by Kyiv’s own count, its troops held 1,300 square kilometres.', null, 'ua-official'],
    ['One widely read channel said that infantry had entered Demidovka.', null, 'ru-milblogger'],
    [
      'One of the channels, which has 400,000 subscribers, added that the town had fallen.',
      null,
      'ru-milblogger',
    ],
    ['Ukrainian air assault troops say they have cleared Oleksiivka.', null, 'ua-military'],
    ['A Ukrainian member of parliament wrote that troops held the village.', null, 'ua-official'],
    ['Officials in the southern Russian port of Novorossiysk said a fire broke out.', null, 'ru-official'],
    ['Regional officials in Ukraine said Russian glide bombs had hit Sumy.', null, 'ua-official'],
    ['The State Border Guard Service has confirmed that its units withdrew.', null, 'ua-military'],
    ['The 1st Corps of the National Guard said its units had cleared the village.', null, 'ua-military'],
    [
      'Two soldiers from a unit that left Sudzha on Tuesday night told me the road was cut.',
      'ua',
      'ua-military',
    ],
    ['The town is in ruins, and soldiers there say the front runs through its streets.', 'ua', 'ua-military'],
    ['A source in the Sever group who spoke to our site said units had advanced.', null, 'ru-military'],
    ['"We pushed them back eleven kilometres," the major told me as we parted.', 'ru', 'ru-military'],
    ['The military tell us that the belts have been cleared.', 'ru', 'ru-military'],
    ['According to the border service, a group crossed the border near Grafovka.', 'ru', 'ru-military'],
    ["Yesterday's MoD bulletin said the village had been cleared.", 'ru', 'ru-military'],
    [
      "Ukraine's Northern Operational Command answered that its units still held Popovka.",
      'ru',
      'ua-military',
    ],
    ['The popular channel Severny Rubezh wrote that fighting went on.', null, 'ru-milblogger'],
    [
      'Even the British Defence Ministry, in its update, acknowledged that Ukrainian units had advanced.',
      null,
      'foreign-official',
    ],
  ])('%s', (sentence, side, claimant) => expect(said(sentence, side)).toBe(claimant));

  it('names the capital, not the phrase, for "by Kyiv’s own count"', () =>
    expect(findClaimant('By Kyiv’s own count, its troops held 1,300 square kilometres.', null)?.name).toBe(
      'Kyiv',
    ));

  it.each<[string, Side | null]>([
    // a building, not a body speaking
    ['Our flag is already flying over the district administration in Sudzha.', 'ru'],
    // a broadcaster describing itself, and a side other than Russia's
    ['Transcript of the evening news on Siverskyi Krai TV, a regional channel.', 'ua'],
    ['A Ukrainian Telegram channel said the bridge was hit.', null],
    // soldiers told of, not speaking
    ['Ukrainian drones killed soldiers near Tetkino, officials said.', null],
  ])('names no such speaker in "%s"', (sentence, side) =>
    expect(['ru-official', 'ru-milblogger', 'ua-military']).not.toContain(said(sentence, side)),
  );
});

describe('followsUp: a sentence going on with the speaker before', () => {
  it.each([
    'He again urged the remaining residents to leave.',
    'He promised that the school would be repaired before September.',
    'He calls on the soldiers there to lay down their arms.',
    'He did concede that fighting had intensified.',
    'Speaking to our newspaper by telephone on Thursday evening, he said the units were retreating.',
    'In his account, the Russians now hold most of the southern half of the city.',
    'Another said fighting continued for the road.',
    'Another reported on 6 May that units had retaken the outskirts.',
    "Its summary on 31 March put the month's total in the region at 31 settlements.",
    'He ordered the compulsory evacuation of families with children.',
    'They write that the Ukrainians are sitting in Demidovka.',
    'It called the report "propaganda", saying fighting was continuing.',
    'Its most recent claim in Sumy region, on 9 August, was the capture of Oleksiivka.',
  ])('%s', (sentence) => expect(followsUp(sentence)).not.toBeNull());
});

describe('findClaimant: a speaker who as a rule says nothing of it', () => {
  it('is not who speaks in "rarely says anything about ..., where ..."', () => {
    expect(
      said(
        'The governor rarely says anything about the fighting, where Ukrainian forces have kept a toehold.',
        'ru',
      ),
    ).toBeNull();
    // (one who "did not comment" on one thing is still the one "It said" goes on with)
    expect(said("Russia's defence ministry did not comment directly on Kotlyne.")).toBe('ru-military');
  });
});

describe('findClaimant: a body named acting, another saying so', () => {
  it('is the one saying so in "the Ukrainian command tried to counterattack ..., commanders here say"', () =>
    expect(
      said(
        'Twice this week the Ukrainian command tried to counterattack towards Mali Shcherbaky, commanders here say.',
        'ru',
      ),
    ).toBe('ru-military'));
  it('reads "Z-channels" as war bloggers', () =>
    expect(said('My neighbour reads the Z-channels on his phone.')).toBe('ru-milblogger'));
});

describe('findClaimant: a body named as the one answered', () => {
  it('is not who speaks in "Contrary to the fantasies of the Russian ministry, ..."', () =>
    expect(
      said('Contrary to the fantasies of the Russian ministry, our units control the centre.'),
    ).toBeNull());
  it('is not who speaks in "answered Rogov", "replied to Gladkov": the one answering is', () => {
    const people = { index: gazetteer.officials!, date: '2025-07-18' };
    expect(
      findClaimant("The brigade's spokeswoman answered Rogov by phone on Friday.", null, people),
    ).toBeNull();
    expect(findClaimant('The mayor replied to Gladkov within the hour.', null, people)).toBeNull();
    expect(findClaimant('Rogov answered the brigade on Friday.', null, people)?.claimant).toBe('ru-official');
  });
});

describe('followsUp: "According to the ministry"', () => {
  it('goes on with a ministry only: its role is said', () =>
    expect(followsUp('According to the ministry, fighting is also under way for Grishino.')?.role).toBe(
      'ministry',
    ));
});

describe('followsUp: no speaker going on', () => {
  it('in "One of them, Lyuba, told me", someone new', () =>
    expect(followsUp('One of them, Lyuba, told me the vehicles came up to the village.')).toBeNull());
  it('in "which puts pressure on the road"', () =>
    expect(followsUp('Since then they have pushed 4 km west, which puts pressure on the road.')).toBeNull());
});
