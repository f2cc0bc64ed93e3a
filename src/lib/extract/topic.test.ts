import { describe, expect, it } from 'vitest';
import { draftClaims } from './draft';
import { gazetteer } from './fixtures/gazetteer';
import { topicLine } from './topic';

// Written for these tests, not from any outlet.
const source = { id: 'T', outlet: 'Test Wire', title: 'T', published: '2025-07-15' };

describe('a fact box entry headed by its place (heldout123)', () => {
  const text = `FACTBOX-Who holds which villages

Below is what each side says about the main villages.

Yunakivka
The largest village in the area. Held by Ukraine. Russian bloggers said on July 9 that assault groups had reached its northern outskirts.

Analysis
Held by nobody, some say.`;

  it('finds the heading over a sentence below it, not over the heading line nor under a heading of words', () => {
    const below = text.indexOf('Held by Ukraine');
    expect(text.slice(...Object.values(topicLine(text, below)!))).toBe('Yunakivka');
    expect(topicLine(text, text.indexOf('Yunakivka'))).toBeNull();
    expect(topicLine(text, text.indexOf('Below is'))).toBeNull();
  });

  it("drafts the entry's sentences that name no place as of its place", () => {
    const drafts = draftClaims({ text, source }, gazetteer).drafts;
    const held = drafts.find((d) => text.slice(...d.span) === 'Held by Ukraine.');
    expect(held).toMatchObject({ kind: 'control', candidates: ['Yunakivka'] });
    expect(drafts.some((d) => text.slice(...d.span).includes('Held by nobody'))).toBe(false);
  });
});
