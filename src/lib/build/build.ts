/**
 * The whole geodata build, from parsed ledger files and base geography to the text of
 * every output: the claims' tracks drawn and checked, imported series merged and packed,
 * disputed ground, and the tables. Pure. Throws LedgerErrors listing every problem;
 * returns nothing partial.
 */
import type { GenericSchema } from 'valibot';
import { LedgerErrors } from '../claims/errors';
import type { Claim, Place } from '../claims/schema';
import { validateLedger } from '../claims/validate';
import { featureCollectionText, stableStringify } from '../json';
import { controlTopology } from '../pack/topology';
import { disputedGround } from './disputed';
import { drawTracks } from './draw-tracks';
import { giveWay, importedPieces } from './series';
import { heldByBoth } from './shape-checks';
import { areas, claimsTable, compare, events } from './tables';
import type { BuildInputs } from './types';
import {
  AreasFile,
  ClaimsFile,
  ControlFile,
  DisputedFile,
  EventsFile,
  type ControlGeometry,
} from '../contract/records';
import { readRecord } from '../contract/read';

/** `value`, once it is known to keep its file's record (the value itself, not a copy). */
function kept<T>(file: string, schema: GenericSchema, value: T): T {
  readRecord(file, schema, value);
  return value;
}

/**
 * Bumped whenever the build writes new files or changes what they mean, so that an older
 * geodata/build is rebuilt rather than served without them.
 */
export const GEODATA_FORMAT = 5;

export function buildGeodata(
  inputs: BuildInputs,
  o: { progress?: (step: string) => void } = {},
): Record<'control' | 'controlTopology' | 'disputed' | 'events' | 'areas' | 'claims', string> {
  const invalid = validateLedger(inputs, inputs.ref);
  if (invalid.length) throw new LedgerErrors(invalid);

  const places = new Map<string, Place>(inputs.places.value.map((p) => [p.id, p]));
  const claims = new Map<string, Claim>(
    inputs.claimFiles.flatMap((L) => L.value.claims.map((c) => [c.id, c] as const)),
  );
  const { shapes, nones, errors } = drawTracks(inputs, places, claims);
  o.progress?.(`${shapes.length} shapes drawn from the claims`);

  const edges = new Map<string, ControlGeometry>();
  for (const series of inputs.imports ?? []) {
    giveWay(shapes, nones, series);
    const pieces = importedPieces(series);
    for (const piece of pieces) {
      edges.set(piece.shape.properties.id, piece.geometry);
      shapes.push(piece.shape);
    }
    const name = `${series.region}-${series.perspective}-${series.holder}`;
    o.progress?.(`${series.history.length} dated shapes of ${name} packed into ${pieces.length} pieces`);
  }

  errors.push(...heldByBoth(shapes));
  if (errors.length) throw new LedgerErrors(errors);

  shapes.sort((a, b) => compare(a.properties, b.properties));
  o.progress?.(`${shapes.length} shapes checked`);
  const disputed = disputedGround(shapes, nones);
  o.progress?.(`${disputed.length} pieces of disputed ground`);
  // an imported series' pieces carry their own edges, drawn as the outline (see src/lib/pack)
  const control = shapes.map((s) =>
    edges.has(s.properties.id) ? { ...s, geometry: edges.get(s.properties.id)! } : s,
  );
  // the build keeps the contract it publishes: a record that departs from it is the build's
  // bug, stopped here rather than found by a reader's browser
  const out = {
    control: kept<ControlFile>('control.geojson', ControlFile, {
      type: 'FeatureCollection',
      features: control,
    }),
    disputed: kept<DisputedFile>('disputed.geojson', DisputedFile, {
      type: 'FeatureCollection',
      features: disputed,
    }),
    events: kept<EventsFile>('events.geojson', EventsFile, {
      type: 'FeatureCollection',
      features: events(inputs, places),
    }),
    areas: kept<AreasFile>('areas.json', AreasFile, areas(shapes, nones, claims)),
    claims: kept<ClaimsFile>('claims.json', ClaimsFile, claimsTable(inputs, claims)),
  };
  o.progress?.('every output keeps the data contract');
  return {
    control: featureCollectionText(out.control.features),
    // the same, as the app loads it: shared edges once, positions as steps on the grid
    controlTopology: `${JSON.stringify(controlTopology(out.control))}\n`,
    disputed: featureCollectionText(out.disputed.features),
    events: featureCollectionText(out.events.features),
    areas: stableStringify(out.areas),
    claims: stableStringify(out.claims),
  };
}
