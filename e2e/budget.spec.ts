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

/** A module and the modules it imports statically (not `import()`), from the built text. */
function withStaticImports(file: string): string[] {
  const text = readFileSync(join(DIST, file), 'utf8');
  const dir = file.includes('/') ? file.slice(0, file.lastIndexOf('/') + 1) : '';
  const imported = [...text.matchAll(/(?:from|import)\s*"\.\/([^"]+\.js)"/g)].map((m) => join(dir, m[1]));
  return [file, ...new Set(imported.flatMap((f) => withStaticImports(f)))];
}

const KB = 1024;
const BUDGET = {
  /** embed.html with its scripts and styles: the poster, before Svelte or MapLibre */
  embedFirstPaint: 10 * KB,
  /** all our code the embed loads up to the first map, MapLibre left out (English words included) */
  embedOwnCode: 40 * KB,
  /** the element's script and what it imports before it nears the viewport */
  elementFirstPaint: 8 * KB,
  /** all of the element's own code (its chunks), MapLibre left out */
  elementOwnCode: 36 * KB,
  /** one language's messages (Ukrainian or Russian), fetched only by readers who ask for it */
  language: 6 * KB,
};
// language files are alternatives, loaded one at a time and only when asked for: counted apart
const LANGUAGE = /\/(uk|ru)-[^/]*\.js$/;

test('the embed and the element stay within their weight budgets', () => {
  const firstPaint = [
    'embed.html',
    ...new Set(pageAssets('embed.html').flatMap((f) => (f.endsWith('.js') ? withStaticImports(f) : [f]))),
  ];
  // the app page's own entry and the date-change module are not the embed's
  const embedChunks = assets('assets', /\.js$/).filter(
    (f) => !/\/(maplibre|main|change)-/.test(f) && !LANGUAGE.test(f),
  );
  const languages = assets('assets', /\.js$/).filter((f) => LANGUAGE.test(f));
  const maplibre = assets('assets', /^maplibre-[^g].*\.js$/);
  const elementFirst = withStaticImports('frontline-map.js');
  const element = [
    'frontline-map.js',
    ...assets('element', /^(?!maplibre).*\.js$/).filter((f) => !LANGUAGE.test(f)),
  ];
  const figures = {
    embedFirstPaint: sum(firstPaint),
    embedOwnCode: sum([...new Set([...firstPaint.filter((f) => f.endsWith('.js')), ...embedChunks])]),
    elementFirstPaint: sum(elementFirst),
    elementOwnCode: sum(element),
    maplibre: sum(maplibre),
    language: Math.max(...languages.map(gzip)),
  };
  test.info().annotations.push({ type: 'gzip bytes', description: JSON.stringify(figures) });
  console.log('gzip bytes:', figures);
  // every file the budgets count exists: a renamed chunk must not slip out of the sums
  expect(firstPaint.length).toBeGreaterThanOrEqual(3);
  expect(embedChunks.some((f) => f.includes('MapStage-'))).toBe(true);
  expect(maplibre).toHaveLength(1);
  expect(languages).toHaveLength(2);
  for (const [key, budget] of Object.entries(BUDGET))
    expect(figures[key as keyof typeof BUDGET], key).toBeLessThanOrEqual(budget);
  // neither Svelte's runtime nor MapLibre is in a first paint
  for (const f of [...firstPaint, ...elementFirst]) expect(f).not.toMatch(/maplibre|live-|MapStage-/);
});
