import { describe, expect, it } from 'vitest';
import type { FoundClaimant } from './claimant';
import { definiteSpeaker } from './coreference';
import { speakerOf } from './sentence-words';
import { officials } from './fixtures/gazetteer';

// Written for these tests, not taken from any outlet.
const speaker = (claimant: FoundClaimant['claimant'], name: string): FoundClaimant => ({
  claimant,
  name,
  start: 0,
  end: name.length,
  stance: 'asserts',
  generic: false,
});
const channel = speaker('ru-milblogger', 'pro-Russian war channels');
const ministry = speaker('ru-military', "Russia's defence ministry");
const staff = speaker('ua-military', "Ukraine's general staff");

describe('definiteSpeaker', () => {
  it('finds the latest speaker of the kind named, past other speakers', () => {
    const found = definiteSpeaker('"We took the school," the channel wrote on Saturday.', [
      channel,
      ministry,
    ]);
    expect(found?.speaker).toBe(channel);
    expect(definiteSpeaker('The same channel claimed a breakthrough.', [channel, staff])?.speaker).toBe(
      channel,
    );
    // a blogger is a channel's kind of speaker
    expect(definiteSpeaker('The blogger added that the unit fell back.', [channel, ministry])?.speaker).toBe(
      channel,
    );
  });
  it('reads a bulletin\'s tally as its speaking: "the General Staff counted" is the one named before', () => {
    expect(
      definiteSpeaker('The General Staff counted 14 clashes in the sector.', [staff, ministry])?.speaker,
    ).toBe(staff);
    expect(
      definiteSpeaker('The General Staff recorded 46 assaults near the town.', [staff, ministry])?.speaker,
    ).toBe(staff);
  });
  it('takes "the department" back to the ministry, as translated reports call it', () => {
    expect(
      definiteSpeaker('Two attacks were repelled, the department said.', [channel, ministry])?.speaker,
    ).toBe(ministry);
  });
  it('prefers the same noun within a kind: "the ministry" is the ministry, not a general staff', () => {
    expect(definiteSpeaker('The attack was repelled, the ministry said.', [ministry, staff])?.speaker).toBe(
      ministry,
    );
    expect(
      definiteSpeaker('The attack was repelled, the general staff said.', [ministry, staff])?.speaker,
    ).toBe(staff);
  });
  it('reads one word between, and "according to the ministry\'s", but not a side\'s name', () => {
    expect(
      definiteSpeaker('Troops took the village, the Defence Ministry reported.', [ministry, staff])?.speaker,
    ).toBe(ministry);
    expect(
      definiteSpeaker("Units advanced, according to the ministry's daily briefing.", [ministry])?.speaker,
    ).toBe(ministry);
    expect(definiteSpeaker('The Ukrainian ministry said the attack failed.', [ministry])).toBeNull();
  });
  it('reads "the brigade\'s statement", "the blogger, who ..., posted", and "the head of the RMA"', () => {
    const brigade = speaker('ua-military', 'A Ukrainian assault brigade');
    const head = speaker('ua-official', 'The head of the Sumy Regional Military Administration');
    expect(definiteSpeaker("The brigade's statement, as posted:", [brigade, ministry])?.speaker).toBe(
      brigade,
    );
    expect(
      definiteSpeaker('At 14:40 the blogger, who says he is near Sudzha, posted again.', [channel, ministry])
        ?.speaker,
    ).toBe(channel);
    expect(
      definiteSpeaker('As the head of the RMA specified, the enemy entered the village.', [head, ministry])
        ?.speaker,
    ).toBe(head);
    // a name between is a speaker of its own: "the Belgorod governor, Vyacheslav Gladkov, says"
    expect(
      definiteSpeaker('The Belgorod governor, Vyacheslav Gladkov, says the attack failed.', [head]),
    ).toBeNull();
  });
  it('finds none without such a phrase, without a speaker of that kind, or for "chief of the ..."', () => {
    expect(definiteSpeaker('Russian troops advanced near the village.', [channel])).toBeNull();
    expect(definiteSpeaker('The governor said two people were hurt.', [channel, ministry])).toBeNull();
    expect(definiteSpeaker('The chief of the general staff said the town was the aim.', [staff])).toBeNull();
  });
});

describe('speakerOf with the speakers named before', () => {
  it('takes "the channel wrote" back to the channel when another speaker came between', () => {
    const heard = speakerOf(
      '"Our guys took the school," the channel wrote on Saturday.',
      ministry,
      null,
      undefined,
      [channel, ministry],
    );
    expect(heard).toEqual({ speaker: channel, carried: true });
  });
  it("keeps an official of the area told of: another side's governor named before is not them", () => {
    const gladkov = speaker('ru-official', 'Governor Vyacheslav Gladkov');
    const heard = speakerOf(
      'Bombs hit Sumy on Thursday, the regional administration said.',
      null,
      'ua',
      undefined,
      [gladkov],
    );
    expect(heard.speaker?.claimant).toBe('ua-official');
  });
  it('keeps a speaker the sentence names before the phrase', () => {
    const heard = speakerOf(
      "Ukraine's general staff said the attack failed, which the channel wrote was a lie.",
      null,
      null,
      undefined,
      [channel],
    );
    expect(heard.speaker?.claimant).toBe('ua-military');
    expect(heard.carried).toBe(false);
  });

  it('takes someone new, not the speaker before, from "A Russian officer ..., his face blurred, said" (heldout135)', () => {
    const heard = speakerOf(
      'A Russian officer interviewed by the channel, his face blurred, said troops had pushed the front south of Sudzha.',
      staff,
      'ru',
      undefined,
      [staff],
    );
    expect(heard.speaker?.claimant).toBe('ru-military');
    expect(heard.carried).toBe(false);
  });

  it('takes "Its General Staff insists" after Kiev spoke to that side\'s military (heldout136)', () => {
    const kiev = speaker('ua-official', 'Kiev');
    const heard = speakerOf(
      'Its General Staff insists that Ukrainian troops are still holding the industrial zone.',
      kiev,
      'ua',
      undefined,
      [kiev],
    );
    expect(heard.speaker).toMatchObject({ claimant: 'ua-military', name: 'General Staff' });
  });

  it('takes a body named by its title ("The Defence Ministry said") only to one named so before', () => {
    expect(definiteSpeaker('The area was cleared, the Defence Ministry said.', [staff])).toBeNull();
    expect(definiteSpeaker('The area was cleared, the ministry said.', [staff])?.speaker).toBe(staff);
  });

  it('takes "the district head said" back to the official named before', () => {
    const head = { ...channel, claimant: 'ru-official' as const, name: 'district head Andrei Mishin' };
    expect(definiteSpeaker('"It is ours," the district head said.', [head, ministry])?.speaker).toBe(head);
  });
});

describe('speakerOf: "according to the same mappers"', () => {
  it('is the mappers named before, not the speaker just before', () => {
    const mappers = speaker('independent', 'DeepState');
    const envoy = speaker('foreign-official', 'A Western official');
    const found = speakerOf(
      'Russian forces now hold around 200 square kilometres of Sumy region, according to the same mappers.',
      envoy,
      'ua',
      undefined,
      [mappers, envoy],
    );
    expect(found.speaker).toBe(mappers);
    // "the same source" still goes on with the speaker before
    expect(speakerOf('Units held the village, according to the same source.', envoy, 'ua').speaker).toBe(
      envoy,
    );
  });
});

describe('speakerOf: "he said" after a speaker the sentence names first (heldout118)', () => {
  it('is the one named, not the speaker before', () => {
    const heard = speakerOf(
      'Vladyslav Voloshyn, spokesman for the Southern Defence Forces, called the report "fairy tales": Mali Shcherbaky remained a grey zone, he said.',
      ministry,
      'ua',
      { index: officials, date: '2025-10-06' },
    );
    expect(heard.speaker).toMatchObject({ claimant: 'ua-military', name: 'Vladyslav Voloshyn' });
    expect(heard.carried).toBe(false);
  });
  it('reads no brigade the ministry tells of as speaking ("..., the ministry said")', () => {
    const heard = speakerOf(
      'Units repelled four attacks by assault groups of the 95th air assault brigade of the Ukrainian armed forces near Popovka, the ministry said.',
      ministry,
      'ru',
    );
    expect(heard).toEqual({ speaker: ministry, carried: true });
  });
});
