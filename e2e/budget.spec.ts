/**
 * Weight budgets on the built files (sizes, not timings): what an article pays for the
 * embed's first paint, and for its own code up to the first map, apart from MapLibre; and
 * the data a first map of one area fetches, in a browser.
 * Figures are gzip bytes, as a static host or CDN serves them.
 */
import { gzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';
import { embedWeights } from '../scripts/lib/weights';
import { mapIdle } from './helpers';

const KB = 1024;
const BUDGET = {
  /**
   * embed.html with its scripts and styles: the poster, before Svelte or MapLibre; 10 KB until
   * issue 19, whose contract checks share the areas and the taxonomy with it (a chunk of their
   * own, +0.3 KB)
   */
  embedFirstPaint: 10.5 * KB,
  /**
   * all our code the embed loads up to the first map, MapLibre left out (English words
   * included); 40 KB until issue 16 gave every shape its basis look, range and coverage
   * (the not-mapped hatch, the words of each) (+1.7 KB); 43 KB until issue 19 checked every
   * data file against the data contract where it is fetched (valibot, the records and the
   * ledger's claim records they build on, +5.9 KB, loaded beside the data, not before the
   * first paint); 50 KB until issue 20 gave the embed its key and claim cards (the legend, the
   * claim list, the words for how sure a shape is and how much the claims map, +4.7 KB, with
   * the live embed: the first paint is unchanged); 55 KB until issue 20 made it servable from
   * anywhere and shareable (MapLibre's worker from a blob: on another origin, the sentence
   * naming a host that sends no CORS header, share tags that follow the area: +1.2 KB, all
   * after the first paint, which the sentence leaves by loading only when needed)
   */
  embedOwnCode: 57 * KB,
  /** the element's script and what it imports before it nears the viewport */
  elementFirstPaint: 8 * KB,
  /**
   * all of the element's own code (its chunks), MapLibre and the tiles-mode reader left out;
   * 36 KB until issue 8 added tiles mode and packed series to the map module (+0.6 KB);
   * 38 KB until issue 16's basis looks, ranges and coverage (+1.7 KB); 41 KB until issue 19's
   * contract checks at the fetch boundary (+6.3 KB); 49 KB until issue 20's key and claim
   * cards (+4.3 KB, loaded as the element nears the viewport)
   */
  elementOwnCode: 54 * KB,
  /**
   * one language's messages (Ukrainian or Russian), fetched only by readers who ask for it;
   * 6 KB until issue 16 added the words for bases, ranges and coverage
   */
  language: 7 * KB,
};
test('the embed and the element stay within their weight budgets', () => {
  const { files, figures } = embedWeights();
  const { firstPaint, embedChunks, languages, maplibre, elementFirst, tilesReader } = files;
  test.info().annotations.push({ type: 'gzip bytes', description: JSON.stringify(figures) });
  console.log('gzip bytes:', figures);
  // every file the budgets count exists: a renamed chunk must not slip out of the sums
  expect(firstPaint.length).toBeGreaterThanOrEqual(3);
  expect(embedChunks.some((f) => f.includes('MapStage-'))).toBe(true);
  expect(maplibre).toHaveLength(1);
  expect(tilesReader).toHaveLength(1); // the PMTiles reader, in a chunk of its own (tiles mode only)
  expect(languages).toHaveLength(2);
  for (const [key, budget] of Object.entries(BUDGET))
    expect(figures[key as keyof typeof BUDGET], key).toBeLessThanOrEqual(budget);
  // neither Svelte's runtime nor MapLibre is in a first paint
  for (const f of [...firstPaint, ...elementFirst]) expect(f).not.toMatch(/maplibre|live-|MapStage-/);
});

/** Data (JSON, GeoJSON, TopoJSON, vector tiles) the embed fetches up to its first map. */
const DATA = /\.((geo|topo)?json|mvt)$/;
/** The first map of one area: its data, gzip, at most this (all five areas were 434 KB). */
const FIRST_MAP_DATA = 120 * KB;

test('the first map of each area fetches at most 120 KB of data (gzip)', async ({ browser }) => {
  test.setTimeout(180_000);
  const figures: Record<string, number> = {};
  for (const region of ['kursk', 'belgorod', 'sumy', 'pokrovsk', 'zaporizhzhia']) {
    // a fresh context: nothing cached, as for a reader's first visit
    const context = await browser.newContext({ viewport: { width: 800, height: 900 } });
    const page = await context.newPage();
    const bodies: Promise<number>[] = [];
    const tiles: string[] = [];
    page.on('response', (r) => {
      const path = new URL(r.url()).pathname;
      if (!DATA.test(path) || r.status() !== 200) return;
      if (path.endsWith('.mvt')) tiles.push(path);
      bodies.push(r.body().then((b) => gzipSync(b, { level: 9 }).length));
    });
    await page.goto(`./embed.html?region=${region}&controls=0`);
    await expect(page.locator('body')).toHaveAttribute('data-map-ready', 'true', { timeout: 60_000 });
    await mapIdle(page);
    figures[region] = (await Promise.all(bodies)).reduce((a, b) => a + b, 0);
    // the basemap came as the few tiles of one zoom the view needs, not as whole files
    expect(tiles.length, region).toBeGreaterThan(0);
    expect(tiles.length, region).toBeLessThanOrEqual(12);
    expect(new Set(tiles.map((t) => t.split('/')[4])).size, region).toBe(1);
    await context.close();
  }
  test.info().annotations.push({ type: 'first map data, gzip bytes', description: JSON.stringify(figures) });
  console.log('first map data, gzip bytes:', figures);
  for (const [region, bytes] of Object.entries(figures))
    expect(bytes, region).toBeLessThanOrEqual(FIRST_MAP_DATA);
});
