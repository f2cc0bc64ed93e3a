/** The editors' guide (docs/certainty.md) shows the same range rules the code applies. */
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { QUALIFIER_RULES, WORD_RULES } from './range';

const doc = readFileSync('docs/certainty.md', 'utf8');
const rows = (heading: string) => {
  const lines = doc.slice(doc.indexOf(heading)).split('\n');
  const start = lines.findIndex((l) => l.startsWith('|'));
  const end = lines.findIndex((l, i) => i > start && !l.startsWith('|'));
  // the header and the separator row first, then one row per rule
  return lines.slice(start + 2, end).map((line) =>
    line
      .split('|')
      .slice(1, -1)
      .map((c) => c.trim().replaceAll('`', '')),
  );
};
const factor = (cell: string) => (cell === 'v' ? 1 : cell === '0' ? 0 : Number(cell.replace(' v', '')));

test('the qualifier table is the code’s table', () => {
  const table = rows('### Qualifiers');
  expect(table.map((r) => r[0]).sort()).toEqual(Object.keys(QUALIFIER_RULES).sort());
  for (const [qualifier, , min, max] of table)
    expect({ min: factor(min), max: factor(max) }, qualifier).toEqual(
      QUALIFIER_RULES[qualifier as keyof typeof QUALIFIER_RULES],
    );
});

test('the bounding words table is the code’s table', () => {
  const table = rows('### Words that bound');
  expect(table.map((r) => r[0]).sort()).toEqual(Object.keys(WORD_RULES).sort());
  for (const [words, , share] of table)
    expect(Number(share), words).toBe(WORD_RULES[words as keyof typeof WORD_RULES].share);
});
