/**
 * Weight budgets on the built files (sizes, not timings): what an article pays for the
 * embed's first paint, and for its own code up to the first map, apart from MapLibre.
 * Figures are gzip bytes, as a static host or CDN serves them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';

const DIST = 'dist';
const gzip = (file: string) => gzipSync(readFileSync(join(DIST, file)), { level: 9 }).length;
const sum = (files: string[]) => files.reduce((total, f) => total + gzip(f), 0);

/** The scripts and stylesheets an HTML page loads before anything else runs. */
function pageAssets(page: string): string[] {
  const html = readFileSync(join(DIST, page), 'utf8');
  return [...html.matchAll(/(?:src|href)="\.\/(assets\/[^"]+\.(?:js|css))"/g)].map((m) => m[1]);
}
const assets = (dir: string, pattern: RegExp) =>
  readdirSync(join(DIST, dir))
    .filter((f) => pattern.test(f))
    .map((f) => join(dir, f));

const KB = 1024;
const BUDGET = {
  /** embed.html with its scripts and styles: the embed before MapLibre is asked for */
  embedFirstPaint: 32 * KB,
  /** our code from first paint to the first map (the map stage), MapLibre left out */
  embedOwnCode: 36 * KB,
  /** the element's script, stylesheet without MapLibre's rules, and its map stage */
  elementOwnCode: 36 * KB,
};

test('the embed and the element stay within their weight budgets', () => {
  const firstPaint = ['embed.html', ...pageAssets('embed.html')];
  const stage = assets('assets', /^MapStage-.*\.(js|css)$/);
  const maplibre = assets('assets', /^maplibre-[^g].*\.js$/);
  const element = ['frontline-map.js', ...assets('element', /^(?!maplibre).*\.js$/)];
  const figures = {
    embedFirstPaint: sum(firstPaint),
    embedOwnCode: sum([...firstPaint, ...stage].filter((f) => f.endsWith('.js'))),
    elementOwnCode: sum(element),
    maplibre: sum(maplibre),
  };
  test.info().annotations.push({ type: 'gzip bytes', description: JSON.stringify(figures) });
  console.log('gzip bytes:', figures);
  // every file the budgets count exists: a renamed chunk must not slip out of the sums
  expect(firstPaint.length).toBeGreaterThanOrEqual(3);
  expect(stage.length).toBeGreaterThanOrEqual(1);
  expect(maplibre).toHaveLength(1);
  expect(figures.embedFirstPaint).toBeLessThanOrEqual(BUDGET.embedFirstPaint);
  expect(figures.embedOwnCode).toBeLessThanOrEqual(BUDGET.embedOwnCode);
  expect(figures.elementOwnCode).toBeLessThanOrEqual(BUDGET.elementOwnCode);
  // MapLibre itself is never in the first paint
  expect(firstPaint.some((f) => f.includes('maplibre'))).toBe(false);
});
