/**
 * Writes the JSON Schema of each output file to docs/schemas/ from the data contract
 * (src/lib/contract/records.ts). `npm run schemas`; a test fails while they differ.
 */
import { join } from 'node:path';
import { outputSchemas } from '../src/lib/contract/schemas';
import { writeAllAtomic } from './lib/files';

export const SCHEMA_DIR = 'docs/schemas';

const files = Object.fromEntries(
  Object.entries(outputSchemas()).map(([name, schema]) => [
    join(SCHEMA_DIR, name),
    `${JSON.stringify(schema, null, 2)}\n`,
  ]),
);
writeAllAtomic(files);
for (const path of Object.keys(files)) console.log(path);
