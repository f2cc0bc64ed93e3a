import { describe, expect, it } from 'vitest';
import { segments } from './segments';

describe('segments', () => {
  it('cuts the text at each sentence drafted, and names the drafts of each piece', () => {
    expect(
      segments(30, [
        { id: 'd1', span: [5, 12] },
        { id: 'd2', span: [5, 12] }, // a second claim from the same sentence
        { id: 'd3', span: [20, 30] },
      ]),
    ).toEqual([
      { start: 0, end: 5, drafts: [] },
      { start: 5, end: 12, drafts: ['d1', 'd2'] },
      { start: 12, end: 20, drafts: [] },
      { start: 20, end: 30, drafts: ['d3'] },
    ]);
  });
  it('gives the whole text as one piece when nothing was drafted, and keeps spans inside it', () => {
    expect(segments(10, [])).toEqual([{ start: 0, end: 10, drafts: [] }]);
    expect(segments(10, [{ id: 'd1', span: [0, 40] }])).toEqual([{ start: 0, end: 10, drafts: ['d1'] }]);
  });
});
