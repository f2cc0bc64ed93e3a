/**
 * Turns a folder of daily snapshots (the public DeepState format, one GeoJSON per day named
 * `..._YYYYMMDD.geojson`) into the map's dated shapes, one file per area:
 *   npm run import:daily -- DIR --perspective assessed --holder ru --region NAME|auto
 *        [--source NAME] [--out geodata/imports] [--within W,S,E,N] [--country UKR|RUS]
 * Real-world geometry is repaired (src/lib/daily/repair.ts) and every repair reported by
 * kind, on screen and in repairs-<perspective>-<holder>.json beside the area files.
 * `auto` cuts the series into every area it covers. Missing days carry the previous day's
 * ground forward and are reported; malformed files are named and skipped. Outputs are
 * written to a temporary file and renamed, so a failed run leaves earlier imports intact.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { DailyFileError, dateOfFile, parseDailyFile, type DailyDay } from '../src/lib/daily/parse';
import { peakMb } from './lib/files';
import { importArgs, writeImport } from './lib/import-run';

const { options, positionals, fail } = importArgs('import:daily');
const dir = positionals[0] ?? fail('give the folder of daily files');

const started = performance.now();
// by the date in the name, then the name: the order days are read in
const files = readdirSync(dir)
  .filter((f) => f.toLowerCase().endsWith('.geojson'))
  .sort((a, b) => (dateOfFile(a) ?? '').localeCompare(dateOfFile(b) ?? '') || a.localeCompare(b));
const skipped: string[] = [];
let readable = 0;
/** The days, read and repaired one file at a time. */
function* days(): Generator<DailyDay> {
  for (const file of files) {
    try {
      const day = parseDailyFile(file, readFileSync(join(dir, file), 'utf8'), { within: options.within });
      readable++;
      yield day;
    } catch (e) {
      if (!(e instanceof DailyFileError)) throw e;
      skipped.push(e.message);
    }
  }
}
writeImport(days(), skipped, {
  ...options,
  source: options.source ?? basename(dir),
  read: `from ${files.length} files in ${dir}`,
  progress: true,
});
if (readable === 0) fail(`no readable daily file in ${dir} (${skipped.length} skipped)`);
console.log(
  `import:daily took ${((performance.now() - started) / 1000).toFixed(1)} s, peak memory ${peakMb()} MB`,
);
