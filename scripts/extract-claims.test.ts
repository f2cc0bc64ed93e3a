/**
 * The extraction CLI end to end: drafts on stdout in the ledger's format, a report on
 * stderr; --write adds to a drafts file and a second run keeps what the editor changed;
 * bad input fails with a message naming what is wrong and writes nothing.
 */
import * as v from 'valibot';
import { execFile, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { expect, test } from 'vitest';
import { parse } from 'yaml';
import { draftsFileSchema } from '../src/lib/extract/drafts-file';

const run = promisify(execFile);
const extract = (args: string[]) =>
  run('node', ['--import', 'tsx', resolve('scripts/extract-claims.ts'), ...args]);

// Written for this test in news style; not from any outlet.
const ARTICLE = `Russia claims Sudzha as Kyiv disputes account

Russia's defence ministry said on Saturday that its forces had captured Sudzha, the largest town Ukraine held in the Kursk region.

Kyiv denied the town had fallen and said fighting went on around it. A drone strike on Sumy injured three people overnight, the regional governor said.
`;

test('drafts an article, writes them once, and keeps what an editor changed', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'extract-'));
  const article = join(dir, 'sudzha.txt');
  writeFileSync(article, ARTICLE);
  const drafts = join(dir, 'drafts');
  const args = [article, '--published', '2025-03-17', '--outlet', 'Test Wire', '--title', 'Sudzha'];

  const { stdout, stderr } = await extract(args);
  const printed = v.parse(draftsFileSchema, parse(stdout));
  expect(printed.source).toMatchObject({ id: 'X-TEST-WIRE-20250317', outlet: 'Test Wire', in_brief: false });
  const [claim, denial] = printed.claims;
  expect(claim).toMatchObject({
    kind: 'control',
    claimant: 'ru-military',
    date: '2025-03-15',
    places: ['sudzha'],
    region: 'kursk',
    draft: true,
    paraphrase: '',
  });
  expect(denial).toMatchObject({ kind: 'contested', claimant: 'ua-official', denies: claim.id });
  expect(printed.claims.find((c) => c.kind === 'strike')).toMatchObject({
    claimant: 'ua-official',
    places: ['sumy-city'],
    figures: [{ value: 3, unit: 'injured' }],
  });
  // the report shows the sentence for review; the records only point at it
  expect(stderr).toMatch(/draft claims \(2 territorial\)/);
  expect(stderr).toContain('its forces had captured Sudzha');
  expect(stdout).not.toContain('its forces had captured Sudzha');

  await extract([...args, '--write', '--drafts', drafts]);
  const path = join(drafts, 'X-TEST-WIRE-20250317.yaml');
  const first = readFileSync(path, 'utf8');
  const written = v.parse(draftsFileSchema, parse(first));
  expect(written.claims).toHaveLength(printed.claims.length);

  // the editor writes a paraphrase; a second run adds nothing and keeps it
  writeFileSync(path, first.replace('paraphrase: ""', 'paraphrase: Moscow says its troops took Sudzha.'));
  const again = await extract([...args, '--write', '--drafts', drafts]);
  expect(again.stderr).toContain(`0 added, ${printed.claims.length} kept as they were`);
  expect(readFileSync(path, 'utf8')).toContain('Moscow says its troops took Sudzha.');
  // the drafts, and the article's text beside them (kept out of git by .gitignore)
  expect(readdirSync(drafts)).toEqual(['X-TEST-WIRE-20250317.txt', 'X-TEST-WIRE-20250317.yaml']);
  expect(readFileSync(join(drafts, 'X-TEST-WIRE-20250317.txt'), 'utf8')).toBe(ARTICLE);

  // the same source id over another text would point the offsets elsewhere: refused
  writeFileSync(article, ARTICLE.replace('Saturday', 'Sunday'));
  await expect(extract([...args, '--write', '--drafts', drafts])).rejects.toMatchObject({
    stderr: expect.stringContaining('made from another text of sudzha.txt'),
  });
  expect(readFileSync(path, 'utf8')).toContain('Moscow says its troops took Sudzha.');
});

test('reads an article from stdin', () => {
  const script = resolve('scripts/extract-claims.ts');
  const run = spawnSync('node', ['--import', 'tsx', script, '-', '--published', '2025-03-17'], {
    input: ARTICLE,
    encoding: 'utf8',
  });
  expect(run.status).toBe(0);
  expect(v.parse(draftsFileSchema, parse(run.stdout))).toMatchObject({
    article: { file: 'stdin' },
    source: { id: 'X-ARTICLE-20250317', outlet: 'Outlet not given' },
  });
  expect(run.stderr).toContain('give --outlet and --title');
});

test('bad input fails with a message naming the problem', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'extract-bad-'));
  const article = join(dir, 'a.txt');
  writeFileSync(article, ARTICLE);
  await expect(extract([join(dir, 'missing.txt'), '--published', '2025-03-17'])).rejects.toMatchObject({
    stderr: expect.stringContaining('missing.txt: file not found'),
  });
  await expect(extract([article])).rejects.toMatchObject({
    stderr: expect.stringContaining('--published YYYY-MM-DD is required'),
  });
  await expect(extract([article, '--published', '2025-02-30'])).rejects.toMatchObject({
    stderr: expect.stringContaining('"2025-02-30" is not a date'),
  });
  const badPlaces = join(dir, 'places.yaml');
  writeFileSync(badPlaces, '- id: x\n  names: { en: X }\n');
  await expect(extract([article, '--published', '2025-03-17', '--places', badPlaces])).rejects.toMatchObject({
    stderr: expect.stringMatching(/places\.yaml:\d+: record x, field names\.uk/),
  });
});
