/**
 * The ledger's records as editors write them (geodata/*.yaml): sources, places and claims
 * (./claim-schema.ts), and the tracks drawn from them. Checked by ./parse.ts, every problem
 * located to its line. Pure.
 */
import * as v from 'valibot';
import { REGIONS } from '../regions';
import {
  CLAIMANTS,
  KINDS,
  HOLDERS,
  isTerritorial,
  PERSPECTIVES,
  STATUSES,
  TERRITORIAL_KINDS,
  type Claimant,
  type Holder,
  type Perspective,
  type Status,
} from '../taxonomy';

export {
  CLAIMANTS,
  KINDS,
  HOLDERS,
  PERSPECTIVES,
  STATUSES,
  TERRITORIAL_KINDS,
  isTerritorial,
  type Claimant,
  type Holder,
  type Perspective,
  type Status,
};

export {
  above,
  claimSchema,
  figureSchema,
  idSchema,
  isoDate,
  listOf,
  placeSchema,
  PRECISIONS,
  someOf,
  sourceSchema,
  text,
  within,
  type Claim,
  type Figure,
  type Place,
  type Source,
} from './claim-schema';
import {
  above,
  claimSchema,
  idSchema,
  isoDate,
  listOf,
  placeSchema,
  someOf,
  sourceSchema,
  within,
} from './claim-schema';

const point = v.tuple([v.number(), v.number()]);
/** A point: a gazetteer place, a place and an offset from it, or [lon, lat]. */
export const anchorSchema = v.union([
  idSchema,
  v.strictObject({ near: idSchema, bearing: within(0, 360), km: above(0) }),
  point,
]);

const drawCommon = {
  include: listOf(idSchema),
  exclude: listOf(v.strictObject({ place: idSchema, km: above(0) })),
  /**
   * What the shape is drawn to: a stated `area`, `depth` or `distance`, a named `place`
   * (the shape stands for the places its claims name), or nothing (`illustrative`: the
   * size only illustrates the words). See src/lib/certainty/basis.ts.
   */
  basis: v.picklist(['area', 'depth', 'distance', 'place', 'illustrative']),
  /**
   * For a shape no figure states: the words that bound its area, as a share of a claim's
   * figure ("most of the ground retaken": at most half of the peak). One rule per word in
   * src/lib/certainty/range.ts.
   */
  bound: v.optional(
    v.strictObject({ words: v.picklist(['most-retaken', 'before-peak', 'narrow-strip']), of: idSchema }),
  ),
  note: v.optional(v.string()),
};

export const drawSchema = v.variant('method', [
  v.strictObject({
    method: v.literal('border-strip'),
    centre: anchorSchema,
    width_km: above(0),
    depth_km: v.optional(above(0)),
    area_km2: v.optional(above(0)),
    ...drawCommon,
  }),
  v.strictObject({
    method: v.literal('hull'),
    points: someOf(anchorSchema),
    pad_km: above(0),
    ...drawCommon,
  }),
  v.strictObject({
    method: v.literal('polygon'),
    coordinates: someOf(v.pipe(v.array(point), v.minLength(4))),
    ...drawCommon,
  }),
]);

export const frameSchema = v.strictObject({
  from: isoDate,
  /** Ends this frame before the next one starts; the track then shows nothing. */
  to: v.optional(isoDate),
  to_note: v.optional(v.string()),
  status: v.optional(v.picklist(STATUSES)),
  claims: someOf(idSchema),
  /** `none`: the claimant says this holder has no ground here. */
  draw: v.union([drawSchema, v.literal('none')]),
  /** How the shape moves to the next frame: hold until then, or change gradually. */
  then: v.optional(v.picklist(['step', 'linear']), 'step'),
});

export const trackSchema = v.strictObject({
  region: v.picklist(REGIONS),
  perspective: v.picklist(PERSPECTIVES),
  holder: v.picklist(HOLDERS),
  /**
   * `region` (default): the shapes draw all of the holder's ground in the region as the
   * claimant tells it, so ground outside them is not the holder's in this perspective.
   * `local`: the shapes draw only the places claimed and say nothing of ground elsewhere
   * (a town taken, a village entered); disputed ground is then only where another
   * perspective draws the other holder.
   */
  scope: v.optional(v.picklist(['region', 'local']), 'region'),
  frames: someOf(frameSchema),
});

export const claimsFileSchema = v.strictObject({
  claims: listOf(claimSchema),
  tracks: listOf(trackSchema),
});

export const sourcesFileSchema = v.array(sourceSchema);
export const placesFileSchema = v.array(placeSchema);

export type Anchor = v.InferOutput<typeof anchorSchema>;
export type Draw = v.InferOutput<typeof drawSchema>;
export type Frame = v.InferOutput<typeof frameSchema>;
export type Track = v.InferOutput<typeof trackSchema>;
export type ClaimsFile = v.InferOutput<typeof claimsFileSchema>;

/** Which perspective a claimant's word belongs to; third governments stand in none. */
export function perspectiveOf(claimant: Claimant): Perspective | null {
  if (claimant.startsWith('ru-')) return 'ru';
  if (claimant.startsWith('ua-')) return 'ua';
  return claimant === 'independent' ? 'assessed' : null;
}
