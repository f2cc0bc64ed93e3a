/**
 * What the built site weighs as a static host serves it (gzip), read from dist/: the files
 * a page loads first and the modules they import. Shared by the weight budgets
 * (e2e/budget.spec.ts) and the benchmark (bench/run.ts).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export const DIST = 'dist';
export const gzip = (file: string) => gzipSync(readFileSync(join(DIST, file)), { level: 9 }).length;
export const sum = (files: string[]) => files.reduce((total, f) => total + gzip(f), 0);

/** The scripts and stylesheets an HTML page loads before anything else runs. */
export function pageAssets(page: string): string[] {
  const html = readFileSync(join(DIST, page), 'utf8');
  return [...html.matchAll(/(?:src|href)="\.\/(assets\/[^"]+\.(?:js|css))"/g)].map((m) => m[1]);
}

export const assets = (dir: string, pattern: RegExp) =>
  readdirSync(join(DIST, dir))
    .filter((f) => pattern.test(f))
    .map((f) => join(dir, f));

/** A module and the modules it imports statically (not `import()`), from the built text. */
export function withStaticImports(file: string): string[] {
  const text = readFileSync(join(DIST, file), 'utf8');
  const dir = file.includes('/') ? file.slice(0, file.lastIndexOf('/') + 1) : '';
  const imported = [...text.matchAll(/(?:from|import)\s*"\.\/([^"]+\.js)"/g)].map((m) => join(dir, m[1]));
  return [file, ...new Set(imported.flatMap((f) => withStaticImports(f)))];
}

// language files are alternatives, loaded one at a time and only when asked for: counted apart
export const LANGUAGE = /\/(uk|ru)-[^/]*\.js$/;

/** The embed's weights: its first paint, its own code up to the map, MapLibre, a language. */
export function embedWeights() {
  const firstPaint = [
    'embed.html',
    ...new Set(pageAssets('embed.html').flatMap((f) => (f.endsWith('.js') ? withStaticImports(f) : [f]))),
  ];
  // the app page's own entry and the date-change module are not the embed's; the PMTiles
  // reader loads only in tiles mode, so it is weighed apart
  const all = assets('assets', /\.js$/);
  const embedChunks = all.filter((f) => !/\/(maplibre|main|change|pmtiles)-/.test(f) && !LANGUAGE.test(f));
  const languages = all.filter((f) => LANGUAGE.test(f));
  const maplibre = assets('assets', /^maplibre-[^g].*\.js$/);
  const tilesReader = assets('assets', /^pmtiles-.*\.js$/);
  const elementFirst = withStaticImports('frontline-map.js');
  const element = [
    'frontline-map.js',
    ...assets('element', /^(?!maplibre|pmtiles).*\.js$/).filter((f) => !LANGUAGE.test(f)),
  ];
  return {
    files: { firstPaint, embedChunks, languages, maplibre, elementFirst, tilesReader },
    figures: {
      embedFirstPaint: sum(firstPaint),
      embedOwnCode: sum([...new Set([...firstPaint.filter((f) => f.endsWith('.js')), ...embedChunks])]),
      elementFirstPaint: sum(elementFirst),
      elementOwnCode: sum(element),
      maplibre: sum(maplibre),
      language: Math.max(...languages.map(gzip)),
      tilesReader: sum(tilesReader),
    },
  };
}
