/**
 * The data contract: every record the geodata build writes to geodata/build/ and the app
 * reads back, declared once. The build's types, the app's checks at the fetch boundary
 * (./read.ts) and the published JSON Schemas (docs/schemas/, `npm run schemas`) all come
 * from these declarations; docs/data-contract.md says what each field means. Field names
 * are a contract: new fields may be added, these are not renamed. Pure.
 */
import type {
  Feature,
  FeatureCollection,
  GeometryCollection,
  MultiLineString,
  MultiPolygon,
  Point as GeoPoint,
  Polygon,
} from 'geojson';
import * as v from 'valibot';
import { BASES } from '../certainty/basis';
import { QUALIFIERS } from '../certainty/range';
import {
  claimSchema,
  figureSchema,
  isoDate,
  placeSchema,
  PRECISIONS,
  sourceSchema,
} from '../claims/claim-schema';
import { REGIONS } from '../regions';
import { CLAIMANTS, HOLDERS, KINDS, PAIRS, PERSPECTIVES, STATUSES } from '../taxonomy';

// the vocabulary: the two axes every shape carries, and what it rests on
const region = v.picklist(REGIONS);
const perspective = v.picklist(PERSPECTIVES);
const holder = v.picklist(HOLDERS);
const status = v.picklist(STATUSES);
const basis = v.picklist(BASES);
const scope = v.picklist(['region', 'local']);
const ids = v.array(v.string());
const precision = v.picklist(PRECISIONS);

// geometry, as RFC 7946 writes it (positions [lon, lat], 5 decimals in our files)
const position = v.tuple([v.number(), v.number()]);
const ring = v.array(position);
const PolygonShape = v.object({ type: v.literal('Polygon'), coordinates: v.array(ring) });
const MultiPolygonShape = v.object({ type: v.literal('MultiPolygon'), coordinates: v.array(v.array(ring)) });
const MultiLineShape = v.object({ type: v.literal('MultiLineString'), coordinates: v.array(ring) });
const Point = v.object({ type: v.literal('Point'), coordinates: position });
/** Ground: what every control and disputed shape is. */
const ArealShape = v.union([PolygonShape, MultiPolygonShape]);
/** A piece of a packed series: its ground and, where it has any, its own edges. */
const PieceShape = v.object({
  type: v.literal('GeometryCollection'),
  geometries: v.union([v.strictTuple([ArealShape]), v.strictTuple([ArealShape, MultiLineShape])]),
});

/** A weekly step between two claims: their dates, how far along, and both ends' claims. */
export const Interpolation = v.object({
  between: v.tuple([isoDate, isoDate]),
  fraction: v.number(),
  claims: v.tuple([ids, ids]),
});

/** A control shape (control.geojson, control.topojson): one per shape per period. */
export const ControlProps = v.object({
  id: v.string(),
  region,
  perspective,
  holder,
  scope,
  status,
  /** Inclusive. */
  from: isoDate,
  /** Exclusive; null while still in force. */
  to: v.nullable(isoDate),
  claims: ids,
  schematic: v.boolean(),
  basis,
  note: v.nullable(v.string()),
  area_km2: v.number(),
  /** The range of km² its claims' words allow; max null: they state no area. */
  km2_min: v.number(),
  km2_max: v.nullable(v.number()),
  interpolated: v.nullable(Interpolation),
  /** On the first shape of a gradual change: with interpolation off, it holds until this date. */
  holds_to: v.optional(isoDate),
  /** A local shape: the places its claims name. */
  places: v.optional(ids),
  /** A piece of an imported daily series, and that series' name. */
  packed: v.optional(v.literal(true)),
  source: v.optional(v.string()),
});

/** Disputed ground (disputed.geojson): what one perspective draws and another does not. */
export const DisputedProps = v.object({
  id: v.string(),
  region,
  /** The two perspectives compared, unordered: `assessed|ru`, `assessed|ua` or `ru|ua`. */
  pair: v.picklist(PAIRS),
  /** The perspective that draws this ground for `holder`... */
  perspective,
  /** ...and the one whose claims in force on these dates do not. */
  versus: perspective,
  holder,
  status,
  from: isoDate,
  to: v.nullable(isoDate),
  area_km2: v.number(),
  claims: ids,
  versus_claims: ids,
  schematic: v.boolean(),
  basis,
  versus_basis: v.array(basis),
  /** Both sides rest on stated figures, places or traced data: counted in the headline. */
  firm: v.boolean(),
});

/** A claim's marker (events.geojson): one per claim, no point when it names no place. */
export const EventProps = v.object({
  id: v.string(),
  date: isoDate,
  date_precision: precision,
  kind: v.picklist(KINDS),
  region: v.nullable(region),
  perspective: v.nullable(perspective),
  claimant: v.picklist(CLAIMANTS),
  claims: ids,
  place: v.nullable(v.string()),
  /** From reporting beyond the four source articles. */
  outside_brief: v.boolean(),
});

/** A row of areas.json: one shape (or one series' pieces) in force on a change date. */
export const AreaRow = v.object({
  date: isoDate,
  region,
  perspective,
  holder,
  status,
  /** `local`: the row speaks of the places its claims name only, never of the area's total. */
  scope,
  basis,
  interpolated: v.boolean(),
  /** For a step between two claims: their dates, and how far along. */
  between: v.optional(v.tuple([isoDate, isoDate])),
  fraction: v.optional(v.number()),
  km2: v.number(),
  km2_min: v.number(),
  km2_max: v.nullable(v.number()),
  claims: ids,
  places: v.optional(ids),
  /** For an imported series' row: the series' name. */
  source: v.optional(v.string()),
  /** The area figures its claims state. */
  stated: v.array(
    v.object({
      claim: v.string(),
      km2: v.number(),
      qualifier: v.picklist(QUALIFIERS),
      km2_max: v.optional(v.number()),
    }),
  ),
});

// the ledger's own records, as claims.json gives them back: sources and places as written,
// claims with their perspective and every figure's area in km²
export const SourceRecord = v.object(sourceSchema.entries);
/** A gazetteer place: its name in each language, where it is, and how sure that is. */
export const PlaceRecord = v.object(placeSchema.entries);
export const ClaimRecord = v.object({
  ...claimSchema.entries,
  /** The figure in km², where it is an area. */
  figures: v.array(v.object({ ...figureSchema.entries, km2: v.nullable(v.number()) })),
  /** Whose word it is; null for third governments and unnamed reports. */
  perspective: v.nullable(perspective),
});

// the files
const collection = <P extends v.GenericSchema, G extends v.GenericSchema>(properties: P, geometry: G) =>
  v.object({
    type: v.literal('FeatureCollection'),
    features: v.array(v.object({ type: v.literal('Feature'), properties, geometry })),
  });

export const ControlFile = collection(ControlProps, v.union([ArealShape, PieceShape]));
export const DisputedFile = collection(DisputedProps, ArealShape);
export const EventsFile = collection(EventProps, v.nullable(Point));
export const AreasFile = v.object({
  unit: v.literal('km2'),
  /** How the areas were measured. */
  method: v.string(),
  /** Every date on which anything changes. */
  dates: v.array(isoDate),
  rows: v.array(AreaRow),
});
export const ClaimsFile = v.object({
  sources: v.array(SourceRecord),
  places: v.array(PlaceRecord),
  claims: v.array(ClaimRecord),
});
/** A tiles archive's metadata (npm run build:tiles): every piece's properties. */
export const TilesMetadata = v.object({ pieces: v.array(ControlProps) });
export const ManifestFile = v.object({
  /** Bumped when the outputs change shape: `npm start` rebuilds an older build. */
  format: v.number(),
  /** SHA-256 of every input file and every output, by path. */
  inputs: v.record(v.string(), v.string()),
  outputs: v.record(v.string(), v.string()),
});

// the records' types; geometry keeps RFC 7946's types (@types/geojson), which the checked
// values satisfy, so geometry code and turf share one vocabulary
export type Areal = Polygon | MultiPolygon;
/** A piece of a packed series: its ground, then (where it has any) its own edges. */
export type PieceGeometry = Omit<GeometryCollection, 'geometries'> & {
  geometries: [Areal] | [Areal, MultiLineString];
};
export type ControlGeometry = Areal | PieceGeometry;
export type Interpolation = v.InferOutput<typeof Interpolation>;
export type ControlProps = v.InferOutput<typeof ControlProps>;
export type DisputedProps = v.InferOutput<typeof DisputedProps>;
export type EventProps = v.InferOutput<typeof EventProps>;
export type AreaRow = v.InferOutput<typeof AreaRow>;
export type SourceRecord = v.InferOutput<typeof SourceRecord>;
export type PlaceRecord = v.InferOutput<typeof PlaceRecord>;
export type ClaimRecord = v.InferOutput<typeof ClaimRecord>;
export type ControlFeature = Feature<ControlGeometry, ControlProps>;
export type ControlFile = FeatureCollection<ControlGeometry, ControlProps>;
/** The control layer as the app holds it: in tiles mode, the pieces' properties only. */
export type ControlLayer = FeatureCollection<ControlGeometry | null, ControlProps>;
export type DisputedFeature = Feature<Areal, DisputedProps>;
export type DisputedFile = FeatureCollection<Areal, DisputedProps>;
export type EventFeature = Feature<GeoPoint | null, EventProps>;
export type EventsFile = FeatureCollection<GeoPoint | null, EventProps>;
export type AreasFile = v.InferOutput<typeof AreasFile>;
export type ClaimsFile = v.InferOutput<typeof ClaimsFile>;
export type ManifestFile = v.InferOutput<typeof ManifestFile>;

/** The features that have a geometry: the ones a map source draws. */
export const withGeometry = <F extends { geometry: unknown }>(features: readonly F[]) =>
  features.filter((f): f is F & { geometry: NonNullable<F['geometry']> } => f.geometry !== null);

/** Each output file and its record: what `npm run schemas` publishes and the app checks. */
export const OUTPUT_FILES = {
  'control.geojson': ControlFile,
  'disputed.geojson': DisputedFile,
  'events.geojson': EventsFile,
  'areas.json': AreasFile,
  'claims.json': ClaimsFile,
  'manifest.json': ManifestFile,
} as const;
