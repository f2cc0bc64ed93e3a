import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { draftClaimSchema, draftsFileSchema, draftsYaml, mergeDrafts, type DraftsFile } from './drafts-file';

const claim = (n: number, span: [number, number], extra: object = {}) => ({
  id: `S-d${n}`,
  draft: true as const,
  region: 'kursk' as const,
  date: '2025-03-15',
  date_precision: 'day' as const,
  as_of: '2025-03-17',
  claimant: 'ru-military' as const,
  claimant_name: 'Russian defence ministry',
  kind: 'control' as const,
  places: ['sudzha'],
  figures: [],
  source: 'S',
  paraphrase: '',
  span,
  ...extra,
});
const file = (claims: DraftsFile['claims'], sha = 'a'.repeat(64)): DraftsFile => ({
  article: { file: 'a.txt', sha256: sha },
  source: {
    id: 'S',
    outlet: 'Test Wire',
    title: 'T',
    published: '2025-03-17',
    published_precision: 'day',
    in_brief: false,
  },
  claims,
});

describe('mergeDrafts', () => {
  it('keeps what the editor changed and adds only sentences not drafted before, renumbered', () => {
    const previous = file([claim(1, [0, 40], { paraphrase: 'Moscow says it took Sudzha.' })]);
    const next = file([
      claim(1, [0, 40]),
      claim(2, [41, 90], { kind: 'contested', claimant: 'ua-official', denies: 'S-d1' }),
    ]);
    const { file: merged, added } = mergeDrafts(previous, next);
    expect(added).toBe(1);
    expect(merged.claims.map((c) => [c.id, c.paraphrase, c.denies])).toEqual([
      ['S-d1', 'Moscow says it took Sudzha.', undefined],
      ['S-d2', '', 'S-d1'],
    ]);
  });

  it('refuses drafts of another text under the same source', () => {
    expect(() => mergeDrafts(file([]), file([], 'b'.repeat(64)))).toThrow(/another text of a\.txt/);
  });
});

describe('draftsYaml', () => {
  it('writes what the schema reads back, with short lists on one line as the ledger does', () => {
    // a denial carries the places of the claim it answers: the same list, twice
    const places = ['sudzha'];
    const yaml = draftsYaml(file([claim(1, [0, 40], { places }), claim(2, [41, 90], { places })]));
    expect(v.parse(draftsFileSchema, parse(yaml)).claims).toHaveLength(2);
    expect(yaml).toContain('places: [sudzha]');
    expect(yaml).toContain('span: [0, 40]');
    expect(yaml).not.toMatch(/[&*]a\d/); // no YAML anchors for shared lists
  });

  it('rejects a draft with a field the ledger does not know', () => {
    expect(v.is(draftClaimSchema, { ...claim(1, [0, 1]), quote: 'words' })).toBe(false);
  });
});
