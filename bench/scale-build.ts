/**
 * The scale data for the benchmark, in a process of its own so its time and peak memory are
 * its own: a synthetic 1,000-day front in the public daily format, read as the importer reads
 * it, and packed as the build packs an imported series (src/lib/build/series.ts). Writes into OUT_DIR the packed history as the app's control
 * layer, and the days the scrub visits with their whole ground (for the setData baseline);
 * prints its figures as JSON.
 * Usage: tsx bench/scale-build.ts OUT_DIR [DAYS]
 */
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parseDailyFile, type DailyDay } from '../src/lib/daily/parse';
import { dailySpans } from '../src/lib/daily/series';
import { syntheticDays } from '../src/lib/daily/synthetic';
import { featureCollectionText } from '../src/lib/json';
import { PACK_DEFAULTS } from '../src/lib/pack/pack';
import { importedPieces } from '../src/lib/build/series';
import { controlTopology } from '../src/lib/pack/topology';

const [out, daysArg] = process.argv.slice(2);
const days = Number(daysArg ?? 1000);
mkdirSync(out, { recursive: true });
const write = (name: string, text: string) => {
  writeFileSync(join(out, `${name}.tmp`), text);
  renameSync(join(out, `${name}.tmp`), join(out, name));
};

const t0 = performance.now();
const read: DailyDay[] = [];
let rawBytes = 0;
let rawGzipBytes = 0;
for (const day of syntheticDays({ days, vertices: 2000, first: '2023-01-01', seed: 1 })) {
  rawBytes += day.text.length;
  // each day is a file of its own, served and compressed one by one
  rawGzipBytes += gzipSync(day.text).length;
  read.push(parseDailyFile(day.file, day.text));
}
const t1 = performance.now();
const { spans } = dailySpans(read);
// packed as the build packs an imported series, with the properties the app's contract asks for
const pieces = importedPieces({
  file: 'synthetic',
  region: 'kursk',
  perspective: 'assessed',
  holder: 'ru',
  source: 'synthetic',
  history: spans.map((s) => ({ from: s.from, to: s.to, polygons: s.geometry.coordinates })),
}).map((p) => ({ ...p.shape, geometry: p.geometry }));
const packed = featureCollectionText(pieces);
// as the app loads it
const topology = JSON.stringify(controlTopology({ type: 'FeatureCollection', features: pieces }));
write('control.topojson', topology);
const t2 = performance.now();
// the scrub's dates: 40 days across the history, visited out of order as a drag back and
// forth would, each with its whole ground for the setData baseline
const sequence = Array.from({ length: 40 }, (_, k) => read[Math.floor((((k * 17) % 40) / 40) * read.length)]);
write('sequence.json', JSON.stringify(sequence.map((d) => ({ date: d.date, geometry: d.geometry }))));

console.log(
  JSON.stringify({
    days,
    spans: spans.length,
    vertices: 2000,
    pack: PACK_DEFAULTS,
    pieces: pieces.length,
    rawBytes,
    rawGzipBytes,
    // what the app loads (TopoJSON), and the same pieces as GeoJSON
    packedBytes: Buffer.byteLength(topology),
    packedGzipBytes: gzipSync(topology).length,
    packedGeojsonGzipBytes: gzipSync(packed).length,
    readSeconds: +((t1 - t0) / 1000).toFixed(2),
    packSeconds: +((t2 - t1) / 1000).toFixed(2),
    peakMemoryMB: Math.round(process.resourceUsage().maxRSS / 1024),
  }),
);
