/**
 * What the claims map in an area, and what they do not. Ground no claim covers is "not
 * mapped", never empty land: a claim that speaks for the whole area (a shape of all of a
 * holder's ground there, a claim that a holder has none, a traced series) maps it; claims
 * about single places map only the ground around them; with no claim in force, nothing
 * is mapped. Each area also has the date of its latest claim per perspective. Pure.
 */
import { areasOn, type Areas } from '../view/areas';
import { isTerritorial } from '../taxonomy';
import { REGION_INFO, REGIONS } from '../regions';

export interface Coverage {
  /** `area`: claims speak for the whole area; `places`: only around `places`; `none`: nothing. */
  kind: 'area' | 'places' | 'none';
  /** For `places`: the places the claims in force name. */
  places: string[];
  /** A traced series maps the area: its name. */
  series: string | null;
}

export function coverageOn(
  areas: Areas,
  region: string,
  perspective: string,
  date: string,
  interpolation = true,
): Coverage {
  const rows = areasOn(areas, region, perspective, date, interpolation);
  const whole = rows.filter((r) => r.scope !== 'local');
  if (whole.length) {
    const traced = whole.find((r) => r.basis === 'traced');
    return { kind: 'area', places: [], series: traced?.source ?? null };
  }
  const places = [...new Set(rows.flatMap((r) => r.places ?? []))];
  return rows.length ? { kind: 'places', places, series: null } : { kind: 'none', places: [], series: null };
}

/** The date of the latest territorial claim a perspective makes about an area, or null. */
export function latestClaim(
  claims: readonly { date: string; region: string | null; perspective: string | null; kind: string }[],
  region: string,
  perspective: string,
): string | null {
  let latest: string | null = null;
  for (const c of claims)
    if (c.region === region && c.perspective === perspective && isTerritorial(c.kind))
      if (latest === null || c.date > latest) latest = c.date;
  return latest;
}

/** The admin-1 ids of the areas whose ground the claims in force do not all map. */
export function unmappedOblasts(
  areas: Areas,
  regions: readonly { id: string; oblast: string }[],
  perspective: string,
  date: string,
  interpolation = true,
): Set<string> {
  return new Set(
    regions
      .filter((r) => coverageOn(areas, r.id, perspective, date, interpolation).kind !== 'area')
      .map((r) => r.oblast),
  );
}

/** Whether any of the five areas (a neighbour's veil shows in an area's view too) is not all mapped. */
export const anyUnmapped = (areas: Areas, perspective: string, date: string, interpolation = true): boolean =>
  unmappedOblasts(
    areas,
    REGIONS.map((r) => REGION_INFO[r]),
    perspective,
    date,
    interpolation,
  ).size > 0;
