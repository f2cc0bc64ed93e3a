/**
 * First render: from navigation to the first frame with the control layers drawn, for the
 * embed and for a bare MapLibre page drawing the same base layers and control shapes from
 * the same files (MapLibre from its npm package, no framework, no poster, no patterns).
 * Time is read from the page's own clock; bytes are the gzip sizes of what each page asked
 * for, by kind. Run by bench/run.ts.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from '@playwright/test';
import { offlineStyle, PLACE_LABELS, type BaseData } from '../src/map/style';
import { overlayLayers } from '../src/map/overlay-layers';
import { HELD_OPACITY, HOLDER_COLOUR } from '../src/map/palette';
import { baseTilesUrl } from '../src/browser/load';

const KINDS: [string, RegExp][] = [
  ['js', /\.m?js$/],
  ['css', /\.css$/],
  ['data', /\.((geo|topo)?json|mvt)$/],
  ['glyphs', /\.pbf$/],
  ['images', /\.(svg|png)$/],
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

/**
 * The bare page: the app's own basemap style from URLs, plain fills for the shapes, and the
 * app's place labels (the embed draws them too, so both wait for the same glyphs).
 */
export function barePage(origin: string): string {
  const base: BaseData = { tiles: baseTilesUrl(`${origin}/`) };
  const style = offlineStyle(base, `${origin}/fonts/{fontstack}/{range}.pbf`, '');
  style.sources.control = { type: 'geojson', data: `${origin}/data/control.geojson` };
  const shown = [
    'all',
    ['==', ['get', 'perspective'], 'assessed'],
    ['<=', ['get', 'from'], DATE],
    ['any', ['!', ['to-boolean', ['get', 'to']]], ['>', ['get', 'to'], DATE]],
  ];
  style.layers.push({
    id: 'control',
    type: 'fill',
    source: 'control',
    filter: shown as never,
    paint: {
      'fill-color': ['match', ['get', 'holder'], 'ru', HOLDER_COLOUR.ru, HOLDER_COLOUR.ua],
      'fill-opacity': HELD_OPACITY,
    },
  });
  // the same place labels and dots as the embed, from the same glyphs: the same layers drawn
  style.layers.push(...overlayLayers().filter((l) => l.id === PLACE_LABELS || l.id === 'settlement-dots'));
  return `<!doctype html><html><head><meta charset="utf-8"><link rel="icon" href="data:,">
    <link rel="stylesheet" href="/bench-maplibre/maplibre-gl.css">
    <style>html,body{margin:0}#map{width:800px;height:600px}</style></head>
    <body><div id="map"></div><script type="module">
      import * as maplibregl from '/bench-maplibre/maplibre-gl.mjs';
      maplibregl.setWorkerUrl('/bench-maplibre/maplibre-gl-worker.mjs');
      const map = new maplibregl.Map({ container: 'map', style: ${JSON.stringify(style)},
        bounds: [34.4, 50.85, 36.3, 51.75], fitBoundsOptions: { padding: 24 } });
      map.once('load', () => map.once('idle', () => { window.drawnAt = performance.now(); }));
    </script></body></html>`;
}

async function once(page: Page, url: string, drawn: () => Promise<number>) {
  const requested: string[] = [];
  page.on('request', (r) => requested.push(new URL(r.url()).pathname));
  await page.goto(url);
  const ms = await drawn();
  return { ms, bytes: weigh(requested) };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

export async function firstRender(browser: Browser, origin: string, runs: number) {
  const ours: { ms: number; bytes: Record<string, number> }[] = [];
  const bare: typeof ours = [];
  for (let i = 0; i < runs; i++) {
    // a fresh context each time: nothing cached, as for a reader's first visit
    const a = await browser.newContext({ viewport: { width: 800, height: 900 } });
    const pa = await a.newPage();
    ours.push(
      await once(pa, `${origin}/embed.html?region=kursk&date=${DATE}&controls=0`, async () => {
        await pa.waitForSelector('body[data-map-ready]', { timeout: 60_000 });
        return pa.evaluate(
          () =>
            new Promise<number>((r) => {
              const map = (window as unknown as { frontlineMap: { map: import('maplibre-gl').Map } })
                .frontlineMap.map;
              if (map.loaded()) r(performance.now());
              else map.once('idle', () => r(performance.now()));
            }),
        );
      }),
    );
    await a.close();
    const b = await browser.newContext({ viewport: { width: 800, height: 900 } });
    await b.route(`${origin}/bench-bare.html`, (route) =>
      route.fulfill({ contentType: 'text/html', body: barePage(origin) }),
    );
    await b.route(`${origin}/bench-maplibre/**`, (route) =>
      route.fulfill({
        path: join(MAPLIBRE, new URL(route.request().url()).pathname.slice('/bench-maplibre/'.length)),
      }),
    );
    const pb = await b.newPage();
    bare.push(
      await once(pb, `${origin}/bench-bare.html`, async () => {
        await pb.waitForFunction(() => (window as unknown as { drawnAt?: number }).drawnAt, null, {
          timeout: 60_000,
        });
        return pb.evaluate(() => (window as unknown as { drawnAt: number }).drawnAt);
      }),
    );
    await b.close();
  }
  const oursMs = median(ours.map((r) => r.ms));
  const bareMs = median(bare.map((r) => r.ms));
  return {
    ms: +oursMs.toFixed(0),
    bareMs: +bareMs.toFixed(0),
    ratio: +(oursMs / bareMs).toFixed(2),
    runs,
    // JSON, GeoJSON, TopoJSON and basemap tiles the embed fetched for its first map of one area
    dataGzipBytes: ours[0].bytes.data,
    bytes: ours[0].bytes,
    bareBytes: bare[0].bytes,
  };
}
