/**
 * Turns one consolidated series file (a FeatureCollection, or .geojson.gz, with a date on
 * every feature: a tracker's all-history download) into the map's dated shapes, one file
 * per area, with the same repairs and reports as import:daily:
 *   npm run import:series -- FILE --date-field NAME [--gzip] [--perspective assessed]
 *        [--holder ru] [--region auto] [--source NAME] [--out geodata/imports]
 *        [--within W,S,E,N] [--country UKR|RUS]
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { DailyFileError } from '../src/lib/daily/parse';
import { parseSeriesFile } from '../src/lib/daily/series-file';
import { peakMb } from './lib/files';
import { importArgs, writeImport } from './lib/import-run';

const { options, values, positionals, fail } = importArgs('import:series', {
  'date-field': { type: 'string' },
  gzip: { type: 'boolean', default: false },
});
const file = positionals[0] ?? fail('give the series file');
const dateField = (values['date-field'] as string | undefined) ?? fail('give --date-field NAME');

const started = performance.now();
const bytes = readFileSync(file);
const gzip = values.gzip === true || file.toLowerCase().endsWith('.gz');
let text: string;
try {
  text = (gzip ? gunzipSync(bytes) : bytes).toString('utf8');
} catch (e) {
  fail(`${file}: not gzip: ${(e as Error).message}`);
}
try {
  const { days, skipped } = parseSeriesFile(basename(file), text!, dateField, { within: options.within });
  if (days.length === 0) fail(`no day with ground in ${file} (${skipped.length} skipped)`);
  writeImport(days, skipped, {
    progress: true,
    ...options,
    source: options.source ?? basename(file).replace(/\.geojson(\.gz)?$/i, ''),
    read: `from ${file}`,
  });
} catch (e) {
  if (e instanceof DailyFileError) fail(e.message);
  throw e;
}
console.log(
  `import:series took ${((performance.now() - started) / 1000).toFixed(1)} s, peak memory ${peakMb()} MB`,
);
