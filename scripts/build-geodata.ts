/**
 * Builds geodata/build/ from the claims ledger and the base geography. Usage:
 *   npm run build:geodata [-- --root DIR --out DIR]
 * On any problem it prints each one (file:line, record, field) and exits 1, leaving the
 * previous outputs as they were.
 */
import { parseArgs } from 'node:util';
import { join } from 'node:path';
import { buildGeodata } from '../src/lib/build/build';
import { LedgerErrors } from '../src/lib/claims/errors';
import { stableStringify } from '../src/lib/json';
import { readText, sha256, writeAllAtomic } from './lib/files';
import { readInputs } from './lib/ledger';

const { values } = parseArgs({
  options: { root: { type: 'string', default: 'geodata' }, out: { type: 'string' } },
});
const root = values.root!;
const out = values.out ?? join(root, 'build');

try {
  const started = performance.now();
  const { inputs, files } = readInputs(root);
  const built = buildGeodata(inputs);
  const outputs: Record<string, string> = {
    [join(out, 'control.geojson')]: built.control,
    [join(out, 'events.geojson')]: built.events,
    [join(out, 'areas.json')]: built.areas,
    [join(out, 'claims.json')]: built.claims,
  };
  const name = (p: string) => p.slice(p.lastIndexOf('/') + 1);
  outputs[join(out, 'manifest.json')] = stableStringify({
    inputs: Object.fromEntries(files.map((f) => [f.slice(root.length + 1), sha256(readText(f))])),
    outputs: Object.fromEntries(Object.entries(outputs).map(([p, t]) => [name(p), sha256(t)])),
  });
  writeAllAtomic(outputs);
  for (const [p, t] of Object.entries(outputs)) console.log(`${p}  ${(t.length / 1024).toFixed(1)} KB`);
  console.log(`geodata built in ${((performance.now() - started) / 1000).toFixed(1)} s`);
} catch (e) {
  if (!(e instanceof LedgerErrors)) throw e;
  console.error(`build:geodata: ${e.errors.length} problem(s), nothing written:\n${e.message}`);
  process.exit(1);
}
