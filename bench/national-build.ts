/**
 * The national-scale data for the benchmark, as an editor makes it: 800 days of the
 * synthetic national profile (a whole country of about 100 parts and 25,000 vertices a
 * day, src/lib/daily/synthetic.ts) written as daily files, then `import:daily` and
 * `build:geodata`, each in a process of its own so its seconds and peak memory are its
 * own. The packed control data is measured against the daily files' gzip bytes and against
 * TopoJSON of the same history (topojson-server, quantized 1e5). Writes into OUT_DIR the
 * built data and the days the scrub visits with the area's ground on each (for the setData
 * baseline); prints its figures as JSON.
 * Usage: tsx bench/national-build.ts OUT_DIR [DAYS]
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { topology } from 'topojson-server';
import { parseDailyFile } from '../src/lib/daily/parse';
import { featureCollectionText } from '../src/lib/json';
import { controlTopology } from '../src/lib/pack/topology';

const [out, daysArg] = process.argv.slice(2);
const days = Number(daysArg ?? 800);
const [daily, root, built] = ['days', 'root', 'build'].map((d) => join(out, d));
const tsx = (script: string, args: string[]) =>
  execFileSync(process.execPath, ['--import', 'tsx', script, ...args], {
    encoding: 'utf8',
    maxBuffer: 1 << 26,
  });

tsx('scripts/synthetic-daily.ts', [
  daily,
  '--days',
  String(days),
  '--vertices',
  '15000',
  '--profile',
  'national',
]);
// each day is a file of its own, served and compressed one by one
const files = readdirSync(daily).filter((f) => f.endsWith('.geojson'));
const rawGzipBytes = files.reduce((sum, f) => sum + gzipSync(readFileSync(join(daily, f))).length, 0);

// a project root with the seed ledger and the base geography, as an editor's checkout has
mkdirSync(root, { recursive: true });
for (const f of ['claims', 'sources.yaml', 'places.yaml', 'names.yaml'])
  cpSync(join('geodata', f), join(root, f), { recursive: true });
symlinkSync(resolve('geodata/base'), join(root, 'base'));

/** A step's wall seconds, and its peak memory as the step itself prints it. */
function step(script: string, args: string[]): { seconds: number; peakMb: number } {
  const t0 = performance.now();
  const printed = tsx(script, args);
  const seconds = (performance.now() - t0) / 1000;
  const peak = /peak memory (\d+) MB/.exec(printed);
  if (!peak) throw new Error(`${script} printed no peak memory:\n${printed}`);
  return { seconds, peakMb: Number(peak[1]) };
}
const imported = step('scripts/import-daily.ts', [daily, '--out', join(root, 'imports')]);
const build = step('scripts/build-geodata.ts', ['--root', root, '--out', built]);

// the same history two ways: our packed pieces, and TopoJSON (topojson-server's own
// quantization, 1e5) of the dated shapes the import wrote
const control = JSON.parse(readFileSync(join(built, 'control.geojson'), 'utf8')) as FeatureCollection;
const traced = control.features.filter((f) => f.properties?.basis === 'traced') as Feature<Geometry>[];
const packedGeojsonGzipBytes = gzipSync(featureCollectionText(traced)).length;
// as the app loads them (src/lib/pack/topology.ts: TopoJSON, lossless on the output grid)
const tracedTopology = controlTopology({ type: 'FeatureCollection', features: traced });
const packedGzipBytes = gzipSync(JSON.stringify(tracedTopology)).length;
const shapes = readdirSync(join(root, 'imports'))
  .filter((f) => f.endsWith('.geojson'))
  .flatMap((f) => (JSON.parse(readFileSync(join(root, 'imports', f), 'utf8')) as FeatureCollection).features);
const history: FeatureCollection = { type: 'FeatureCollection', features: shapes };
const topojsonGzipBytes = gzipSync(JSON.stringify(topology({ history }, 1e5))).length;

// the scrub's dates: 40 days when Pokrovsk's ground changes, visited out of order as a drag
// back and forth would, each with that day's whole ground, as its file has it (repaired),
// for the setData baseline: what a map that loads each day's file would draw
const pokrovsk = shapes.filter((f) => f.properties?.region === 'pokrovsk');
const dates = [...new Set(pokrovsk.map((f) => f.properties!.from as string))].sort();
const sequence = Array.from({ length: 40 }, (_, k) => {
  const date = dates[Math.floor((((k * 17) % 40) / 40) * dates.length)];
  const file = `synthetic_${date.replaceAll('-', '')}.geojson`;
  return { date, geometry: parseDailyFile(file, readFileSync(join(daily, file), 'utf8')).geometry };
});
writeFileSync(join(out, 'sequence.json'), JSON.stringify(sequence));

console.log(
  JSON.stringify({
    days,
    files: files.length,
    importedShapes: shapes.length,
    pieces: traced.length,
    importSeconds: +imported.seconds.toFixed(1),
    buildSeconds: +build.seconds.toFixed(1),
    importPeakMb: imported.peakMb,
    buildPeakMb: build.peakMb,
    rawGzipBytes,
    packedGzipBytes,
    packedGeojsonGzipBytes,
    topojsonGzipBytes,
  }),
);
