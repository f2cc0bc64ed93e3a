/**
 * The npm package as a newsroom gets it: `npm pack`, installed into two small consumer apps
 * (plain TypeScript with Vite, and Svelte), type-checked against its published types, built
 * with Vite, and opened from their own origin with the map's data on another: the map
 * draws, its key reads, a shape's claim card opens, and the Svelte app's bound date follows.
 * Consumers sit under tmp/ so they use this repository's Vite, TypeScript and Svelte.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import type { CustomElement, Package } from 'custom-elements-manifest/schema';
import { ELEMENT_OPTION_KEYS } from '../src/lib/embedding/options';
import { VIEW_KEYS } from '../src/lib/view/state';
import { elementReadsAndClicks, watch } from './helpers';
import { documentedCorsHeaders } from './cors-headers';
import { staticHost, type StaticHost } from './static-host';

const WORK = resolve('tmp/package-test');
const BIN = (path: string) => resolve('node_modules', path);
const run = (cwd: string, args: string[], env: Record<string, string> = {}) =>
  execFileSync(process.execPath, args, {
    cwd,
    env: { ...process.env, ...env },
    encoding: 'utf8',
    stdio: 'pipe',
  });

/** npm itself: the one running this test (npm test), else the one on the PATH. */
function npmRun(cwd: string, args: string[]): string {
  const npm = process.env.npm_execpath;
  return npm?.endsWith('.js')
    ? execFileSync(process.execPath, [npm, ...args], { cwd, encoding: 'utf8', stdio: 'pipe' })
    : execFileSync('npm', args, { cwd, encoding: 'utf8', stdio: 'pipe' });
}

test.describe.configure({ mode: 'serial' });
test.setTimeout(240_000);

let tarball = '';
let files: string[] = [];
let mapHost: StaticHost;

test.beforeAll(async () => {
  rmSync(WORK, { recursive: true, force: true });
  mkdirSync(WORK, { recursive: true });
  // `npm pack` runs prepack (npm run build:package) as a publish would
  const out = npmRun(resolve('.'), ['pack', '--json', '--pack-destination', WORK]);
  // the JSON report follows what prepack printed
  const packed = JSON.parse(out.slice(out.indexOf('\n[') + 1)) as {
    filename: string;
    files: { path: string }[];
  }[];
  tarball = join(WORK, packed[0].filename);
  files = packed[0].files.map((f) => f.path);
  mapHost = await staticHost({ root: 'dist', port: 4341, headers: documentedCorsHeaders() });
});

test.afterAll(async () => {
  await mapHost?.close();
});

test('the package ships the element, its types, the Svelte component and the manifest, and nothing else', () => {
  for (const path of [
    'package.json',
    'README.md',
    'LICENSE',
    'CHANGELOG.md',
    'pkg/element/frontline-map.js',
    'pkg/element/frontline-map.css',
    'pkg/types/element.d.ts',
    'pkg/svelte/index.js',
    'pkg/svelte/index.d.ts',
    'pkg/svelte/FrontlineMap.svelte',
    'pkg/svelte/FrontlineMap.svelte.d.ts',
    'pkg/custom-elements.json',
  ])
    expect(files, path).toContain(path);
  // the element's chunks, MapLibre's worker among them, in one folder
  expect(files.some((f) => /^pkg\/element\/element\/maplibre-gl-worker-.*\.js$/.test(f))).toBe(true);
  // no sources, data, app pages or tests: the map's data is served by its host (`src`)
  for (const f of files) expect(f).toMatch(/^(package\.json|README\.md|LICENSE|CHANGELOG\.md|pkg\/)/);
  expect(
    files.filter((f) => /\/(data|fonts|assets|snapshots)\/|\.(html|geojson|topojson|mvt|pbf)$/.test(f)),
  ).toEqual([]);
});

test('the custom elements manifest names the tag, every attribute the element reads, its events and members', () => {
  const manifest = JSON.parse(readFileSync('pkg/custom-elements.json', 'utf8')) as Package;
  const [module] = manifest.modules;
  expect(module.path).toBe('pkg/element/frontline-map.js');
  const element = module.declarations![0] as CustomElement;
  expect(element.tagName).toBe('frontline-map');
  expect(element.attributes!.map((a) => a.name).sort()).toEqual(
    ['src', ...VIEW_KEYS, ...ELEMENT_OPTION_KEYS].sort(),
  );
  expect(element.events!.map((e) => e.name)).toEqual(['ready', 'datechange']);
  expect(element.members!.map((m) => m.name)).toEqual([
    'date',
    'region',
    'perspective',
    'map',
    'play',
    'pause',
  ]);
  expect(element.attributes!.every((a) => a.description)).toBe(true);
});

/** Copies a consumer app, installs the packed package into it offline, and checks its types. */
function consumer(name: string): string {
  const dir = join(WORK, name);
  cpSync(resolve('e2e/consumers', name), dir, { recursive: true });
  npmRun(dir, [
    'install',
    '--offline',
    '--no-audit',
    '--no-fund',
    '--no-package-lock',
    '--ignore-scripts',
    tarball,
  ]);
  return dir;
}

async function build(dir: string, articlePort: number): Promise<StaticHost> {
  run(dir, [BIN('vite/bin/vite.js'), 'build', '--logLevel', 'warn'], { VITE_MAP_HOST: `${mapHost.origin}/` });
  return staticHost({ root: join(dir, 'dist'), port: articlePort });
}

test('a plain TypeScript app type-checks against the element’s types, builds, and shows the map', async ({
  page,
}) => {
  const dir = consumer('vite-ts');
  // strict, and the package's own declarations checked too (skipLibCheck off); each line
  // checks.ts expects to be an error fails the run if the types ever allow it
  run(dir, [BIN('typescript/bin/tsc'), '-p', 'tsconfig.json']);
  const article = await build(dir, 4342);
  try {
    await page.setViewportSize({ width: 900, height: 800 });
    const seen = watch(page, [article.origin, mapHost.origin]);
    await page.goto(`${article.origin}/`);
    await elementReadsAndClicks(page);
    await expect(page.locator('body')).toHaveAttribute('data-ready', 'true');
    await expect(page.locator('body')).toHaveAttribute('data-date', '2024-08-20');
    expect(seen.errors).toEqual([]);
  } finally {
    await article.close();
  }
});

test('a Svelte app type-checks the component’s props, builds, and its bound date follows the map', async ({
  page,
}) => {
  const dir = consumer('svelte');
  run(dir, [BIN('svelte-check/bin/svelte-check'), '--tsconfig', './tsconfig.json', '--fail-on-warnings']);
  const article = await build(dir, 4343);
  try {
    await page.setViewportSize({ width: 900, height: 800 });
    const seen = watch(page, [article.origin, mapHost.origin]);
    await page.goto(`${article.origin}/`);
    await elementReadsAndClicks(page);
    await expect(page.getByTestId('ready')).toHaveText('map ready');
    // the reader moves the slider to the last date: the app's bound date follows
    await expect(page.getByTestId('date')).toHaveText('2024-08-20');
    await page.locator('frontline-map [role="slider"]').press('End');
    await expect(page.getByTestId('date')).not.toHaveText('2024-08-20');
    const shown = await page.evaluate(() => document.querySelector('frontline-map')!.date);
    expect(shown).toMatch(/^\d{4}-\d\d-\d\d$/);
    await expect(page.getByTestId('date')).toHaveText(shown!);
    expect(seen.errors).toEqual([]);
  } finally {
    await article.close();
  }
});
