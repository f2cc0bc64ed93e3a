import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { parseLedgerFile } from '../claims/parse';
import { draftsFileSchema } from './drafts-file';
import { appendRecords, draftProblems, ledgerClaim, repeatedWords } from './accept';
import type { DraftClaim } from './draft-claim';

const ARTICLE = `Russia's defence ministry said on Saturday that its forces had captured Sudzha, the largest town Ukraine held in the Kursk region.`;

describe('repeatedWords', () => {
  it('finds the longest run of six or more words the article has in a row', () => {
    expect(
      repeatedWords('Moscow says its forces had captured Sudzha, the largest town it lost.', ARTICLE),
    ).toBe('its forces had captured Sudzha the largest town');
  });
  it('ignores case, punctuation and curly apostrophes', () => {
    expect(repeatedWords('RUSSIA’S DEFENCE MINISTRY — said on Saturday: yes.', ARTICLE)).toBe(
      'RUSSIA’S DEFENCE MINISTRY said on Saturday',
    );
  });
  it('lets shorter shared phrases through: names and titles are facts', () => {
    expect(repeatedWords("Russia's defence ministry claims Sudzha was taken.", ARTICLE)).toBeNull();
    expect(repeatedWords('Five words: had captured Sudzha the largest', ARTICLE)).toBeNull();
  });
});

const draft: DraftClaim = {
  id: 'X-1-d1',
  draft: true,
  region: 'kursk',
  date: '2025-03-15',
  date_precision: 'day',
  as_of: '2025-03-17',
  claimant: 'ru-military',
  claimant_name: "Russia's defence ministry",
  kind: 'control',
  holder: 'ru',
  places: ['sudzha'],
  figures: [],
  source: 'X-1',
  paraphrase: '',
  span: [0, 10],
  denies: 'X-1-d0',
  candidates: ['Somewhere'],
  review: ['date carried from earlier in the paragraph', 'speaker carried from the previous sentence'],
};

describe('draftProblems', () => {
  const text = `article: { file: a.txt, sha256: ${'a'.repeat(64)} }
source: { id: X-1, outlet: O, title: T, published: 2025-03-17, published_precision: day, in_brief: false }
claims:
  - id: X-1-d1
    draft: true
    region: kursk
    date: 2025-03-15
    date_precision: day
    as_of: 2025-03-17
    claimant: ru-military
    claimant_name: Russia's defence ministry
    kind: control
    source: X-1
    paraphrase: ""
    span: [0, 10]
    review:
      - date carried from earlier in the paragraph
      - speaker carried from the previous sentence
`;
  const read = parseLedgerFile(text, 'drafts/X-1.yaml', draftsFileSchema);
  if (!read.ok) throw new Error(read.errors.join('\n'));

  it('names the empty paraphrase and each note not answered, on its own line', () => {
    expect(draftProblems(draft, 0, read.located, ARTICLE).map((e) => e.message)).toEqual([
      'drafts/X-1.yaml:14: record X-1-d1, field paraphrase: is empty: write what the claim says, in our own words',
      'drafts/X-1.yaml:17: record X-1-d1, field review: note not answered: "date carried from earlier in the paragraph" (check it, fix the record if needed, then delete the note)',
      'drafts/X-1.yaml:18: record X-1-d1, field review: note not answered: "speaker carried from the previous sentence" (check it, fix the record if needed, then delete the note)',
    ]);
  });
  it('accepts a paraphrase in other words once the notes are gone', () => {
    const ready = {
      ...draft,
      review: undefined,
      paraphrase: 'Moscow claimed Sudzha, the biggest town Kyiv had taken.',
    };
    expect(draftProblems(ready, 0, read.located, ARTICLE)).toEqual([]);
  });
});

describe('ledgerClaim', () => {
  it('drops the fields only a draft has', () => {
    const claim = ledgerClaim({ ...draft, paraphrase: 'In our words.' });
    expect(Object.keys(claim)).not.toEqual(expect.arrayContaining(['draft']));
    for (const field of ['draft', 'span', 'denies', 'candidates', 'review'])
      expect(claim).not.toHaveProperty(field);
    expect(claim).toMatchObject({ id: 'X-1-d1', places: ['sudzha'], paraphrase: 'In our words.' });
  });
});

describe('appendRecords', () => {
  const LEDGER = `# Kursk: claims and tracks
claims:
  - id: K1 # the first
    places: [sudzha]
    paraphrase: First.

tracks:
  - region: kursk
`;
  it('appends after the last claim, before what follows, keeping the rest as it was', () => {
    const out = appendRecords(
      LEDGER,
      [{ id: 'K2', places: ['sudzha'], figures: [{ value: 2, unit: 'km' }] }],
      'claims',
    );
    expect(out).toBe(`# Kursk: claims and tracks
claims:
  - id: K1 # the first
    places: [sudzha]
    paraphrase: First.
  - id: K2
    places: [sudzha]
    figures: [{ value: 2, unit: km }]

tracks:
  - region: kursk
`);
    expect(parse(out).claims.map((c: { id: string }) => c.id)).toEqual(['K1', 'K2']);
  });
  it('starts the list in a file that has none, or an empty one', () => {
    expect(parse(appendRecords('claims: []\ntracks: []\n', [{ id: 'K1' }], 'claims'))).toEqual({
      tracks: [],
      claims: [{ id: 'K1' }],
    });
    expect(parse(appendRecords('', [{ id: 'K1' }], 'claims'))).toEqual({ claims: [{ id: 'K1' }] });
  });
  it('appends to a top-level list (sources.yaml), and leaves a file alone with nothing to add', () => {
    const sources = '- id: A\n  outlet: One\n';
    expect(appendRecords(sources, [{ id: 'B', outlet: 'Two' }])).toBe(
      '- id: A\n  outlet: One\n- id: B\n  outlet: Two\n',
    );
    expect(appendRecords(sources, [])).toBe(sources);
  });
});
