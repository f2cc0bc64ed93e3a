/**
 * The editor's loop, for its tests: an article (written for these tests, not from any
 * outlet), a copy of the real ledger to work on, the CLIs run as an editor runs them, and
 * the edits a reviewer makes to the drafts.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { draftsYaml, type DraftsFile } from '../../src/lib/extract/drafts-file';

export const ARTICLE = `Russian troops push toward Yunakivka as Sumy counts the wounded

Russia's defence ministry said on Tuesday that its forces had advanced two kilometres near Yunakivka in the Sumy region.

A missile strike on Sumy injured four people overnight, the regional governor said.
`;
export const PUBLISHED = '2025-03-20';
export const SOURCE = 'X-LOOP-TEST-WIRE-20250320';
/** Where the strike's marker stands: the gazetteer's Sumy. */
export const SUMY: [number, number] = [34.80029, 50.9216];

/** The paraphrases a reviewer writes, in their own words, by the draft's kind. */
export const PARAPHRASES: Record<string, string> = {
  advance: "Russia's military says its troops moved about 2 km forward close to Yunakivka.",
  strike: 'Four people were hurt when a missile hit Sumy city, its governor reported.',
};

/** A working folder: the real ledger (claims, places, sources), the base geography, the article. */
export function workspace(): { dir: string; root: string; article: string; drafts: string } {
  const dir = mkdtempSync(join(tmpdir(), 'editor-loop-'));
  const root = join(dir, 'geodata');
  for (const f of ['claims', 'places.yaml', 'sources.yaml'])
    cpSync(resolve('geodata', f), join(root, f), { recursive: true });
  symlinkSync(resolve('geodata/base'), join(root, 'base'));
  const article = join(dir, 'article.txt');
  writeFileSync(article, ARTICLE);
  return { dir, root, article, drafts: join(root, 'drafts', `${SOURCE}.yaml`) };
}

/** One of the project's CLIs, run as `npm run` runs it: exit code and what it printed. */
export function cli(
  script: string,
  args: string[],
): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync('node', ['--import', 'tsx', resolve(`scripts/${script}.ts`), ...args], {
    encoding: 'utf8',
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** `claims:extract --write` on the article, into the workspace's drafts folder. */
export const extract = (w: ReturnType<typeof workspace>) =>
  cli('extract-claims', [
    w.article,
    '--published',
    PUBLISHED,
    '--outlet',
    'Loop Test Wire',
    '--title',
    'Russian troops push toward Yunakivka',
    '--write',
    '--drafts',
    join(w.root, 'drafts'),
  ]);

/** Rewrites the drafts file through `change`, as an editor's edits would. */
export function editDrafts(path: string, change: (claim: DraftsFile['claims'][number]) => void): void {
  const file = parse(readFileSync(path, 'utf8')) as DraftsFile;
  for (const claim of file.claims) change(claim);
  writeFileSync(path, draftsYaml(file));
}

/** What a reviewer does: writes each paraphrase, acts on each note and deletes it. */
export function review(claim: DraftsFile['claims'][number]): void {
  claim.paraphrase = PARAPHRASES[claim.kind];
  // Yunakivka is not in the gazetteer: the reviewer drops it rather than guess its place
  delete claim.candidates;
  delete claim.review;
}
