import { readFileSync } from 'node:fs';
import type { FeatureCollection } from 'geojson';
import { parse } from 'yaml';
import {
  gazetteerNames,
  namesFileSchema,
  withCheckedNames,
  type CheckedName,
  type GazetteerNames,
} from '../../src/lib/base/names';
import { LedgerErrors } from '../../src/lib/claims/errors';
import { parseLedgerFile } from '../../src/lib/claims/parse';

export const NAMES_FILE = 'geodata/names.yaml';

/** The checked names of geodata/names.yaml; throws every problem, located, if any. */
export function readCheckedNames(file = NAMES_FILE): CheckedName[] {
  const parsed = parseLedgerFile(readFileSync(file, 'utf8'), file, namesFileSchema);
  if (!parsed.ok) throw new LedgerErrors(parsed.errors);
  return parsed.located.value;
}

/** The settlements the map labels: geodata/base's picks with every checked name applied. */
export function settlementLabels(): FeatureCollection {
  const places = parse(readFileSync('geodata/places.yaml', 'utf8')) as GazetteerNames[];
  const settlements = JSON.parse(
    readFileSync('geodata/base/settlements.geojson', 'utf8'),
  ) as FeatureCollection;
  return withCheckedNames(settlements, [...readCheckedNames(), ...gazetteerNames(places)]);
}
