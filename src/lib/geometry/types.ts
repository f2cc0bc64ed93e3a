import type { MultiLineString, MultiPolygon, Polygon } from 'geojson';

export type Areal = Polygon | MultiPolygon;
export type LonLat = [number, number];

/** The base geography a shape is drawn against. */
export interface Ground {
  /** The oblast the shape must stay inside (already fitted to the country's land). */
  oblast: Areal;
  /** The international land border (Russia-Ukraine). */
  border: MultiLineString;
}
