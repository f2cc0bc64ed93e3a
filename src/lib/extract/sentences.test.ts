import { describe, expect, it } from 'vitest';
import { splitSentences } from './sentences';

// Written for these tests, not taken from any outlet.
describe('splitSentences', () => {
  it('cuts at end marks, keeps abbreviations and quotes whole, and counts paragraphs', () => {
    const text =
      'Mr. Gladkov said the U.S. officials were wrong on Jan. 31 this year. "The village is ours." It added more.\n\n' +
      'A second paragraph? Yes. Troops reached 1.5 km from Sudzha.';
    const sentences = splitSentences(text).map((s) => [text.slice(s.start, s.end), s.paragraph]);
    expect(sentences).toEqual([
      ['Mr. Gladkov said the U.S. officials were wrong on Jan. 31 this year.', 0],
      ['"The village is ours."', 0],
      ['It added more.', 0],
      ['A second paragraph?', 1],
      ['Yes.', 1],
      ['Troops reached 1.5 km from Sudzha.', 1],
    ]);
  });

  it("ends a sentence at its end mark before a think tank's footnote (heldout80, heldout130)", () => {
    const text =
      'Bloggers said troops took the north of Demidovka.[2] One noted that the south held."[10] It ended.';
    expect(splitSentences(text).map((s) => text.slice(s.start, s.end))).toEqual([
      'Bloggers said troops took the north of Demidovka.[2]',
      'One noted that the south held."[10]',
      'It ended.',
    ]);
  });

  it("ends an entry at a list item or a live blog's time stamp on the next line", () => {
    const text =
      'Villages taken, the ministry said:\n- Grafovka\n- Loknya\n2. Zeleny Shlyakh\n09:40 Two drones hit Sumy\n09:55 The line held.\nA wrapped line goes on\nwithout a break.';
    expect(splitSentences(text).map((s) => text.slice(s.start, s.end))).toEqual([
      'Villages taken, the ministry said:',
      '- Grafovka',
      '- Loknya',
      '2. Zeleny Shlyakh',
      '09:40 Two drones hit Sumy',
      '09:55 The line held.',
      'A wrapped line goes on\nwithout a break.',
    ]);
  });

  it('starts a sentence at a Cyrillic capital and ignores blank paragraphs', () => {
    const text = 'Він сказав це. Суджа впала.\n\n\n   \n\nEnd';
    expect(splitSentences(text).map((s) => text.slice(s.start, s.end))).toEqual([
      'Він сказав це.',
      'Суджа впала.',
      'End',
    ]);
  });
});
