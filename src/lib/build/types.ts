/**
 * What the geodata build reads and the record it writes for every control shape. Pure types.
 */
import type { MultiLineString } from 'geojson';
import type { Ledger, Reference } from '../claims/validate';
import type { Basis } from '../certainty/basis';
import type { ImportedSeries } from '../daily/imported';
import type { DatedSpec, Interpolation } from '../timeline/expand';

export interface BuildInputs extends Ledger {
  ref: Reference;
  border: MultiLineString;
  /** Daily series from `npm run import:daily` (geodata/imports/). */
  imports?: ImportedSeries[];
}

export interface ControlProps {
  id: string;
  region: string;
  perspective: string;
  holder: string;
  scope: 'region' | 'local';
  status: string;
  from: string;
  to: string | null;
  claims: string[];
  schematic: boolean;
  /** What the shape is drawn to (src/lib/certainty/basis.ts). */
  basis: Basis;
  note: string | null;
  area_km2: number;
  /** The range of km² its claims' words allow (src/lib/certainty/range.ts); max null: none stated. */
  km2_min: number;
  km2_max: number | null;
  interpolated: Interpolation | null;
  /** On the first shape of a gradual change: with interpolation off, it holds until this date. */
  holds_to?: string;
  /** A local shape: the places its claims name, the ground it speaks of. */
  places?: string[];
  /** A piece of an imported daily series (see importedPieces), and that series' name. */
  packed?: true;
  source?: string;
}

/** A frame that says a holder has no ground in the area: a span, no shape. */
export type NoneSpan = DatedSpec & { id: string };
