/**
 * Whose side a speaker is on when the words say it sideways, as first seen in blind sets
 * heldout59 to heldout64. Sentences written for these tests, not taken from any outlet.
 */
import { describe, expect, it } from 'vitest';
import { denies, findClaimant } from './claimant';

const claimant = (sentence: string) => findClaimant(sentence, null)?.claimant ?? null;

describe('findClaimant: a side said sideways', () => {
  it.each([
    [
      'The press service of the 219th Brigade, one of the Ukrainian units on the Kursk axis, published a statement.',
      'ua-military',
    ],
    ['A spokesman for the General Staff has told Ukrainian television there is no threat.', 'ua-military'],
    ['Ukrainian officers I have spoken to privately concede that units have pulled back.', 'ua-military'],
    ['Several pro-army Telegram channels wrote that assault groups had entered the town.', 'ru-milblogger'],
    ['Russian propaganda channels claimed that Russian troops had retaken Guevo.', 'ru-milblogger'],
    // (heldout94)
    ["Ukraine's regional head says the village remains under Ukrainian control.", 'ua-official'],
    // a grouping by the name only its own side gives it (heldout102)
    ['According to the Northern operational-tactical group, our units pushed the enemy back.', 'ua-military'],
    ['The Northern operational-tactical group reports that units have withdrawn.', 'ua-military'],
    ['The Sever group of forces said its units took Basivka.', 'ru-military'],
  ])('%s', (sentence, side) => expect(claimant(sentence)).toBe(side));

  it('names no side where the words give none', () => {
    expect(claimant('A spokesman for the General Staff said there is no threat.')).toBeNull();
  });
});

describe('denies: an analyst’s or a ministry’s words of denial', () => {
  it.each([
    'Geolocated footage does not support that claim.',
    'We regard this as overstated.',
    'The General Staff calls this a fantasy.',
    'The reports do not correspond to reality.',
    "Nothing supports Markin's claim about the city.",
  ])('%s', (sentence) => expect(denies(sentence)).toBe(true));

  it('reads support as no denial', () => expect(denies('The footage supports the claim.')).toBe(false));
});
