/**
 * Moves reviewed drafts into the ledger:
 *   npm run claims:accept -- DRAFTS.yaml [--ids ID,ID...] [--article ARTICLE.txt] [--root geodata]
 * Every draft named (all in the file when --ids is not given) must have a paraphrase in our
 * own words and no unanswered review note, and the ledger with them must pass its checks;
 * otherwise nothing is written and each problem is named (file:line, record, field). Then
 * the claims are appended to <root>/claims/<region>.yaml, the source to sources.yaml, and
 * they leave the drafts file, all written at once (temp files, then renames).
 */
import { existsSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { LedgerError, LedgerErrors } from '../src/lib/claims/errors';
import { parseLedgerFile, type Located } from '../src/lib/claims/parse';
import { claimsFileSchema, sourcesFileSchema, type ClaimsFile } from '../src/lib/claims/schema';
import { validateLedger } from '../src/lib/claims/validate';
import {
  appendRecords,
  claimsFileOf,
  draftProblems,
  ledgerClaim,
  newSources,
} from '../src/lib/extract/accept';
import { draftsFileSchema, draftsYaml, type DraftsFile } from '../src/lib/extract/drafts-file';
import { readInputs } from './lib/ledger';
import { readText, sha256, writeAllAtomic } from './lib/files';

const fail = (message: string, code = 2): never => {
  console.error(`claims:accept: ${message}`);
  process.exit(code);
};
const { values, positionals } = (() => {
  try {
    return parseArgs({
      allowPositionals: true,
      options: {
        ids: { type: 'string', multiple: true },
        article: { type: 'string' },
        root: { type: 'string', default: 'geodata' },
      },
    });
  } catch (e) {
    return fail((e as Error).message);
  }
})();

const path = positionals[0] ?? fail('give the drafts file: claims:accept -- geodata/drafts/SOURCE.yaml');
if (!existsSync(path)) fail(`${path}: file not found`);
const read = parseLedgerFile(readText(path), path, draftsFileSchema);
if (!read.ok) fail(read.errors.map((e) => e.message).join('\n'), 1);
const drafts = (read.ok ? read.located : null) as Located<DraftsFile>;
const file = drafts.value;

// the article, to check the paraphrases against its words: given, or beside the drafts
const articlePath =
  values.article ??
  [path.replace(/\.ya?ml$/, '.txt'), join(dirname(path), file.article.file), file.article.file].find((p) =>
    existsSync(p),
  ) ??
  fail(
    `${path}: the article ${file.article.file} is needed to check the paraphrases are our own words: give --article PATH`,
  );
const article = readText(articlePath);
if (sha256(article) !== file.article.sha256)
  fail(`${articlePath}: not the text the drafts were made from (sha256 differs from ${path})`);

const wanted = values.ids?.flatMap((ids) => ids.split(',')).filter(Boolean);
const unknown = wanted?.filter((id) => !file.claims.some((c) => c.id === id)) ?? [];
if (unknown.length) fail(`${path}: no draft with id ${unknown.join(', ')}`);
const chosen = file.claims
  .map((draft, index) => ({ draft, index }))
  .filter(({ draft }) => !wanted || wanted.includes(draft.id));
if (!chosen.length) fail(`${path}: no drafts to accept`);

const problems: LedgerError[] = chosen.flatMap(({ draft, index }) =>
  draftProblems(draft, index, drafts, article),
);
if (problems.length) refuse(problems);

// the ledger as it would be, checked as the build checks it
const root = values.root!;
const { inputs } = (() => {
  try {
    return readInputs(root);
  } catch (e) {
    if (e instanceof LedgerErrors)
      return fail(`the ledger has problems already, fix them first:\n${e.message}`, 1);
    throw e;
  }
})();
const claims = chosen.map(({ draft }) => ledgerClaim(draft));
const texts: Record<string, string> = {};
for (const claim of claims) {
  const target = join(root, 'claims', claimsFileOf(claim));
  texts[target] ??= existsSync(target) ? readText(target) : 'claims:\n';
  texts[target] = appendRecords(texts[target], [claim], 'claims');
}
const sourcesPath = join(root, 'sources.yaml');
texts[sourcesPath] = appendRecords(readText(sourcesPath), newSources(inputs.sources.value, file.source));

const parsedErrors: LedgerError[] = [];
const reread = <T>(target: string, schema: Parameters<typeof parseLedgerFile>[2]): Located<T> | null => {
  const r = parseLedgerFile(texts[target], target, schema);
  if (!r.ok) parsedErrors.push(...r.errors);
  return r.ok ? (r.located as Located<T>) : null;
};
const sources = reread<typeof inputs.sources.value>(sourcesPath, sourcesFileSchema);
const claimFiles = [
  ...inputs.claimFiles.filter((l) => !(l.file in texts)),
  ...Object.keys(texts)
    .filter((t) => t !== sourcesPath)
    .map((t) => reread<ClaimsFile>(t, claimsFileSchema)),
];
if (parsedErrors.length) refuse(parsedErrors);
const ledgerErrors = validateLedger(
  { ...inputs, sources: sources!, claimFiles: claimFiles as Located<ClaimsFile>[] },
  inputs.ref,
);
if (ledgerErrors.length) refuse(ledgerErrors);

const accepted = new Set(chosen.map(({ draft }) => draft.id));
const left = { ...file, claims: file.claims.filter((c) => !accepted.has(c.id)) };
writeAllAtomic({ ...texts, [path]: draftsYaml(left) });
const where = [...new Set(claims.map((c) => relative('.', join(root, 'claims', claimsFileOf(c)))))];
console.log(
  `accepted ${claims.length} claim(s) into ${where.join(', ')}: ${claims.map((c) => c.id).join(', ')}` +
    `${newSources(inputs.sources.value, file.source).length ? `; source ${file.source.id} added to ${sourcesPath}` : ''}` +
    `\n${left.claims.length} draft(s) left in ${path}.` +
    `\nNext: npm run build:geodata (a claim that changes ground is drawn once a track's frame cites it: docs/ledger.md).`,
);

/**
 * Stops with every problem, nothing written. A problem in a claim being accepted is told
 * where the editor fixes it: the draft's record in the drafts file.
 */
function refuse(errors: LedgerError[]): never {
  const index = new Map(file.claims.map((c, i) => [c.id, i]));
  const located = errors.map((e) => {
    const i = e.record === null ? undefined : index.get(e.record);
    if (i === undefined || e.file === path) return e;
    const field = e.field?.split(/[.[\]]/).filter(Boolean) ?? [];
    const line = drafts.lineOf(['claims', i, ...field.map((f) => (/^\d+$/.test(f) ? Number(f) : f))]);
    return new LedgerError(path, line, e.record, e.field, e.problem);
  });
  return fail(
    `${located.length} problem(s), nothing written:\n${located.map((e) => e.message).join('\n')}`,
    1,
  );
}
