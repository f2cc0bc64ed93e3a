/**
 * Scrubbing a national series in the app: the built national data (bench/national-build.ts)
 * served in place of the seed's, Pokrovsk shown, and the same scrub as the seed's (this
 * app, a setData baseline with that day's traced ground, and the repaint floor) at two
 * canvas sizes. A small canvas shrinks the software renderer's fixed cost per frame, so
 * what each approach adds to a frame shows.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from '@playwright/test';
import { scrub, type Sequence } from './scrub';

export const NATIONAL_SIZES = [
  { width: 800, height: 600 },
  { width: 200, height: 150 },
] as const;

/** The data files the app fetches, each answered from the national build. */
const BUILT = ['control.topojson', 'disputed.geojson', 'events.geojson', 'areas.json', 'claims.json'];

export async function nationalScrub(
  browser: Browser,
  origin: string,
  dir: string,
  changes: number,
): Promise<{ size: string; canvas: string; app: number[]; baseline: number[]; floor: number[] }[]> {
  const sequence = JSON.parse(readFileSync(join(dir, 'sequence.json'), 'utf8')) as Sequence;
  const out = [];
  for (const size of NATIONAL_SIZES) {
    // room for the page around the map, whose own box is set to the size measured
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    // tsx names functions with a helper that the page does not have
    await page.addInitScript({ content: 'window.__name = (f) => f;' });
    for (const file of BUILT)
      await page.route(`**/data/${file}`, (r) => r.fulfill({ path: join(dir, 'build', file) }));
    const url = `${origin}/?region=pokrovsk&perspective=assessed&date=${sequence![0].date}`;
    const times = await scrub(page, url, changes, sequence, size);
    // the canvas the map drew into, in CSS pixels: the figure the two sizes compare
    const canvas = await page.evaluate(() => {
      const c = document.querySelector('canvas.maplibregl-canvas') as HTMLCanvasElement;
      return `${c.clientWidth}x${c.clientHeight}`;
    });
    out.push({ size: `${size.width}x${size.height}`, canvas, ...times });
    await page.close();
  }
  return out;
}

/** What bench/national-build.ts prints. */
export interface NationalBuild {
  days: number;
  files: number;
  importedShapes: number;
  pieces: number;
  importSeconds: number;
  buildSeconds: number;
  importPeakMb: number;
  buildPeakMb: number;
  rawGzipBytes: number;
  packedGzipBytes: number;
  packedGeojsonGzipBytes: number;
  topojsonGzipBytes: number;
}

const stats = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const q = (p: number) => s[Math.min(s.length - 1, Math.floor(p * s.length))];
  return { medianMs: +q(0.5).toFixed(1), p95Ms: +q(0.95).toFixed(1) };
};
const ratio = (a: number, b: number, digits = 2) => +(a / b).toFixed(digits);

/** The national figures as bench/results.json keeps them, with the keys. */
export function nationalResults(build: NationalBuild, scrubs: Awaited<ReturnType<typeof nationalScrub>>) {
  const sizes = scrubs.map((s) => {
    const [app, baseline, floor] = [stats(s.app), stats(s.baseline), stats(s.floor)];
    return {
      size: s.size,
      canvas: s.canvas,
      app,
      baseline,
      floor,
      // targets: at most 0.5x setData, at most 1.3x the floor
      ratioP95: ratio(app.p95Ms, baseline.p95Ms),
      floorRatioP95: ratio(app.p95Ms, floor.p95Ms),
    };
  });
  const small = sizes.find((s) => s.size === '200x150')!;
  return {
    data: `synthetic national profile, ${build.days} days, about 25,000 vertices a day (bench/national-build.ts)`,
    ...build,
    // targets: import plus build at most 60 s, at most 1 GB, packed at most 1% of the daily files
    importBuildSeconds: +(build.importSeconds + build.buildSeconds).toFixed(1),
    peakMb: Math.max(build.importPeakMb, build.buildPeakMb),
    packedRatio: ratio(build.packedGzipBytes, build.rawGzipBytes, 5),
    topojsonRatio: ratio(build.topojsonGzipBytes, build.rawGzipBytes, 5),
    scrubRatioP95: small.ratioP95,
    floorRatioP95: small.floorRatioP95,
    sizes,
  };
}

type Row = (name: string, a: number | string, b?: number | string) => void;

export function printNational(n: ReturnType<typeof nationalResults>, row: Row): void {
  row(`national: ${n.days} days`, 'figure', 'target');
  row('  import + build, s', n.importBuildSeconds, '<= 60');
  row('  peak memory, MB', n.peakMb, '<= 1024');
  row('  packed, share of daily gzip', n.packedRatio, '<= 0.01');
  row('  TopoJSON of the shapes (1e5), share', n.topojsonRatio);
  row('  packed / TopoJSON', ratio(n.packedGzipBytes, n.topojsonGzipBytes));
  for (const s of n.sizes) {
    row(`  scrub at ${s.size} (canvas ${s.canvas})`, 'median ms', 'p95 ms');
    row('    ours', s.app.medianMs, s.app.p95Ms);
    row('    setData', s.baseline.medianMs, s.baseline.p95Ms);
    row('    floor', s.floor.medianMs, s.floor.p95Ms);
    row('    p95 ours/setData (<= 0.5), ours/floor (<= 1.3)', s.ratioP95, s.floorRatioP95);
  }
}
