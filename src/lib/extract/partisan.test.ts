import { describe, expect, it } from 'vitest';
import { isPartisan, voiceSide } from './partisan';

// Sentences written for these tests, not from any outlet.
describe('a side speaking in its own voice', () => {
  it.each([
    'Our infantry are still dug in on the western edge of the village.',
    'On the night of 2 to 3 April we pulled out of Popovka.',
    'But the village as a whole is ours.',
    'Since then we have held a narrow strip along the border.',
  ])('is read in "%s"', (words) => expect(isPartisan(words)).toBe(true));

  it.each([
    'Russian forces hold most of the village, our analysis shows.',
    'We spoke to him by video link from a command post.',
    'The enemy has been attacking south, towards Sumy.',
    'We have geolocated footage from the village centre.',
  ])('is not read in "%s" (an outlet may write that)', (words) => expect(isPartisan(words)).toBe(false));

  it('is on the side opposite the one it names as only its enemy would', () => {
    expect(voiceSide('The Russians took Grafovka back on 27 March.')).toBe('ua');
    expect(voiceSide('Ukrainian nationalists tried to break through near Popovka.')).toBe('ru');
    expect(voiceSide('Our units pulled back from two positions.')).toBeNull();
    expect(voiceSide('The Russians say the Ukrainians left.')).toBeNull();
  });
});
