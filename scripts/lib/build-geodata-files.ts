import { join } from 'node:path';
import { buildGeodata, GEODATA_FORMAT } from '../../src/lib/build/build';
import { stableStringify } from '../../src/lib/json';
import { readText, sha256, writeAllAtomic } from './files';
import { readInputs } from './ledger';

/**
 * Reads the ledger under `root`, builds, and writes every output to `out` atomically.
 * Throws LedgerErrors (nothing written) when the ledger has problems.
 * Returns the paths written, with their sizes.
 */
export function buildGeodataFiles(
  root: string,
  out = join(root, 'build'),
  progress?: (step: string) => void,
): Record<string, number> {
  const { inputs, files } = readInputs(root);
  const built = buildGeodata(inputs, { progress });
  const outputs: Record<string, string> = {
    [join(out, 'control.geojson')]: built.control,
    [join(out, 'control.topojson')]: built.controlTopology,
    [join(out, 'disputed.geojson')]: built.disputed,
    [join(out, 'events.geojson')]: built.events,
    [join(out, 'areas.json')]: built.areas,
    [join(out, 'claims.json')]: built.claims,
  };
  const name = (p: string) => p.slice(p.lastIndexOf('/') + 1);
  const relative = (p: string) => p.slice(root.length + 1);
  outputs[join(out, 'manifest.json')] = stableStringify({
    format: GEODATA_FORMAT,
    inputs: Object.fromEntries(files.map((f) => [relative(f), sha256(readText(f))])),
    outputs: Object.fromEntries(Object.entries(outputs).map(([p, t]) => [name(p), sha256(t)])),
  });
  writeAllAtomic(outputs);
  return Object.fromEntries(Object.entries(outputs).map(([p, t]) => [p, Buffer.byteLength(t)]));
}
