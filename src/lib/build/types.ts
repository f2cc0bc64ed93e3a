/**
 * What the geodata build reads (what it writes is the data contract, ../contract/records.ts).
 * Pure types.
 */
import type { MultiLineString } from 'geojson';
import type { Ledger, Reference } from '../claims/validate';
import type { ImportedSeries } from '../daily/imported';
import type { DatedSpec } from '../timeline/expand';

export interface BuildInputs extends Ledger {
  ref: Reference;
  border: MultiLineString;
  /** Daily series from `npm run import:daily` (geodata/imports/). */
  imports?: ImportedSeries[];
}

/** A frame that says a holder has no ground in the area: a span, no shape. */
export type NoneSpan = DatedSpec & { id: string };
