/**
 * First render: from navigation to the first frame with the control layers drawn, for the
 * embed and for two bare MapLibre pages reading the same files (./bare-page.ts): one
 * drawing the embed's own layers, one flat fills (the first baseline). Time is read from the
 * page's own clock; bytes are the gzip sizes of what each page asked for, by kind. The three
 * pages take turns, each in a fresh context. Run by bench/run.ts.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from '@playwright/test';
import { barePage, type Baseline } from './bare-page';

const KINDS: [string, RegExp][] = [
  ['js', /\.m?js$/],
  ['css', /\.css$/],
  ['data', /\.((geo|topo)?json|mvt)$/],
  ['glyphs', /\.pbf$/],
  ['images', /\.(svg|png|webp)$/],
];
const MAPLIBRE = 'node_modules/maplibre-gl/dist';
const DATE = '2024-08-20';

/** Gzip bytes by kind of the files a page asked for (from dist/, or MapLibre's package). */
function weigh(paths: string[]): Record<string, number> {
  const out: Record<string, number> = Object.fromEntries(KINDS.map(([k]) => [k, 0]));
  for (const path of new Set(paths)) {
    const kind = KINDS.find(([, re]) => re.test(path))?.[0];
    const file = path.startsWith('/bench-maplibre/')
      ? join(MAPLIBRE, path.slice('/bench-maplibre/'.length))
      : join('dist', decodeURIComponent(path));
    if (kind && existsSync(file)) out[kind] += gzipSync(readFileSync(file), { level: 9 }).length;
  }
  return out;
}

async function once(page: Page, url: string, drawn: () => Promise<number>) {
  const requested: string[] = [];
  page.on('request', (r) => requested.push(new URL(r.url()).pathname));
  await page.goto(url);
  const ms = await drawn();
  return { ms, bytes: weigh(requested), drawn: await drawnShapes(page) };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

type Run = { ms: number; bytes: Record<string, number>; drawn: string[] };

/** The control shapes a page's map draws now (opacity above 0): the pages must draw the same. */
const drawnShapes = (page: Page) =>
  page.evaluate(() => {
    const w = window as unknown as {
      frontlineMap?: { map: import('maplibre-gl').Map };
      map: import('maplibre-gl').Map;
    };
    const map = w.frontlineMap?.map ?? w.map;
    const fills = map
      .getStyle()
      .layers.filter((l) => 'source' in l && l.source === 'control' && l.type === 'fill');
    const ids = map
      .queryRenderedFeatures({ layers: fills.map((l) => l.id) })
      // the flat-fill page filters by date; the others show by feature-state
      .filter((f) => f.layer.id === 'control' || Number(map.getFeatureState(f).opacity ?? 0) > 0)
      .map((f) => String(f.id));
    return [...new Set(ids)].sort();
  });

/** One first visit to the embed, in a fresh context (nothing cached, as for a new reader). */
async function embedRun(browser: Browser, origin: string): Promise<Run> {
  const context = await browser.newContext({ viewport: { width: 800, height: 900 } });
  const page = await context.newPage();
  const run = await once(page, `${origin}/embed.html?region=kursk&date=${DATE}&controls=0`, async () => {
    await page.waitForSelector('body[data-map-ready]', { timeout: 60_000 });
    return page.evaluate(
      () =>
        new Promise<number>((r) => {
          const map = (window as unknown as { frontlineMap: { map: import('maplibre-gl').Map } }).frontlineMap
            .map;
          if (map.loaded()) r(performance.now());
          else map.once('idle', () => r(performance.now()));
        }),
    );
  });
  await context.close();
  return run;
}

/** One first visit to a bare page, in a fresh context. */
async function bareRun(browser: Browser, origin: string, baseline: Baseline): Promise<Run> {
  const context = await browser.newContext({ viewport: { width: 800, height: 900 } });
  const body = barePage(origin, baseline, DATE);
  await context.route(`${origin}/bench-bare.html`, (route) =>
    route.fulfill({ contentType: 'text/html', body }),
  );
  await context.route(`${origin}/bench-maplibre/**`, (route) =>
    route.fulfill({
      path: join(MAPLIBRE, new URL(route.request().url()).pathname.slice('/bench-maplibre/'.length)),
    }),
  );
  const page = await context.newPage();
  const run = await once(page, `${origin}/bench-bare.html`, async () => {
    await page.waitForFunction(() => (window as unknown as { drawnAt?: number }).drawnAt, null, {
      timeout: 60_000,
    });
    return page.evaluate(() => (window as unknown as { drawnAt: number }).drawnAt);
  });
  await context.close();
  return run;
}

export async function firstRender(browser: Browser, origin: string, runs: number) {
  const ours: Run[] = [];
  const same: Run[] = [];
  const plain: Run[] = [];
  for (let i = 0; i < runs; i++) {
    ours.push(await embedRun(browser, origin));
    same.push(await bareRun(browser, origin, 'same'));
    plain.push(await bareRun(browser, origin, 'plain'));
  }
  // a baseline drawing other shapes (or none) would make the ratio meaningless
  const expected = JSON.stringify(ours[0].drawn);
  for (const [name, rs] of Object.entries({ embed: ours, same, plain }))
    for (const r of rs)
      if (JSON.stringify(r.drawn) !== expected || !r.drawn.length)
        throw new Error(
          `first render: the ${name} page drew shapes ${r.drawn.join(', ') || 'none'}, the embed ${expected}`,
        );
  const ms = (rs: Run[]) => median(rs.map((r) => r.ms));
  const [oursMs, bareMs, plainMs] = [ms(ours), ms(same), ms(plain)];
  return {
    ms: +oursMs.toFixed(0),
    // the bare page drawing the embed's own layers: what the app adds over MapLibre
    bareMs: +bareMs.toFixed(0),
    ratio: +(oursMs / bareMs).toFixed(2),
    // the bare page drawing flat fills (the first baseline): the app and its cartography
    plainBareMs: +plainMs.toFixed(0),
    plainRatio: +(oursMs / plainMs).toFixed(2),
    runs,
    // JSON, GeoJSON, TopoJSON and basemap tiles the embed fetched for its first map of one area
    dataGzipBytes: ours[0].bytes.data,
    bytes: ours[0].bytes,
    bareBytes: same[0].bytes,
    plainBareBytes: plain[0].bytes,
  };
}
