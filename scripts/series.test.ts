/**
 * One consolidated file (a date on every feature, gzipped, as trackers publish an
 * all-history download) imports to the same shapes as the same days as daily files, with
 * the same repairs reported; features without a date are named and left out.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { gzipSync } from 'node:zlib';
import { expect, test } from 'vitest';
import { DEFECT_KINDS } from '../src/lib/daily/defects';
import { dateOf } from '../src/lib/daily/series-file';
import { syntheticDays } from '../src/lib/daily/synthetic';

const run = promisify(execFile);
const tsx = (script: string, args: string[]) =>
  run('node', ['--import', 'tsx', resolve(`scripts/${script}`), ...args]);

test.each([
  ['2024-08-20', '2024-08-20'],
  ['2024-08-20T00:00:00Z', '2024-08-20'],
  ['2024-08-20 12:30:00+03:00', '2024-08-20'],
  ['20240820', '2024-08-20'],
  ['2024-02-30', null],
  ['August 20', null],
  [20240820, null],
])('the date %s reads as %s', (value, iso) => {
  expect(dateOf(value)).toBe(iso);
});

test('a consolidated .geojson.gz imports as its days would as daily files, repairs and all', async () => {
  const defects = Object.fromEntries(DEFECT_KINDS.map((k) => [k, [3]]));
  const days = [...syntheticDays({ days: 8, vertices: 300, first: '2025-01-01', seed: 5, defects })];
  const dir = mkdtempSync(join(tmpdir(), 'series-'));
  const daily = join(dir, 'daily');
  mkdirSync(daily);
  const features: unknown[] = [];
  for (const d of days) {
    writeFileSync(join(daily, d.file), d.text);
    const date = d.file.replace(/^synthetic_(\d{4})(\d{2})(\d{2}).*$/, '$1-$2-$3');
    for (const f of JSON.parse(d.text).features)
      features.push({ ...f, properties: { ...f.properties, datetime: `${date}T00:00:00Z` } });
  }
  features.push({ type: 'Feature', properties: { datetime: 'soon' }, geometry: null });
  const file = join(dir, 'history.geojson.gz');
  writeFileSync(file, gzipSync(JSON.stringify({ type: 'FeatureCollection', features })));

  const common = ['--region', 'pokrovsk', '--source', 'tracker'];
  const [fromDaily, fromSeries] = [join(dir, 'out-daily'), join(dir, 'out-series')];
  await tsx('import-daily.ts', [daily, ...common, '--out', fromDaily]);
  const { stdout } = await tsx('import-series.ts', [
    file,
    '--date-field',
    'datetime',
    ...common,
    '--out',
    fromSeries,
  ]);

  expect(stdout).toContain('read 8 days (2025-01-01 to 2025-01-08) from');
  expect(stdout).toContain(
    `skipped history.geojson.gz: features[${features.length - 1}].properties.datetime: "soon" is not a date`,
  );
  for (const kind of DEFECT_KINDS) expect(stdout).toMatch(new RegExp(`repaired ${kind}: `));
  expect(readdirSync(fromSeries)).toEqual(readdirSync(fromDaily));
  // the same ground, shape for shape and byte for byte
  const shapes = 'pokrovsk-assessed-ru.geojson';
  expect(readFileSync(join(fromSeries, shapes), 'utf8')).toBe(readFileSync(join(fromDaily, shapes), 'utf8'));

  const failed = await tsx('import-series.ts', [file, ...common]).catch((e) => e);
  expect(failed.code).toBe(2);
  expect(failed.stderr).toContain('import:series: give --date-field NAME');
});
