/**
 * Writes a synthetic daily series (the public daily format) for scale tests and benchmarks.
 * Usage: npm run synthetic:daily -- OUT_DIR [--days 1000] [--vertices 2000] [--seed 1]
 *        [--first 2023-01-01] [--skip 0.01]   (the share of days left out, as real series do)
 *        [--profile front|national]   (national: the front plus 99 parts elsewhere, about
 *                         25,000 vertices a day with --vertices 15000)
 *        [--defects N]   (every real-world defect kind, each on every N-th day: see
 *                         src/lib/daily/defects.ts; for testing the importer's repairs)
 */
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { DEFECT_KINDS } from '../src/lib/daily/defects';
import { syntheticDays } from '../src/lib/daily/synthetic';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    days: { type: 'string', default: '1000' },
    vertices: { type: 'string', default: '2000' },
    seed: { type: 'string', default: '1' },
    first: { type: 'string', default: '2023-01-01' },
    skip: { type: 'string', default: '0.01' },
    defects: { type: 'string', default: '0' },
    profile: { type: 'string', default: 'front' },
  },
});
// kind k first on day k + 1, then every N days: each kind meets every part of the series
const every = Number(values.defects);
if (!Number.isInteger(every) || every < 0) {
  console.error(`synthetic:daily: --defects: "${values.defects}" is not a whole number of days`);
  process.exit(2);
}
const defects = every
  ? Object.fromEntries(
      DEFECT_KINDS.map((kind, k) => [
        kind,
        Array.from({ length: Math.ceil(Number(values.days) / every) }, (_, i) => k + 1 + i * every),
      ]),
    )
  : undefined;
const out = positionals[0];
if (!out) {
  console.error('synthetic:daily: give the folder to write to');
  process.exit(2);
}
mkdirSync(out, { recursive: true });
const skip = Number(values.skip);
let written = 0;
let bytes = 0;
let index = 0;
for (const day of syntheticDays({
  days: Number(values.days),
  vertices: Number(values.vertices),
  seed: Number(values.seed),
  first: values.first!,
  defects,
  profile: values.profile === 'national' ? 'national' : 'front',
})) {
  // every n-th day is missing, as in real series (deterministic, never the first or last)
  const n = skip > 0 ? Math.round(1 / skip) : 0;
  if (n && index > 0 && index < Number(values.days) - 1 && index % n === 0) {
    index++;
    continue;
  }
  index++;
  const path = join(out, day.file);
  writeFileSync(`${path}.tmp`, day.text);
  renameSync(`${path}.tmp`, path);
  written++;
  bytes += day.text.length;
}
console.log(`wrote ${written} daily files to ${out} (${(bytes / 1e6).toFixed(1)} MB)`);
