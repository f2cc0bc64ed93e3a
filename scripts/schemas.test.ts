import { readdirSync, readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { outputSchemas } from '../src/lib/contract/schemas';
import { OUTPUT_FILES } from '../src/lib/contract/records';

test('the published JSON Schemas are the contract’s: one per output file, rewritten by npm run schemas', () => {
  const generated = outputSchemas();
  expect(Object.keys(generated)).toHaveLength(Object.keys(OUTPUT_FILES).length);
  expect(readdirSync('docs/schemas').sort()).toEqual(Object.keys(generated).sort());
  for (const [name, schema] of Object.entries(generated))
    expect(readFileSync(`docs/schemas/${name}`, 'utf8'), `${name}: run npm run schemas`).toBe(
      `${JSON.stringify(schema, null, 2)}\n`,
    );
  // what a reader of the schema relies on: the vocabulary and the dates are spelled out
  const control = JSON.stringify(generated['control.schema.json']);
  expect(control).toContain('"enum":["assessed","ru","ua"]');
  expect(control).toContain('"format":"date"');
});
