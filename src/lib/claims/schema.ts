import { z } from 'zod';
import { REGIONS } from '../regions';
import { UNITS } from './units';
import { QUALIFIERS } from '../certainty/range';
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

/** A calendar date, YYYY-MM-DD, that exists (no 2024-02-30). */
export const isoDate = z.iso.date({ error: 'must be a date written YYYY-MM-DD' });

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

/** A record id: letters, digits, dot, dash or underscore. */
export const idSchema = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, 'must be letters, digits, dot, dash or underscore');

export const sourceSchema = z.strictObject({
  id: idSchema,
  outlet: z.string().min(1),
  title: z.string().min(1),
  published: isoDate,
  published_precision: z.enum(['day', 'month', 'approximate']),
  published_note: z.string().optional(),
  in_brief: z.boolean(),
});

export const placeSchema = z.strictObject({
  id: idSchema,
  names: z.strictObject({ en: z.string().min(1), uk: z.string().min(1), ru: z.string().min(1) }),
  /** Other names in use: former or Soviet-era names, other transliterations. */
  aliases: z.array(z.string().min(1)).optional(),
  lat: z.number().min(-90).max(90),
  lon: z.number().min(-180).max(180),
  oblast: z.string().regex(/^(RU|UA)\.[A-Z]{2}$/, 'must be an admin-1 id like RU.KS'),
  district: z.string().optional(),
  source: z.string().min(1),
  accuracy_km: z.number().positive(),
  note: z.string().optional(),
});

export const figureSchema = z.strictObject({
  value: z.number().positive({ error: 'must be a number above zero' }),
  value_max: z.number().positive().optional(),
  unit: z.enum(UNITS as [string, ...string[]], { error: `must be one of: ${UNITS.join(', ')}` }),
  /** How the words bound the figure; each has one range rule in src/lib/certainty/range.ts. */
  qualifier: z.enum(QUALIFIERS).default('about'),
});

export const claimSchema = z.strictObject({
  id: idSchema,
  region: z.enum(REGIONS).nullable(),
  date: isoDate,
  date_precision: z.enum(['day', 'month', 'approximate']),
  /** Why the date is what it is, when resolved from relative wording or outside reporting. */
  date_note: z.string().optional(),
  date_source: idSchema.optional(),
  as_of: isoDate,
  /**
   * Whom the source attributes the claim to: its own voice, a named speaker, or unnamed
   * reports ("reportedly"). A claim from unnamed reports is never the independent assessment.
   */
  attribution: z.enum(['own-voice', 'speaker', 'unnamed-reports']).optional(),
  claimant: z.enum(CLAIMANTS),
  claimant_name: z.string().min(1),
  kind: z.enum(KINDS),
  holder: z.enum(HOLDERS).optional(),
  places: z.array(idSchema).default([]),
  figures: z.array(figureSchema).default([]),
  source: idSchema,
  paraphrase: z.string().min(10).max(300),
});

const point = z.tuple([z.number(), z.number()]);
/** A point: a gazetteer place, a place and an offset from it, or [lon, lat]. */
export const anchorSchema = z.union([
  idSchema,
  z.strictObject({ near: idSchema, bearing: z.number().min(0).max(360), km: z.number().positive() }),
  point,
]);

const drawCommon = {
  include: z.array(idSchema).default([]),
  exclude: z.array(z.strictObject({ place: idSchema, km: z.number().positive() })).default([]),
  /**
   * What the shape is drawn to: a stated `area`, `depth` or `distance`, a named `place`
   * (the shape stands for the places its claims name), or nothing (`illustrative`: the
   * size only illustrates the words). See src/lib/certainty/basis.ts.
   */
  basis: z.enum(['area', 'depth', 'distance', 'place', 'illustrative']),
  /**
   * For a shape no figure states: the words that bound its area, as a share of a claim's
   * figure ("most of the ground retaken": at most half of the peak). One rule per word in
   * src/lib/certainty/range.ts.
   */
  bound: z
    .strictObject({
      words: z.enum(['most-retaken', 'before-peak', 'narrow-strip']),
      of: idSchema,
    })
    .optional(),
  note: z.string().optional(),
};

export const drawSchema = z.discriminatedUnion('method', [
  z.strictObject({
    method: z.literal('border-strip'),
    centre: anchorSchema,
    width_km: z.number().positive(),
    depth_km: z.number().positive().optional(),
    area_km2: z.number().positive().optional(),
    ...drawCommon,
  }),
  z.strictObject({
    method: z.literal('hull'),
    points: z.array(anchorSchema).min(1),
    pad_km: z.number().positive(),
    ...drawCommon,
  }),
  z.strictObject({
    method: z.literal('polygon'),
    coordinates: z.array(z.array(point).min(4)).min(1),
    ...drawCommon,
  }),
]);

export const frameSchema = z.strictObject({
  from: isoDate,
  /** Ends this frame before the next one starts; the track then shows nothing. */
  to: isoDate.optional(),
  to_note: z.string().optional(),
  status: z.enum(STATUSES).optional(),
  claims: z.array(idSchema).min(1),
  /** `none`: the claimant says this holder has no ground here. */
  draw: z.union([drawSchema, z.literal('none')]),
  /** How the shape moves to the next frame: hold until then, or change gradually. */
  then: z.enum(['step', 'linear']).default('step'),
});

export const trackSchema = z.strictObject({
  region: z.enum(REGIONS),
  perspective: z.enum(PERSPECTIVES),
  holder: z.enum(HOLDERS),
  /**
   * `region` (default): the shapes draw all of the holder's ground in the region as the
   * claimant tells it, so ground outside them is not the holder's in this perspective.
   * `local`: the shapes draw only the places claimed and say nothing of ground elsewhere
   * (a town taken, a village entered); disputed ground is then only where another
   * perspective draws the other holder.
   */
  scope: z.enum(['region', 'local']).default('region'),
  frames: z.array(frameSchema).min(1),
});

export const claimsFileSchema = z.strictObject({
  claims: z.array(claimSchema).default([]),
  tracks: z.array(trackSchema).default([]),
});

export const sourcesFileSchema = z.array(sourceSchema);
export const placesFileSchema = z.array(placeSchema);

export type Source = z.infer<typeof sourceSchema>;
export type Place = z.infer<typeof placeSchema>;
export type Figure = z.infer<typeof figureSchema>;
export type Claim = z.infer<typeof claimSchema>;
export type Anchor = z.infer<typeof anchorSchema>;
export type Draw = z.infer<typeof drawSchema>;
export type Frame = z.infer<typeof frameSchema>;
export type Track = z.infer<typeof trackSchema>;
export type ClaimsFile = z.infer<typeof claimsFileSchema>;

/** Which perspective a claimant's word belongs to; third governments stand in none. */
export function perspectiveOf(claimant: Claimant): Perspective | null {
  if (claimant.startsWith('ru-')) return 'ru';
  if (claimant.startsWith('ua-')) return 'ua';
  return claimant === 'independent' ? 'assessed' : null;
}
