/**
 * Drafts ledger claims from an article for an editor to review:
 *   npm run claims:extract -- ARTICLE.txt|- --published YYYY-MM-DD [--outlet NAME --title TITLE]
 *        [--source ID] [--write] [--drafts geodata/drafts] [--places geodata/places.yaml]
 *        [--officials geodata/officials.yaml]
 * Prints the drafts (YAML, the ledger's format marked `draft: true`) on stdout and a report
 * on stderr. `--write` adds them to <drafts>/<source>.yaml, with the article's text beside
 * them as <source>.txt (temp files, then renames); it never touches geodata/claims.
 */
import * as v from 'valibot';
import { existsSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parseArgs } from 'node:util';
import { parseLedgerFile } from '../src/lib/claims/parse';
import { idSchema, isoDate, placesFileSchema, type Place } from '../src/lib/claims/schema';
import { draftClaims } from '../src/lib/extract/draft';
import {
  draftsFileSchema,
  draftsYaml,
  mergeDrafts,
  reportDrafts,
  type DraftsFile,
} from '../src/lib/extract/drafts-file';
import { officialIndex, officialsFileSchema, type Official } from '../src/lib/extract/officials';
import { placeIndex } from '../src/lib/extract/places';
import { sha256, writeAllAtomic } from './lib/files';

const fail = (message: string): never => {
  console.error(`claims:extract: ${message}`);
  process.exit(2);
};
const { values, positionals } = (() => {
  try {
    return parseArgs({
      allowPositionals: true,
      options: {
        published: { type: 'string' },
        outlet: { type: 'string' },
        title: { type: 'string' },
        source: { type: 'string' },
        write: { type: 'boolean', default: false },
        drafts: { type: 'string', default: 'geodata/drafts' },
        places: { type: 'string', default: 'geodata/places.yaml' },
        officials: { type: 'string', default: 'geodata/officials.yaml' },
      },
    });
  } catch (e) {
    return fail((e as Error).message);
  }
})();

const file =
  positionals[0] ??
  fail('give the article as a text file: claims:extract -- ARTICLE.txt --published YYYY-MM-DD');
// "-" reads the article from stdin, for text pasted or piped in
const stdin = file === '-';
const name = stdin ? 'stdin' : basename(file);
if (!stdin && !existsSync(file)) fail(`${file}: file not found`);
const published =
  values.published ?? fail('--published YYYY-MM-DD is required: relative dates are read against it');
if (!v.is(isoDate, published)) fail(`--published: "${published}" is not a date written YYYY-MM-DD`);
const text = readFileSync(stdin ? 0 : file, 'utf8');
if (!text.trim()) fail(`${file}: the article is empty`);

const placesText = existsSync(values.places!)
  ? readFileSync(values.places!, 'utf8')
  : fail(`${values.places}: file not found`);
const parsed = parseLedgerFile(placesText, values.places!, placesFileSchema);
if (!parsed.ok) fail(parsed.errors.map((e) => e.message).join('\n'));
const places = (parsed.ok ? parsed.located.value : []) as Place[];
// who is who: a speaker named by surname, and the area a regional official speaks for
const people = existsSync(values.officials!)
  ? parseLedgerFile(readFileSync(values.officials!, 'utf8'), values.officials!, officialsFileSchema)
  : fail(`${values.officials}: file not found`);
if (!people.ok) fail(people.errors.map((e) => e.message).join('\n'));
const officials = officialIndex((people.ok ? people.located.value : []) as Official[]);

const outlet = values.outlet ?? 'Outlet not given';
const slug = (values.outlet ?? (stdin ? '' : name.replace(/\.[^.]+$/, '')))
  .toUpperCase()
  .replace(/[^A-Z0-9]+/g, '-')
  .replace(/^-|-$/g, '')
  .slice(0, 24);
const id = values.source ?? `X-${slug || 'ARTICLE'}-${published.replaceAll('-', '')}`;
if (!v.is(idSchema, id)) fail(`--source: "${id}" must be letters, digits, dot, dash or underscore`);

const source = { id, outlet, title: values.title ?? name, published };
const { drafts, candidates, setAside } = draftClaims(
  { text, source },
  { index: placeIndex(places), places, officials },
);
const next: DraftsFile = {
  article: { file: name, sha256: sha256(text) },
  source: { ...source, published_precision: 'day', in_brief: false },
  claims: drafts,
};

const unlisted = [...new Set(candidates.map((c) => c.name))];
console.error(`${file}: ${reportDrafts(text, drafts, unlisted, setAside)}`);
if (!values.outlet || !values.title)
  console.error('\ncheck: give --outlet and --title so the source record cites the article');

if (!values.write) {
  console.log(draftsYaml(next));
} else {
  const path = join(values.drafts!, `${id}.yaml`);
  let previous: DraftsFile | null = null;
  if (existsSync(path)) {
    const read = parseLedgerFile(readFileSync(path, 'utf8'), path, draftsFileSchema);
    if (!read.ok)
      fail(
        `${read.errors.map((e) => e.message).join('\n')}\n(fix or move the drafts file; nothing was written)`,
      );
    previous = read.ok ? (read.located.value as DraftsFile) : null;
  }
  let merged: ReturnType<typeof mergeDrafts> | null = null;
  try {
    merged = mergeDrafts(previous, next);
  } catch (e) {
    fail(`${path}: ${(e as Error).message}`);
  }
  // the article's text beside its drafts, for claims:accept and the review page (never
  // committed: .gitignore keeps geodata/drafts/*.txt out, as the ledger keeps no article text)
  writeAllAtomic({ [path]: draftsYaml(merged!.file), [join(values.drafts!, `${id}.txt`)]: text });
  console.error(
    `\nwrote ${path}: ${merged!.added} added, ${merged!.file.claims.length - merged!.added} kept as they were`,
  );
}
