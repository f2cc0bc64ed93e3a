/**
 * Makes sure the app has what it serves, building only what is missing or stale:
 * geodata/base (from npm packages), geodata/build (from the ledger), then stages the
 * files the browser loads into public/ (data/, fonts/, examples/). Usage: npm run prepare:data
 */
import { execFileSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { BASE_MANIFEST, baseIsCurrent } from './lib/base-state';
import { GEODATA_FORMAT } from '../src/lib/build/build';
import { DEFAULT_PUBLIC_URL, oembedFiles, publicUrl } from '../src/lib/embedding/oembed';
import { writeSnapshots } from './lib/snapshots';
import { writeBaseTiles } from './lib/base-tiles';

const require = createRequire(import.meta.url);
const run = (script: string) =>
  execFileSync(process.execPath, ['--import', 'tsx', script], { stdio: 'inherit' });

/** Newest modification time of the ledger files (sources, places, claims) and imports. */
function newestLedgerInput(): number {
  const inFolder = (dir: string) => (existsSync(dir) ? readdirSync(dir).map((f) => join(dir, f)) : []);
  const files = [
    'geodata/sources.yaml',
    'geodata/places.yaml',
    ...inFolder('geodata/claims'),
    ...inFolder('geodata/imports'),
  ];
  return Math.max(...files.map((f) => statSync(f).mtimeMs), statSync(BASE_MANIFEST).mtimeMs);
}

if (!baseIsCurrent()) run('scripts/build-base.ts');
const built = 'geodata/build/manifest.json';
const builtFormat = () => (JSON.parse(readFileSync(built, 'utf8')) as { format?: number }).format;
if (!existsSync(built) || builtFormat() !== GEODATA_FORMAT || statSync(built).mtimeMs < newestLedgerInput())
  run('scripts/build-geodata.ts');

rmSync('public/data', { recursive: true, force: true });
mkdirSync('public/data/base', { recursive: true });
for (const f of [
  'control.geojson',
  'control.topojson',
  'disputed.geojson',
  'events.geojson',
  'areas.json',
  'claims.json',
])
  cpSync(join('geodata/build', f), join('public/data', f));
const tileCount = writeBaseTiles('public/data/base/tiles');
const fonts = join(require.resolve('tileserver-gl-styles/package.json'), '..', 'fonts');
cpSync(fonts, 'public/fonts', { recursive: true });
// the fonts' licence travels with them (SIL OFL 1.1: its text, from the SPDX list, CC0)
const ofl = (require('spdx-license-list/licenses/OFL-1.1.json') as { licenseText: string }).licenseText;
writeFileSync(
  'public/fonts/OFL.txt',
  `Noto Sans, copyright The Noto Project Authors (https://github.com/notofonts/latin-greek-cyrillic),\nhere as map glyphs from the npm package tileserver-gl-styles. Licensed under the\nSIL Open Font License, Version 1.1:\n\n${ofl}\n`,
);
// Deployment settings the app reads at start. Offline by default: no remote basemap.
const config: Record<string, string> = process.env.FRONTLINE_BASEMAP_STYLE_URL
  ? { basemapStyleUrl: process.env.FRONTLINE_BASEMAP_STYLE_URL }
  : {};
// tiles mode, for histories too long to load whole: the control layer as a PMTiles archive
if (process.env.FRONTLINE_CONTROL_TILES === '1') {
  execFileSync(
    process.execPath,
    [
      '--import',
      'tsx',
      'scripts/build-tiles.ts',
      'geodata/build/control.geojson',
      'public/data/control.pmtiles',
    ],
    { stdio: 'inherit' },
  );
  config.controlTiles = 'data/control.pmtiles';
}
writeFileSync('public/config.json', JSON.stringify(config) + '\n');
// oEmbed responses for the embed page, on the URL the site will be served from
const site = publicUrl(process.env.FRONTLINE_PUBLIC_URL, DEFAULT_PUBLIC_URL);
const { dates } = JSON.parse(readFileSync('geodata/build/areas.json', 'utf8')) as { dates: string[] };
for (const [name, response] of Object.entries(oembedFiles(site, dates[dates.length - 1])))
  writeFileSync(join('public', name), JSON.stringify(response, null, 2) + '\n');
// static pictures of the map (SVG, and WebP for the pages): the embed's first paint, its
// <noscript> image, the still shown where the map cannot start
const started = Date.now();
const snapshots = await writeSnapshots('public/snapshots');
console.log(`rendered ${snapshots} snapshots in ${((Date.now() - started) / 1000).toFixed(1)} s`);
// example host pages (scrollytelling), served as they are beside the app
rmSync('public/examples', { recursive: true, force: true });
cpSync('examples', 'public/examples', { recursive: true });
console.log(`cut ${tileCount} basemap tiles into public/data/base/tiles`);
console.log(`staged public/data, public/fonts, public/examples, public/config.json and oEmbed for ${site}`);
if (!process.env.FRONTLINE_PUBLIC_URL)
  console.warn(
    `note: FRONTLINE_PUBLIC_URL is not set, so the oEmbed responses and share image point at ${site}; ` +
      'set it to the URL the site is served from before deploying (docs/embedding.md)',
  );
