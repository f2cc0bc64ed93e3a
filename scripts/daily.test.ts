/**
 * The daily import end to end, through both CLIs: a synthetic series with a missing day,
 * a malformed file and a duplicate becomes dated shapes inside their oblasts; two runs are
 * byte-identical; a run with nothing readable fails and leaves earlier outputs as they were.
 */
import { execFile } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import type { FeatureCollection } from 'geojson';
import { expect, test } from 'vitest';
import { outsideKm2 } from '../src/lib/geometry/checks';
import { geometryProblem } from '../src/lib/geometry/checks';
import type { Areal } from '../src/lib/geometry/types';

const run = promisify(execFile);
const tsx = (script: string, args: string[]) =>
  run('node', ['--import', 'tsx', resolve(`scripts/${script}`), ...args]);
const read = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as FeatureCollection<Areal>;

test('a daily series becomes dated shapes; bad files are named and skipped; reruns are identical', async () => {
  const series = mkdtempSync(join(tmpdir(), 'daily-'));
  await tsx('synthetic-daily.ts', [
    series,
    '--days',
    '12',
    '--vertices',
    '300',
    '--skip',
    '0.2',
    '--first',
    '2024-08-01',
  ]);
  const files = readdirSync(series).sort();
  expect(files).toHaveLength(10); // days 5 and 10 left out
  writeFileSync(
    join(series, 'broken_20240813.geojson'),
    '{"type":"FeatureCollection","features":[{"type":"Feature","geometry":{"type":"Point","coordinates":[35,51]}}]}',
  );
  copyFileSync(join(series, files[0]), join(series, 'zz_copy_20240801.geojson'));

  const out = mkdtempSync(join(tmpdir(), 'imports-'));
  const args = [
    series,
    '--perspective',
    'assessed',
    '--holder',
    'ru',
    '--region',
    'pokrovsk',
    '--source',
    'synthetic',
    '--out',
    out,
  ];
  const { stdout } = await tsx('import-daily.ts', args);
  expect(stdout).toContain('read 10 days (2024-08-01 to 2024-08-12)');
  expect(stdout).toContain('2 missing day(s), the previous ground carried forward: 2024-08-06, 2024-08-11');
  expect(stdout).toContain('skipped broken_20240813.geojson: features: no polygon of occupied ground');
  expect(stdout).toContain('skipped zz_copy_20240801.geojson: a second file for a day already read');
  expect(readdirSync(out)).toEqual(['pokrovsk-assessed-ru.geojson', 'repairs-assessed-ru.json']);

  const shapes = read(join(out, 'pokrovsk-assessed-ru.geojson'));
  const oblasts = JSON.parse(readFileSync('geodata/base/oblasts.geojson', 'utf8')) as FeatureCollection<
    Areal,
    { id: string }
  >;
  const donetsk = oblasts.features.find((f) => f.properties.id === 'UA.DT')!.geometry;
  expect(shapes.features.length).toBeGreaterThan(1);
  let previousTo: string | null = '2024-08-01';
  for (const f of shapes.features) {
    const p = f.properties!;
    expect(p).toMatchObject({
      region: 'pokrovsk',
      perspective: 'assessed',
      holder: 'ru',
      status: 'controlled',
      schematic: false,
      source: 'synthetic',
    });
    expect(p.from).toBe(previousTo); // one shape at a time, no gap, no overlap
    previousTo = p.to;
    expect(geometryProblem(f.geometry)).toBeNull();
    expect(outsideKm2(f.geometry, donetsk)).toBeLessThan(0.5);
    expect(p.area_km2).toBeGreaterThan(100);
  }
  expect(previousTo).toBeNull();

  const first = readFileSync(join(out, 'pokrovsk-assessed-ru.geojson'));
  await tsx('import-daily.ts', args);
  expect(readFileSync(join(out, 'pokrovsk-assessed-ru.geojson')).equals(first)).toBe(true);

  // a series of occupied Ukraine in Kursk oblast: Russia's own ground, said and left out
  const abroad = await tsx('import-daily.ts', [
    series,
    '--region',
    'kursk',
    '--out',
    mkdtempSync(join(tmpdir(), 'kursk-')),
  ]);
  expect(abroad.stdout).toContain(
    "left out kursk: the series describes UKR; ground it gives to ru in RUS is that country's own",
  );
  expect(abroad.stdout).toContain('no area of the map is covered by this series: nothing written');

  // nothing readable: a clear failure, and the earlier import is untouched
  const empty = mkdtempSync(join(tmpdir(), 'daily-empty-'));
  writeFileSync(join(empty, 'x_20240801.geojson'), 'not json');
  const failed = await tsx('import-daily.ts', [empty, '--region', 'pokrovsk', '--out', out]).catch((e) => e);
  expect(failed.code).toBe(2);
  expect(failed.stderr).toContain('no readable daily file');
  expect(readFileSync(join(out, 'pokrovsk-assessed-ru.geojson')).equals(first)).toBe(true);
}, 120_000);
