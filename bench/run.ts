/**
 * Benchmark (not a test): prints a table and writes bench/results.json with the machine,
 * the browser, data sizes and every figure, so runs can be compared over time:
 *   scrub        date change to drawn frame, this app against a setData baseline (one page)
 *   firstRender  the embed's first frame with the control layers, against bare MapLibre pages
 *                drawing the same layers (and, as first measured, flat fills)
 *   weight       gzip bytes of our code and of MapLibre
 *   build        seconds to build the seed ledger
 *   scale        a synthetic 1,000-day front: its packed size against the raw daily files,
 *                the time and peak memory to pack it, and its scrub and playback in the app
 * Usage: npm run bench (after npm run build). BENCH_CHANGES and BENCH_RUNS size it.
 */
import { execFileSync } from 'node:child_process';
import { startPreview } from './server';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM_LAUNCH } from '../e2e/chromium';
import { embedWeights } from '../scripts/lib/weights';
import { firstRender } from './first-render';
import { nationalResults, nationalScrub, printNational, type NationalBuild } from './national';
import { playback, scrub, type Sequence } from './scrub';

const PORT = 4420;
const ORIGIN = `http://127.0.0.1:${PORT}`;
const CHANGES = Number(process.env.BENCH_CHANGES ?? 40);
const RUNS = Number(process.env.BENCH_RUNS ?? 5);

const stats = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const q = (p: number) => s[Math.min(s.length - 1, Math.floor(p * s.length))];
  return { medianMs: +q(0.5).toFixed(1), p95Ms: +q(0.95).toFixed(1), n: s.length };
};

/** Seconds to build the seed ledger into a scratch folder: the median of three builds. */
function seedBuildSeconds(): number {
  const out = mkdtempSync(join(tmpdir(), 'bench-build-'));
  const times = [0, 1, 2].map(() => {
    const t0 = performance.now();
    execFileSync(process.execPath, ['--import', 'tsx', 'scripts/build-geodata.ts', '--out', out], {
      stdio: 'ignore',
    });
    return (performance.now() - t0) / 1000;
  });
  rmSync(out, { recursive: true, force: true });
  return +times.sort((a, b) => a - b)[1].toFixed(1);
}

/** The scale data, packed in a process of its own (its seconds and peak memory are its own). */
const scaleDir = mkdtempSync(join(tmpdir(), 'bench-scale-'));
const scaleBuild = JSON.parse(
  execFileSync(process.execPath, ['--import', 'tsx', 'bench/scale-build.ts', scaleDir], { encoding: 'utf8' }),
) as Record<string, number>;

/** The national data: 800 days imported and built, in processes of their own. */
const nationalDir = mkdtempSync(join(tmpdir(), 'bench-national-'));
const nationalBuild = JSON.parse(
  execFileSync(process.execPath, ['--import', 'tsx', 'bench/national-build.ts', nationalDir], {
    encoding: 'utf8',
  }),
) as NationalBuild;

const server = await startPreview(PORT);
const browser = await chromium.launch(CHROMIUM_LAUNCH);
const page = await browser.newPage({ viewport: { width: 800, height: 600 } });
// tsx names functions with a helper that the page does not have
await page.addInitScript({ content: 'window.__name = (f) => f;' });
const SEED_URL = `${ORIGIN}/?region=kursk&perspective=assessed&date=2024-08-06`;
const times = await scrub(page, SEED_URL, CHANGES);
const seedPlayback = await playback(page, SEED_URL);
await page.close();

// the same app, same viewport, with the packed 1,000-day history as its control layer
const scalePage = await browser.newPage({ viewport: { width: 800, height: 600 } });
await scalePage.addInitScript({ content: 'window.__name = (f) => f;' });
await scalePage.route('**/data/control.topojson', (r) =>
  r.fulfill({ path: join(scaleDir, 'control.topojson') }),
);
await scalePage.route('**/data/disputed.geojson', (r) =>
  r.fulfill({ json: { type: 'FeatureCollection', features: [] } }),
);
const sequence = JSON.parse(readFileSync(join(scaleDir, 'sequence.json'), 'utf8')) as Sequence;
const SCALE_URL = `${ORIGIN}/?region=kursk&perspective=assessed&date=2023-01-01`;
const scaleTimes = await scrub(scalePage, SCALE_URL, CHANGES, sequence);
const scalePlayback = await playback(scalePage, SCALE_URL);
await scalePage.close();
const national = await nationalScrub(browser, ORIGIN, nationalDir, CHANGES);
const render = await firstRender(browser, ORIGIN, RUNS);
await browser.close();
await server.stop();
console.log(`preview server on port ${PORT} stopped`);
// the scratch data (the national series alone is some 450 MB of daily files) goes with it
for (const dir of [scaleDir, nationalDir]) rmSync(dir, { recursive: true, force: true });
const build = { seedSeconds: seedBuildSeconds() };
const { figures } = embedWeights();

const [app, baseline, floor] = [stats(times.app), stats(times.baseline), stats(times.floor)];
const [scaleApp, scaleBaseline, scaleFloor] = [
  stats(scaleTimes.app),
  stats(scaleTimes.baseline),
  stats(scaleTimes.floor),
];
const results = {
  date: new Date().toISOString().slice(0, 10),
  machine: { cpus: cpus().length, model: cpus()[0]?.model ?? 'unknown', node: process.version },
  browser: 'Debian chromium, headless, WebGL via SwiftShader (software)',
  data: { controlBytes: readFileSync('dist/data/control.geojson').length },
  viewport: '800x600, Kursk',
  scrub: {
    measure: 'ms from a date change until the map is idle with the change drawn',
    medianMs: app.medianMs,
    p95Ms: app.p95Ms,
    baselineMedianMs: baseline.medianMs,
    baselineP95Ms: baseline.p95Ms,
    floorMedianMs: floor.medianMs,
    floorP95Ms: floor.p95Ms,
    ratioMedian: +(app.medianMs / baseline.medianMs).toFixed(2),
    ratioP95: +(app.p95Ms / baseline.p95Ms).toFixed(2),
    // what each approach adds to a frame the map draws anyway (medians less the floor's)
    overFloorMedianMs: +(app.medianMs - floor.medianMs).toFixed(1),
    baselineOverFloorMedianMs: +(baseline.medianMs - floor.medianMs).toFixed(1),
    changes: app.n,
  },
  firstRender: {
    measure: 'ms from navigation to the first idle frame with the control layers (median), fresh context',
    ...render,
  },
  weight: {
    appGzipBytes: figures.embedOwnCode,
    maplibreGzipBytes: figures.maplibre,
    appShareOfMaplibre: +(figures.embedOwnCode / figures.maplibre).toFixed(3),
    embedFirstPaintGzipBytes: figures.embedFirstPaint,
  },
  build,
  scale: {
    data: 'synthetic front, 1,000 days, 2,000 vertices (bench/scale-build.ts, src/lib/daily/synthetic.ts)',
    ...scaleBuild,
    packedRatio: +(scaleBuild.packedGzipBytes / scaleBuild.rawGzipBytes).toFixed(4),
    scrubMedianMs: scaleApp.medianMs,
    scrubP95Ms: scaleApp.p95Ms,
    baselineMedianMs: scaleBaseline.medianMs,
    baselineP95Ms: scaleBaseline.p95Ms,
    floorMedianMs: scaleFloor.medianMs,
    floorP95Ms: scaleFloor.p95Ms,
    ratioP95: +(scaleApp.p95Ms / scaleBaseline.p95Ms).toFixed(2),
    overFloorMedianMs: +(scaleApp.medianMs - scaleFloor.medianMs).toFixed(1),
    baselineOverFloorMedianMs: +(scaleBaseline.medianMs - scaleFloor.medianMs).toFixed(1),
    // against the five-area figure of the same run
    scrubRatio: +(scaleApp.p95Ms / app.p95Ms).toFixed(2),
  },
  playback: { seed: seedPlayback, scale: scalePlayback },
  national: nationalResults(nationalBuild, national),
};
mkdirSync('bench', { recursive: true });
writeFileSync('bench/results.json', JSON.stringify(results, null, 2) + '\n');

const row = (name: string, a: number | string, b: number | string = '') =>
  console.log(`${name.padEnd(38)} ${String(a).padStart(10)} ${String(b).padStart(10)}`);
row('scrub', 'median ms', 'p95 ms');
row('  repaint, no change (floor)', floor.medianMs, floor.p95Ms);
row('  feature-state (ours)', app.medianMs, app.p95Ms);
row('  setData (baseline)', baseline.medianMs, baseline.p95Ms);
row('  ratio ours/baseline (target p95 <= 0.2)', results.scrub.ratioMedian, results.scrub.ratioP95);
row(
  '  median over the floor: ours, baseline',
  results.scrub.overFloorMedianMs,
  results.scrub.baselineOverFloorMedianMs,
);
row('first render', 'ms', 'gzip KB');
const kb = (b: Record<string, number>) => (Object.values(b).reduce((s, x) => s + x, 0) / 1024).toFixed(0);
row('  embed', render.ms, kb(render.bytes));
row('  bare MapLibre page, the same layers', render.bareMs, kb(render.bareBytes));
row('  ratio (target <= 1.3)', render.ratio);
row('  bare MapLibre page, flat fills (first baseline)', render.plainBareMs, kb(render.plainBareBytes));
row('  ratio against flat fills', render.plainRatio);
row('  data to the first map, gzip KB (target <= 120)', (render.dataGzipBytes / 1024).toFixed(1));
row('weight', 'gzip KB', 'share');
row(
  '  our code (target <= 15% of MapLibre)',
  (figures.embedOwnCode / 1024).toFixed(1),
  results.weight.appShareOfMaplibre,
);
row('  MapLibre', (figures.maplibre / 1024).toFixed(1));
row('build of the seed ledger (target <= 10 s)', `${build.seedSeconds} s`);
row('scale: 1,000 days', 'MB gzip', 'ratio');
const mb = (b: number) => (b / 1e6).toFixed(2);
row('  raw daily files', mb(scaleBuild.rawGzipBytes));
row('  packed (target <= 0.1)', mb(scaleBuild.packedGzipBytes), results.scale.packedRatio);
row(
  '  read and pack: s, peak MB',
  (scaleBuild.packSeconds + scaleBuild.readSeconds).toFixed(1),
  scaleBuild.peakMemoryMB,
);
row('  scrub, ours', scaleApp.medianMs, scaleApp.p95Ms);
row('  scrub, setData baseline', scaleBaseline.medianMs, scaleBaseline.p95Ms);
row('  scrub, floor', scaleFloor.medianMs, scaleFloor.p95Ms);
row(
  '  median over the floor: ours, baseline',
  results.scale.overFloorMedianMs,
  results.scale.baselineOverFloorMedianMs,
);
row('  scrub p95 / five-area p95 (target <= 1.5)', '', results.scale.scrubRatio);
printNational(results.national, row);
row('playback, fastest', 'dropped', 'frame p95');
row('  five areas', `${seedPlayback.dropped}/${seedPlayback.changing}`, seedPlayback.frameP95Ms);
row('  1,000 days', `${scalePlayback.dropped}/${scalePlayback.changing}`, scalePlayback.frameP95Ms);
console.log('wrote bench/results.json');
