/**
 * The JSON Schema of each output file, generated from the contract (./records.ts) so the
 * published schemas (docs/schemas/, `npm run schemas`) cannot drift from what the build
 * writes and the app checks. Pure; used by the script and its test only.
 */
import { toJsonSchema } from '@valibot/to-json-schema';
import { OUTPUT_FILES } from './records';

export function outputSchemas(): Record<string, object> {
  return Object.fromEntries(
    Object.entries(OUTPUT_FILES).map(([file, schema]) => {
      const name = file.replace(/\.(geojson|json)$/, '');
      return [
        `${name}.schema.json`,
        {
          $schema: 'https://json-schema.org/draft/2020-12/schema',
          $id: `${name}.schema.json`,
          title: `${file}: ${TITLES[file as keyof typeof OUTPUT_FILES]}`,
          description: `Written by npm run build:geodata to geodata/build/${file}. What each field means: docs/data-contract.md.`,
          ...toJsonSchema(schema, {
            target: 'draft-2020-12',
            // a check JSON Schema cannot say (that a date exists) is left to our own readers
            overrideAction: ({ valibotAction, jsonSchema }) =>
              valibotAction.type === 'check' ? jsonSchema : undefined,
          }),
        },
      ];
    }),
  );
}

const TITLES: Record<keyof typeof OUTPUT_FILES, string> = {
  'control.geojson': 'who holds what ground, one feature per shape per period, per perspective',
  'disputed.geojson': 'ground one perspective draws and another does not',
  'events.geojson': 'one marker per claim',
  'areas.json': 'km² per area, perspective and holder on every date anything changes',
  'claims.json': 'the claims, their sources and the places they name',
  'manifest.json': 'the format and the hashes of every input and output',
};
