import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Feature, FeatureCollection, MultiLineString, Point } from 'geojson';
import { LedgerErrors, LedgerError } from '../../src/lib/claims/errors';
import { parseLedgerFile, type Located } from '../../src/lib/claims/parse';
import { claimsFileSchema, placesFileSchema, sourcesFileSchema } from '../../src/lib/claims/schema';
import type { BuildInputs } from '../../src/lib/build/types';
import { readImport } from '../../src/lib/daily/imported';
import type { Areal } from '../../src/lib/geometry/types';
import { readText } from './files';

/** Reads a geodata folder (ledger, imports, base) into build inputs; every problem, located. */
export function readInputs(root: string): { inputs: BuildInputs; files: string[] } {
  const errors: LedgerError[] = [];
  const files: string[] = [];
  const load = <T>(file: string, schema: Parameters<typeof parseLedgerFile>[2]): Located<T> | null => {
    files.push(file);
    if (!existsSync(file)) {
      errors.push(new LedgerError(file, null, null, null, 'file not found'));
      return null;
    }
    const r = parseLedgerFile(readText(file), file, schema);
    if (!r.ok) errors.push(...r.errors);
    return r.ok ? (r.located as Located<T>) : null;
  };
  const sources = load<BuildInputs['sources']['value']>(join(root, 'sources.yaml'), sourcesFileSchema);
  const places = load<BuildInputs['places']['value']>(join(root, 'places.yaml'), placesFileSchema);
  const claimsDir = join(root, 'claims');
  const claimFiles = (existsSync(claimsDir) ? readdirSync(claimsDir) : [])
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => load<BuildInputs['claimFiles'][number]['value']>(join(claimsDir, f), claimsFileSchema));

  // daily series from npm run import:daily, one file per area, perspective and holder
  const importsDir = join(root, 'imports');
  const imports = (existsSync(importsDir) ? readdirSync(importsDir) : [])
    .filter((f) => f.endsWith('.geojson'))
    .sort()
    .flatMap((f) => {
      const file = join(importsDir, f);
      files.push(file);
      const read = readImport(file, readText(file));
      errors.push(...read.errors);
      return read.series ? [read.series] : [];
    });

  const base = join(root, 'base');
  const need = ['oblasts.geojson', 'border.geojson', 'settlements.geojson'].map((f) => join(base, f));
  for (const f of need)
    if (!existsSync(f)) errors.push(new LedgerError(f, null, null, null, 'missing: run npm run build:base'));
  if (errors.length) throw new LedgerErrors(errors);
  files.push(...need);

  const [oblasts, border, settlements] = need.map((f) => JSON.parse(readText(f)) as FeatureCollection);
  return {
    files,
    inputs: {
      sources: sources!,
      places: places!,
      claimFiles: claimFiles as BuildInputs['claimFiles'],
      imports,
      border: (border.features[0] as Feature<MultiLineString>).geometry,
      ref: {
        oblasts: new Map(
          (oblasts.features as Feature<Areal, { id: string; area_km2: number }>[]).map((f) => [
            f.properties.id,
            { geometry: f.geometry, area_km2: f.properties.area_km2 },
          ]),
        ),
        settlements: new Map(
          (settlements.features as Feature<Point, { geonameid: number }>[]).map((f) => [
            f.properties.geonameid,
            f.geometry.coordinates as [number, number],
          ]),
        ),
      },
    },
  };
}
