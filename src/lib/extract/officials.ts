/**
 * Who is who (geodata/officials.yaml): people an article may name as its speaker, by name
 * or surname alone, with the claimant they speak as and, for regional officials, the area
 * they speak for (issue 21: a governor named only by surname still says which area). Pure:
 * the callers read the file.
 */
import * as v from 'valibot';
import { CLAIMANTS, idSchema, isoDate, type Claimant } from '../claims/schema';
import { REGIONS, type Region } from '../regions';

export const officialSchema = v.strictObject({
  id: idSchema,
  /** The forms an article may use: full names, other spellings, a surname. */
  names: v.pipe(v.array(v.pipe(v.string(), v.minLength(2))), v.minLength(1)),
  role: v.pipe(v.string(), v.minLength(1)),
  claimant: v.picklist(CLAIMANTS),
  region: v.nullable(v.picklist(REGIONS)),
  from: v.optional(isoDate),
  to: v.optional(isoDate),
  /** Where the role can be checked. */
  source: v.pipe(v.string(), v.minLength(1)),
});
export const officialsFileSchema = v.array(officialSchema);
export type Official = v.InferOutput<typeof officialSchema>;

/** A person the sentence names: who they speak as on that date, and for which area. */
export interface NamedOfficial {
  claimant: Claimant;
  region: Region | null;
  name: string;
  start: number;
  end: number;
}

export interface OfficialIndex {
  /** Every name form, longest first, as one pattern (names are capitalised: case matters). */
  pattern: RegExp | null;
  byName: Map<string, Official[]>;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function officialIndex(officials: readonly Official[]): OfficialIndex {
  const byName = new Map<string, Official[]>();
  for (const o of officials) for (const n of o.names) byName.set(n, [...(byName.get(n) ?? []), o]);
  const names = [...byName.keys()].sort((a, b) => b.length - a.length);
  // a surname with a possessive ("Gladkov's") is still that person
  const pattern = names.length ? new RegExp(`\\b(?:${names.map(escape).join('|')})\\b`, 'g') : null;
  return { pattern, byName };
}

/** Those of `people` in office on `date` (all of them when none is). */
function inOffice(people: Official[], date: string | null): Official[] {
  if (!date) return people;
  const now = people.filter((o) => (!o.from || o.from <= date) && (!o.to || date < o.to));
  return now.length ? now : people;
}

/**
 * The first person of the index the sentence names, as of `date`. A name two people share
 * gives what they have in common: their claimant if it is one, their area if it is one.
 */
export function namedOfficial(
  sentence: string,
  index: OfficialIndex,
  date: string | null,
): NamedOfficial | null {
  if (!index.pattern) return null;
  for (const m of sentence.matchAll(index.pattern)) {
    const people = inOffice(index.byName.get(m[0])!, date);
    const claimants = new Set(people.map((o) => o.claimant));
    if (claimants.size !== 1) continue;
    const regions = new Set(people.map((o) => o.region));
    return {
      claimant: people[0].claimant,
      region: regions.size === 1 ? people[0].region : null,
      name: m[0],
      start: m.index,
      end: m.index + m[0].length,
    };
  }
  return null;
}
