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
    await page.addInitScript({
      content: `document.addEventListener('DOMContentLoaded', () => {
        const style = document.createElement('style');
        style.textContent = '.maplibregl-map { width: ${size.width}px !important; height: ${size.height}px !important; flex: none !important; }';
        document.head.append(style);
      });`,
    });
    for (const file of BUILT)
      await page.route(`**/data/${file}`, (r) => r.fulfill({ path: join(dir, 'build', file) }));
    const url = `${origin}/?region=pokrovsk&perspective=assessed&date=${sequence![0].date}`;
    const times = await scrub(page, url, changes, sequence);
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
