/**
 * Benchmark (not a test): how long a date change takes to reach the screen, for this app's
 * feature-state approach and for a naive baseline that calls setData with that date's
 * shapes, in one run, on one page (same map, viewport and data). Prints a table and writes
 * bench/results.json. Usage: npm run bench (after npm run build).
 */
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { chromium } from '@playwright/test';
import { CHROMIUM_LAUNCH } from '../e2e/chromium';

const PORT = 4420;
const CHANGES = Number(process.env.BENCH_CHANGES ?? 40);

const server = spawn(
  'npx',
  ['vite', 'preview', '--port', String(PORT), '--strictPort', '--host', '127.0.0.1'],
  {
    stdio: 'ignore',
  },
);
const stop = () => server.kill();
process.on('exit', stop);

async function waitForServer(): Promise<void> {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${PORT}/`)).ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error('vite preview did not start');
}

const stats = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const q = (p: number) => s[Math.min(s.length - 1, Math.floor(p * s.length))];
  return { medianMs: +q(0.5).toFixed(1), p95Ms: +q(0.95).toFixed(1), n: s.length };
};

await waitForServer();
const browser = await chromium.launch(CHROMIUM_LAUNCH);
const page = await browser.newPage({ viewport: { width: 800, height: 600 } });
// no fade: the change is then fully drawn at the first idle, like the baseline's
await page.emulateMedia({ reducedMotion: 'reduce' });
// tsx names functions with a helper that the page does not have
await page.addInitScript({ content: 'window.__name = (f) => f;' });
await page.goto(`http://127.0.0.1:${PORT}/?region=kursk&perspective=assessed&date=2024-08-06`);
await page.waitForSelector('body[data-map-ready]', { timeout: 60_000 });

const result = await page.evaluate(async (changes) => {
  type Fm = { map: import('maplibre-gl').Map; show(d: string, p: string): void };
  const fm = (window as unknown as { frontlineMap: Fm }).frontlineMap;
  const map = fm.map;
  const control = await (await fetch('data/control.geojson')).json();
  const features = control.features.filter(
    (f: { properties: { perspective: string } }) => f.properties.perspective === 'assessed',
  );
  const dates: string[] = [
    ...new Set<string>(features.map((f: { properties: { from: string } }) => f.properties.from)),
  ].sort();
  const idle = () => new Promise<void>((r) => map.once('idle', () => r()));
  const settle = async () => {
    const p = idle();
    map.triggerRepaint();
    await p;
  };
  const ours = ['control-controlled', 'control-contested', 'control-advance', 'control-outline'];
  map.addSource('naive', { type: 'geojson', data: { type: 'FeatureCollection', features: [] } });
  map.addLayer({
    id: 'naive',
    type: 'fill',
    source: 'naive',
    paint: { 'fill-color': '#0072B2', 'fill-opacity': 0.45 },
  });
  await settle();
  const sequence = Array.from({ length: changes }, (_, i) => dates[(i * 7) % dates.length]);
  const time = async (apply: (d: string) => void) => {
    const out: number[] = [];
    for (const d of sequence) {
      await settle();
      const t0 = performance.now();
      const done = idle();
      apply(d);
      map.triggerRepaint(); // a change that alters nothing still ends in one frame and an idle
      await done;
      out.push(performance.now() - t0);
    }
    return out;
  };
  // baseline: every change sends that date's shapes to the worker to be re-tiled
  for (const id of ours) map.setLayoutProperty(id, 'visibility', 'none');
  const baseline = await time((d) =>
    (map.getSource('naive') as import('maplibre-gl').GeoJSONSource).setData({
      type: 'FeatureCollection',
      features: features.filter(
        (f: { properties: { from: string; to: string | null } }) =>
          f.properties.from <= d && (!f.properties.to || d < f.properties.to),
      ),
    }),
  );
  for (const id of ours) map.setLayoutProperty(id, 'visibility', 'visible');
  map.setLayoutProperty('naive', 'visibility', 'none');
  const app = await time((d) => fm.show(d, 'assessed'));
  // the floor: a repaint with nothing changed
  const floor: number[] = [];
  for (let i = 0; i < changes; i++) {
    await settle();
    const t0 = performance.now();
    await settle();
    floor.push(performance.now() - t0);
  }
  return { app, baseline, floor };
}, CHANGES);
await browser.close();

const app = stats(result.app);
const baseline = stats(result.baseline);
const floor = stats(result.floor);
const results = {
  machine: { cpus: cpus().length, model: cpus()[0]?.model ?? 'unknown', node: process.version },
  browser: 'Debian chromium, headless, WebGL via SwiftShader (software)',
  data: { controlBytes: readFileSync('dist/data/control.geojson').length },
  viewport: '800x600, Kursk',
  measure: 'ms from a date change until the map is idle with the change drawn',
  scrub: {
    medianMs: app.medianMs,
    p95Ms: app.p95Ms,
    baselineMedianMs: baseline.medianMs,
    baselineP95Ms: baseline.p95Ms,
    floorMedianMs: floor.medianMs,
    ratioMedian: +(app.medianMs / baseline.medianMs).toFixed(2),
    ratioP95: +(app.p95Ms / baseline.p95Ms).toFixed(2),
    changes: app.n,
  },
};
mkdirSync('bench', { recursive: true });
writeFileSync('bench/results.json', JSON.stringify(results, null, 2) + '\n');
console.log('approach                 median ms   p95 ms');
console.log(
  `repaint, no change      ${String(floor.medianMs).padStart(9)} ${String(floor.p95Ms).padStart(8)}`,
);
console.log(`feature-state (ours)    ${String(app.medianMs).padStart(9)} ${String(app.p95Ms).padStart(8)}`);
console.log(
  `setData (baseline)      ${String(baseline.medianMs).padStart(9)} ${String(baseline.p95Ms).padStart(8)}`,
);
console.log(`ratio ours/baseline: median ${results.scrub.ratioMedian}, p95 ${results.scrub.ratioP95}`);
stop();
