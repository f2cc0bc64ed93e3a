/**
 * Builds geodata/build/ from the claims ledger and the base geography. Usage:
 *   npm run build:geodata [-- --root DIR --out DIR]
 * On any problem it prints each one (file:line, record, field) and exits 1, leaving the
 * previous outputs as they were.
 */
import { parseArgs } from 'node:util';
import { LedgerErrors } from '../src/lib/claims/errors';
import { buildGeodataFiles } from './lib/build-geodata-files';
import { peakMb } from './lib/files';

const { values } = parseArgs({
  options: { root: { type: 'string', default: 'geodata' }, out: { type: 'string' } },
});

try {
  const started = performance.now();
  const seconds = () => ((performance.now() - started) / 1000).toFixed(1);
  // a national series takes some seconds to pack: say how far the build has got
  const written = buildGeodataFiles(values.root!, values.out, (step) =>
    console.log(`  ${step}, ${seconds()} s`),
  );
  for (const [path, bytes] of Object.entries(written))
    console.log(`${path}  ${(bytes / 1024).toFixed(1)} KB`);
  console.log(`geodata built in ${seconds()} s, peak memory ${peakMb()} MB`);
} catch (e) {
  if (!(e instanceof LedgerErrors)) throw e;
  console.error(`build:geodata: ${e.errors.length} problem(s), nothing written:\n${e.message}`);
  process.exit(1);
}
