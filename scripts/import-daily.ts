/**
 * Turns a folder of daily snapshots (the public DeepState format, one GeoJSON per day named
 * `..._YYYYMMDD.geojson`) into the map's dated shapes, one file per area:
 *   npm run import:daily -- DIR --perspective assessed --holder ru --region NAME|auto
 *        [--source NAME] [--out geodata/imports] [--within W,S,E,N]
 * Real-world geometry is repaired (src/lib/daily/repair.ts) and every repair reported by
 * kind, on screen and in repairs-<perspective>-<holder>.json beside the area files.
 * `auto` cuts the series into every area it covers. Missing days carry the previous day's
 * ground forward and are reported; malformed files are named and skipped. Outputs are
 * written to a temporary file and renamed, so a failed run leaves earlier imports intact.
 */
import { mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parseArgs } from 'node:util';
import type { Feature, FeatureCollection } from 'geojson';
import { DailyFileError, parseDailyFile, type DailyDay } from '../src/lib/daily/parse';
import { dailySpans } from '../src/lib/daily/series';
import { dailyTracks } from '../src/lib/daily/tracks';
import type { Areal } from '../src/lib/geometry/types';
import { isRegion, REGION_INFO, REGIONS, type Region } from '../src/lib/regions';
import { HOLDERS, PERSPECTIVES } from '../src/lib/taxonomy';
import { stableStringify } from '../src/lib/json';
import { summarise, UKRAINE_BOX } from '../src/lib/daily/repair';

const fail = (message: string) => {
  console.error(`import:daily: ${message}`);
  process.exit(2);
};
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    perspective: { type: 'string', default: 'assessed' },
    holder: { type: 'string', default: 'ru' },
    region: { type: 'string', default: 'auto' },
    source: { type: 'string' },
    out: { type: 'string', default: 'geodata/imports' },
    base: { type: 'string', default: 'geodata/base' },
    // the country the series describes: polygons wholly outside it are stray
    within: { type: 'string', default: UKRAINE_BOX.join(',') },
  },
});
const dir = positionals[0] ?? fail('give the folder of daily files');
const { perspective, holder, region, out } = values as Record<string, string>;
if (!(PERSPECTIVES as readonly string[]).includes(perspective))
  fail(`--perspective: "${perspective}" is not one of ${PERSPECTIVES.join(', ')}`);
if (!(HOLDERS as readonly string[]).includes(holder))
  fail(`--holder: "${holder}" is not one of ${HOLDERS.join(', ')}`);
if (region !== 'auto' && !isRegion(region))
  fail(`--region: "${region}" is not auto or one of ${REGIONS.join(', ')}`);

const within = values.within!.split(',').map(Number) as [number, number, number, number];
if (within.length !== 4 || within.some((n) => !Number.isFinite(n)))
  fail(`--within: "${values.within}" is not west,south,east,north in degrees`);

const started = performance.now();
const files = readdirSync(dir)
  .filter((f) => f.toLowerCase().endsWith('.geojson'))
  .sort();
const days: DailyDay[] = [];
const skipped: string[] = [];
for (const file of files) {
  try {
    days.push(parseDailyFile(file, readFileSync(join(dir, file), 'utf8'), { within }));
  } catch (e) {
    if (!(e instanceof DailyFileError)) throw e;
    skipped.push(e.message);
  }
}
if (days.length === 0) fail(`no readable daily file in ${dir} (${skipped.length} skipped)`);
const { spans, missing, duplicates } = dailySpans(days);
const dates = days.map((d) => d.date).sort();

const oblasts = JSON.parse(readFileSync(join(values.base!, 'oblasts.geojson'), 'utf8')) as FeatureCollection<
  Areal,
  { id: string }
>;
const wanted: Region[] = region === 'auto' ? [...REGIONS] : [region as Region];
const regions = wanted.map((id) => ({
  id,
  oblast: oblasts.features.find((f) => f.properties.id === REGION_INFO[id].oblast)!.geometry,
}));
const shapes = dailyTracks(spans, { regions, perspective, holder, source: values.source ?? basename(dir) });

mkdirSync(out, { recursive: true });
const written: string[] = [];
for (const r of wanted) {
  const features = shapes.filter((f) => f.properties.region === r) as Feature[];
  if (features.length === 0) continue;
  const path = join(out, `${r}-${perspective}-${holder}.geojson`);
  writeFileSync(`${path}.tmp`, stableStringify({ type: 'FeatureCollection', features }, 0));
  renameSync(`${path}.tmp`, path);
  written.push(
    `${path}: ${features.length} shapes, ${features[0].properties!.from} to ${features.at(-1)!.properties!.to ?? 'now'}`,
  );
}

console.log(
  `read ${days.length - duplicates.length} days (${spans[0].from} to ${dates.at(-1)}) from ${files.length} files in ${dir}`,
);
console.log(`${spans.length} distinct days of ground`);
if (missing.length)
  console.log(
    `${missing.length} missing day(s), the previous ground carried forward: ${missing.slice(0, 10).join(', ')}${missing.length > 10 ? ', …' : ''}`,
  );
for (const d of duplicates) console.log(`skipped ${d}: a second file for a day already read`);
for (const s of skipped) console.log(`skipped ${s}`);
// every repair, by kind: how many, on how many days, and where first
const repairs = days.flatMap((d) => d.repairs.map((r) => ({ ...r, file: d.file })));
const report = summarise(repairs);
for (const [kind, { count, examples }] of Object.entries(report)) {
  const onDays = new Set(repairs.filter((r) => r.kind === kind).map((r) => r.file)).size;
  console.log(`repaired ${kind}: ${count} on ${onDays} day(s), e.g. ${examples.join('; ')}`);
}
if (written.length) {
  const path = join(out, `repairs-${perspective}-${holder}.json`);
  writeFileSync(`${path}.tmp`, stableStringify(report));
  renameSync(`${path}.tmp`, path);
  written.push(`${path}: ${repairs.length} repairs of ${Object.keys(report).length} kinds`);
}
for (const w of written) console.log(`wrote ${w}`);
if (written.length === 0) console.log('no area of the map is covered by this series: nothing written');
console.log(`import:daily took ${((performance.now() - started) / 1000).toFixed(1)} s`);
