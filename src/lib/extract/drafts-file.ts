/**
 * The drafts file an extraction writes (geodata/drafts/<source>.yaml): the article it was
 * read from (by hash, so offsets can be checked), the proposed source record, and the
 * draft claims. Merging a new run into an existing file only adds claims for sentences
 * not drafted before: what an editor has already changed stays as they left it. Pure.
 */
import { Document, isMap, isScalar, isSeq, visit } from 'yaml';
import * as v from 'valibot';
import { claimSchema, isTerritorial, sourceSchema } from '../claims/schema';
import type { DraftClaim } from './draft-claim';
import type { SetAside } from './learned/recorded';

const offset = v.pipe(v.number(), v.integer(), v.minValue(0));

export const draftClaimSchema = v.strictObject({
  ...claimSchema.entries,
  draft: v.literal(true),
  paraphrase: v.pipe(v.string(), v.maxLength(300)),
  span: v.tuple([offset, offset]),
  denies: v.optional(v.string()),
  candidates: v.optional(v.array(v.string())),
  review: v.optional(v.array(v.string())),
});

export const draftsFileSchema = v.strictObject({
  article: v.strictObject({
    file: v.pipe(v.string(), v.minLength(1)),
    sha256: v.pipe(v.string(), v.regex(/^[0-9a-f]{64}$/, 'must be a sha256 in hex')),
  }),
  source: sourceSchema,
  claims: v.array(draftClaimSchema),
});
export type DraftsFile = v.InferOutput<typeof draftsFileSchema>;

/**
 * `previous` plus the drafts whose sentence it lacks, renumbered after its last id.
 * Throws when `previous` was read from another article: offsets would point elsewhere.
 */
export function mergeDrafts(
  previous: DraftsFile | null,
  next: DraftsFile,
): { file: DraftsFile; added: number } {
  if (!previous) return { file: next, added: next.claims.length };
  if (previous.article.sha256 !== next.article.sha256)
    throw new Error(
      `the drafts file was made from another text of ${previous.article.file} (sha256 differs); ` +
        'move it aside or give another --source',
    );
  const spans = new Set(previous.claims.map((c) => c.span.join('-')));
  const fresh = next.claims.filter((c) => !spans.has(c.span.join('-')));
  const taken = new Set(previous.claims.map((c) => c.id));
  let n = previous.claims.length;
  const renumbered = new Map<string, string>();
  for (const c of fresh) {
    let id: string;
    do id = `${next.source.id}-d${++n}`;
    while (taken.has(id));
    renumbered.set(c.id, id);
  }
  const claims = [
    ...previous.claims,
    ...fresh.map((c) => ({
      ...c,
      id: renumbered.get(c.id)!,
      ...(c.denies ? { denies: renumbered.get(c.denies) ?? previousIdOf(c.denies) } : {}),
    })),
  ].sort((a, b) => a.span[0] - b.span[0]);
  return { file: { ...previous, claims }, added: fresh.length };

  // a denied claim drafted in the earlier run: find it there by its sentence
  function previousIdOf(id: string): string {
    const span = next.claims.find((c) => c.id === id)!.span.join('-');
    return previous!.claims.find((c) => c.span.join('-') === span)?.id ?? id;
  }
}

/** A short report for the editor: one line per draft, the sentence it came from, what to check. */
export function reportDrafts(
  text: string,
  drafts: DraftClaim[],
  candidates: string[],
  setAside: SetAside[] = [],
): string {
  const lines: string[] = [];
  const territorial = drafts.filter((d) => isTerritorial(d.kind)).length;
  lines.push(
    `${drafts.length} draft claims (${territorial} territorial), ${candidates.length} place names not in the gazetteer`,
  );
  for (const d of drafts) {
    const figures = d.figures
      .map(
        (f) =>
          `${f.qualifier === 'about' ? '' : f.qualifier + ' '}${f.value}${f.value_max ? `–${f.value_max}` : ''} ${f.unit}`,
      )
      .join(', ');
    lines.push(
      '',
      `${d.id}  ${d.kind}${d.holder ? ` (${d.holder})` : ''}  ${d.claimant}: ${d.claimant_name}`,
      `  ${d.date} (${d.date_precision})  ${d.region ?? 'no area'}  [${d.places.join(', ')}]${figures ? `  ${figures}` : ''}${d.denies ? `  denies ${d.denies}` : ''}`,
      `  chars ${d.span[0]}–${d.span[1]}: ${text.slice(d.span[0], d.span[1]).replace(/\s+/g, ' ')}`,
      ...(d.review ?? []).map((r) => `  check: ${r}`),
    );
  }
  if (candidates.length) lines.push('', `Not in the gazetteer: ${candidates.join(', ')}`);
  // not drafted, but listed: the check may be wrong, and the editor decides
  if (setAside.length)
    lines.push(
      '',
      `Set aside: ${setAside.length} sentences the rules read a claim in and the learned check reads as none an editor records`,
      ...setAside.map(
        (a) =>
          `  chars ${a.span[0]}–${a.span[1]} (${a.kind}, ${a.probability}): ${text.slice(a.span[0], a.span[1]).replace(/\s+/g, ' ')}`,
      ),
    );
  return lines.join('\n');
}

/** Fields written on one line, as the ledger writes them: `places: [sudzha]`. */
const ONE_LINE = new Set(['places', 'figures', 'span', 'candidates']);

/** `value` as a YAML document whose lists under `oneLine` keys are written on one line. */
export function ledgerDocument(value: unknown, oneLine: ReadonlySet<string> = ONE_LINE): Document {
  const doc = new Document(value, { aliasDuplicateObjects: false });
  visit(doc, {
    Pair(_, pair) {
      if (isScalar(pair.key) && oneLine.has(String(pair.key.value)) && isSeq(pair.value)) {
        pair.value.flow = true;
        for (const item of pair.value.items) if (isMap(item)) item.flow = true;
      }
    },
  });
  return doc;
}

/** The drafts file as YAML laid out like the ledger's own files, with a header for the editor. */
export function draftsYaml(file: DraftsFile): string {
  const doc = ledgerDocument(file);
  return (
    '# Draft claims for review: write each paraphrase in your own words, check what the\n' +
    '# `review` notes ask, then move the record into geodata/claims without the draft fields.\n' +
    doc.toString({ lineWidth: 100, flowCollectionPadding: false })
  );
}
