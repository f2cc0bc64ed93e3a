/**
 * Reviewed drafts into the ledger (`npm run claims:accept`): what a draft must have before
 * it becomes a claim (a paraphrase in our own words, every review note answered), the
 * ledger record it becomes, and the ledger files' new text with the records appended, the
 * rest of each file kept byte for byte. Pure: the CLI reads and writes the files.
 */
import { parseDocument, stringify, isSeq } from 'yaml';
import type { Claim, Source } from '../claims/schema';
import { LedgerError } from '../claims/errors';
import type { Located } from '../claims/parse';
import type { DraftClaim } from './draft-claim';
import { ledgerDocument } from './drafts-file';

/** Runs of this many words or more shared with the article are the article's words. */
export const REPEATED_WORDS = 6;

const words = (text: string) =>
  [...text.matchAll(/[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu)].map((m) => ({
    word: m[0].toLowerCase().replace('’', "'"),
    text: m[0],
  }));

/**
 * The longest run of at least `min` consecutive words of the paraphrase that the article
 * also has in a row (case and punctuation aside), as the paraphrase writes them; or null.
 */
export function repeatedWords(paraphrase: string, article: string, min = REPEATED_WORDS): string | null {
  const ours = words(paraphrase);
  const theirs = words(article).map((w) => w.word);
  const grams = new Set<string>();
  for (let i = 0; i + min <= theirs.length; i++) grams.add(theirs.slice(i, i + min).join(' '));
  const joined = ` ${theirs.join(' ')} `;
  let best: string | null = null;
  for (let i = 0; i + min <= ours.length; i++) {
    if (
      !grams.has(
        ours
          .slice(i, i + min)
          .map((w) => w.word)
          .join(' '),
      )
    )
      continue;
    // grow the run while the article still has it
    let end = i + min;
    while (
      end < ours.length &&
      joined.includes(
        ` ${ours
          .slice(i, end + 1)
          .map((w) => w.word)
          .join(' ')} `,
      )
    )
      end++;
    const run = ours
      .slice(i, end)
      .map((w) => w.text)
      .join(' ');
    if (!best || run.split(' ').length > best.split(' ').length) best = run;
    i = end - 1;
  }
  return best;
}

/** Fields only a draft has. */
const DRAFT_ONLY = ['draft', 'span', 'denies', 'candidates', 'review'] as const;

/** The ledger's record for a reviewed draft: the draft-only fields dropped. */
export function ledgerClaim(draft: DraftClaim): Claim {
  const claim: Partial<DraftClaim> = { ...draft };
  for (const field of DRAFT_ONLY) delete claim[field];
  return claim as Claim;
}

/** Why a draft cannot be accepted yet, located in its drafts file; empty when it can. */
export function draftProblems(
  draft: DraftClaim,
  index: number,
  drafts: Located<unknown>,
  article: string,
): LedgerError[] {
  const problems: LedgerError[] = [];
  const problem = (field: string, words: string, path: (string | number)[] = [field]) =>
    problems.push(
      new LedgerError(drafts.file, drafts.lineOf(['claims', index, ...path]), draft.id, field, words),
    );
  const paraphrase = draft.paraphrase.trim();
  if (!paraphrase) problem('paraphrase', 'is empty: write what the claim says, in our own words');
  else {
    const repeated = repeatedWords(paraphrase, article);
    if (repeated)
      problem(
        'paraphrase',
        `repeats the article's words "${repeated}" (${repeated.split(' ').length} in a row; ` +
          `${REPEATED_WORDS} or more are refused): say it in our own words`,
      );
  }
  for (const [i, note] of (draft.review ?? []).entries())
    problem(
      'review',
      `note not answered: "${note}" (check it, fix the record if needed, then delete the note)`,
      ['review', i],
    );
  return problems;
}

/** The ledger file a claim goes to: its region's, or context.yaml for claims of no area. */
export const claimsFileOf = (claim: Pick<Claim, 'region'>) => `${claim.region ?? 'context'}.yaml`;

/** Lists written on one line, as the ledger writes them: `places: [sudzha]`. */
const ONE_LINE = new Set(['places', 'figures']);

/** Records as the items of a YAML block sequence, indented `indent` spaces. */
function itemsText(records: object[], indent: number): string {
  const doc = ledgerDocument(records, ONE_LINE);
  // `[{ value: 2, unit: km }]`, as Prettier writes the ledger's one-line lists
  const text = doc.toString({ lineWidth: 0, flowCollectionPadding: true });
  return text
    .split('\n')
    .map((line) =>
      /^\s*(?:- )?\w+: \[ /.test(line) ? line.replace(/: \[ /, ': [').replace(/ \]$/, ']') : line,
    )
    .map((line) => (line ? ' '.repeat(indent) + line : line))
    .join('\n');
}

/**
 * `text` with `records` appended to its sequence: the top-level one (sources.yaml) or the
 * one under `key` (a claims file's `claims`). Everything else stays as it was, comments too;
 * a file with no such sequence gets one.
 */
export function appendRecords(text: string, records: object[], key?: string): string {
  if (!records.length) return text;
  const doc = parseDocument(text);
  const seq = key ? doc.get(key, true) : doc.contents;
  if (isSeq(seq) && seq.items.length && seq.range) {
    // the items' own indentation, read from the file (the ledger writes `  - id:`)
    const first = seq.items[0] as { range?: [number, number, number] };
    const lineStart = text.lastIndexOf('\n', first.range![0] - 1) + 1;
    const indent = Math.max(0, first.range![0] - lineStart - 2);
    // after the last item's own text; blank lines and what follows stay where they were
    const head = text.slice(0, seq.range[1]);
    const body = head.trimEnd();
    const gap = head.slice(body.length).replace(/^[^\n]*\n?/, '');
    return `${body}\n${itemsText(records, indent)}${gap}${text.slice(seq.range[1])}`;
  }
  if (!key) return stringify(records, { lineWidth: 0 });
  // no such list yet (or an empty `claims: []`): write it afresh under its key
  const rest = text.replace(new RegExp(`^${key}:.*\\n?`, 'm'), '');
  return `${rest.replace(/\n*$/, rest.trim() ? '\n' : '')}${key}:\n${itemsText(records, 2)}`;
}

/** Sources the ledger lacks, for sources.yaml: the drafts' own source when it is new. */
export const newSources = (known: readonly Source[], source: Source): Source[] =>
  known.some((s) => s.id === source.id) ? [] : [source];
