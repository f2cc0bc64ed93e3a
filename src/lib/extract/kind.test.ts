import { describe, expect, it } from 'vitest';
import { holderOf, kindOf } from './kind';

// Sentences written for these tests in news style, not taken from any outlet.
describe('kindOf', () => {
  it.each([
    ['Ukrainian forces withdrew from Sudzha after weeks of fighting.', 'withdrawal'],
    ['Russian troops captured the village on Saturday.', 'control'],
    ['The town has fallen, the ministry said.', 'control'],
    ['Kyiv said its troops still held a narrow strip of the region.', 'control'],
    ['Ukrainian units advanced 5 kilometres towards the town.', 'advance'],
    ['Russian assault groups broke into Mali Shcherbaky.', 'advance'],
    ['Heavy fighting continued on the outskirts of Pokrovsk.', 'contested'],
    ['A drone strike injured two people in Sumy.', 'strike'],
    ['Putin vowed to secure the border regions.', 'statement'],
    ['The region is home to about a million people.', 'context'],
  ])('%s', (sentence, kind) => expect(kindOf(sentence)).toBe(kind));
});

describe('holderOf', () => {
  it('takes the first force named', () => {
    expect(holderOf('Ukrainian forces withdrew as Russian troops advanced.', 'ru', false)).toBe('ua');
    expect(holderOf('Russian troops took the village from Ukrainian units.', 'ua', false)).toBe('ru');
  });

  it('falls back on the speaker, who answers the other side when denying', () => {
    expect(holderOf('The ministry said it had liberated the village.', 'ru', false)).toBe('ru');
    expect(holderOf('Kyiv denied that the town had fallen.', 'ua', true)).toBe('ru');
    expect(holderOf('The town fell.', null, false)).toBeUndefined();
  });
});
