import type { MultiLineString } from 'geojson';
import type { Areal } from '../contract/records';

// ground, the shapes' geometry, is declared with the data contract
export type { Areal };
export type LonLat = [number, number];

/** The base geography a shape is drawn against. */
export interface Ground {
  /** The oblast the shape must stay inside (already fitted to the country's land). */
  oblast: Areal;
  /** The international land border (Russia-Ukraine). */
  border: MultiLineString;
}
