/**
 * The ledger's records that the output files give back (claims.json): sources, places and
 * claims with their figures, as editors write them. Apart from the tracks (./schema.ts) so
 * the app, which checks claims.json against them, does not carry the drawing's schema. Pure.
 */
import * as v from 'valibot';
import { REGIONS } from '../regions';
import { UNITS } from './units';
import { QUALIFIERS } from '../certainty/range';
import { isIsoDate } from '../timeline/dates';
import { CLAIMANTS, HOLDERS, KINDS } from '../taxonomy';

/** A calendar date, YYYY-MM-DD, that exists (no 2024-02-30). */
const DATE_WORDS = 'must be a date written YYYY-MM-DD';
export const isoDate = v.pipe(
  v.string(),
  v.isoDate(DATE_WORDS),
  v.check((d: string) => isIsoDate(d), DATE_WORDS),
);

/** A record id: letters, digits, dot, dash or underscore. */
export const idSchema = v.pipe(
  v.string(),
  v.regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, 'must be letters, digits, dot, dash or underscore'),
);

export const text = v.pipe(v.string(), v.minLength(1));
export const above = (zero: number, message?: string) => v.pipe(v.number(), v.gtValue(zero, message));
export const within = (min: number, max: number) => v.pipe(v.number(), v.minValue(min), v.maxValue(max));
/** A list an editor may leave out: read as empty. */
export const listOf = <S extends v.GenericSchema>(item: S) => v.optional(v.array(item), []);
export const someOf = <S extends v.GenericSchema>(item: S) => v.pipe(v.array(item), v.minLength(1));
export const PRECISIONS = ['day', 'month', 'approximate'] as const;

export const sourceSchema = v.strictObject({
  id: idSchema,
  outlet: text,
  title: text,
  published: isoDate,
  published_precision: v.picklist(PRECISIONS),
  published_note: v.optional(v.string()),
  in_brief: v.boolean(),
});

export const placeSchema = v.strictObject({
  id: idSchema,
  names: v.strictObject({ en: text, uk: text, ru: text }),
  /** Other names in use: former or Soviet-era names, other transliterations. */
  aliases: v.optional(v.array(text)),
  lat: within(-90, 90),
  lon: within(-180, 180),
  oblast: v.pipe(v.string(), v.regex(/^(RU|UA)\.[A-Z]{2}$/, 'must be an admin-1 id like RU.KS')),
  district: v.optional(v.string()),
  source: text,
  accuracy_km: above(0),
  note: v.optional(v.string()),
});

export const figureSchema = v.strictObject({
  value: above(0, 'must be a number above zero'),
  value_max: v.optional(above(0)),
  unit: v.picklist(UNITS, `must be one of: ${UNITS.join(', ')}`),
  /** How the words bound the figure; each has one range rule in src/lib/certainty/range.ts. */
  qualifier: v.optional(v.picklist(QUALIFIERS), 'about'),
});

export const claimSchema = v.strictObject({
  id: idSchema,
  region: v.nullable(v.picklist(REGIONS)),
  date: isoDate,
  date_precision: v.picklist(PRECISIONS),
  /** Why the date is what it is, when resolved from relative wording or outside reporting. */
  date_note: v.optional(v.string()),
  date_source: v.optional(idSchema),
  as_of: isoDate,
  /**
   * Whom the source attributes the claim to: its own voice, a named speaker, or unnamed
   * reports ("reportedly"). A claim from unnamed reports is never the independent assessment.
   */
  attribution: v.optional(v.picklist(['own-voice', 'speaker', 'unnamed-reports'])),
  claimant: v.picklist(CLAIMANTS),
  claimant_name: text,
  kind: v.picklist(KINDS),
  holder: v.optional(v.picklist(HOLDERS)),
  places: listOf(idSchema),
  figures: listOf(figureSchema),
  source: idSchema,
  paraphrase: v.pipe(v.string(), v.minLength(10), v.maxLength(300)),
});

export type Source = v.InferOutput<typeof sourceSchema>;
export type Place = v.InferOutput<typeof placeSchema>;
export type Figure = v.InferOutput<typeof figureSchema>;
export type Claim = v.InferOutput<typeof claimSchema>;
