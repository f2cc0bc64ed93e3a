/**
 * The build's tables: the event markers, km² per area on every date anything changes, and
 * the claims with their sources and places, in the order the outputs keep. Pure.
 */
import type { Feature } from 'geojson';
import { absenceBasis } from '../certainty/basis';
import { perspectiveOf, type Claim, type Place } from '../claims/schema';
import { isAreaUnit, toKm2 } from '../claims/units';
import { statedKm2 } from '../claims/validate';
import type { Areal } from '../geometry/types';
import { REGIONS, type Region } from '../regions';
import { inForce } from '../timeline/span';
import type { AreasFile, ControlProps, EventFeature } from '../contract/records';
import type { BuildInputs, NoneSpan } from './types';

/** The outputs' order: area, perspective, holder, date. */
export function compare(
  a: { region: Region; perspective: string; holder: string; from: string },
  b: typeof a,
): number {
  return (
    REGIONS.indexOf(a.region) - REGIONS.indexOf(b.region) ||
    a.perspective.localeCompare(b.perspective) ||
    a.holder.localeCompare(b.holder) ||
    a.from.localeCompare(b.from)
  );
}

export function events(inputs: BuildInputs, places: Map<string, Place>): EventFeature[] {
  const sources = new Map(inputs.sources.value.map((s) => [s.id, s]));
  return inputs.claimFiles
    .flatMap((L) => L.value.claims)
    .sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id))
    .map((c) => {
      const place = c.places.map((p) => places.get(p)!).find(Boolean);
      return {
        type: 'Feature',
        properties: {
          id: c.id,
          date: c.date,
          date_precision: c.date_precision,
          kind: c.kind,
          region: c.region,
          perspective: perspectiveOf(c.claimant),
          claimant: c.claimant,
          claims: [c.id],
          place: place?.id ?? null,
          outside_brief: !sources.get(c.source)!.in_brief,
        },
        geometry: place ? { type: 'Point', coordinates: [place.lon, place.lat] } : null,
      };
    });
}

/** km² per region x perspective x holder x status on every date anything changes. */
export function areas(
  shapes: Feature<Areal, ControlProps>[],
  nones: NoneSpan[],
  claims: Map<string, Claim>,
): AreasFile {
  const spans = [
    ...shapes.map((s) => ({ ...s.properties, km2: s.properties.area_km2 })),
    // a claim that the holder has none here: exactly nothing, in the claim's own words
    ...nones.map((n) => ({
      ...n,
      km2: 0,
      km2_min: 0,
      km2_max: 0 as number | null,
      basis: absenceBasis(n.scope),
      schematic: false,
      interpolated: null,
      packed: undefined,
      source: undefined,
      places: n.scope === 'local' ? placesOf(n.claims, claims) : undefined,
    })),
  ];
  const dates = [...new Set(spans.flatMap((s) => (s.to ? [s.from, s.to] : [s.from])))].sort();
  const rows = dates.flatMap((date) =>
    together(spans.filter((s) => inForce(s, date)))
      .sort(compare)
      .map((s) => ({
        date,
        region: s.region,
        perspective: s.perspective,
        holder: s.holder,
        status: s.status,
        scope: s.scope,
        basis: s.basis,
        interpolated: s.interpolated !== null,
        ...(s.interpolated ? { between: s.interpolated.between, fraction: s.interpolated.fraction } : {}),
        km2: s.km2,
        km2_min: s.km2_min,
        km2_max: s.km2_max,
        claims: s.claims,
        ...(s.places ? { places: s.places } : {}),
        ...(s.source ? { source: s.source } : {}),
        stated: s.interpolated
          ? []
          : s.claims.flatMap((id) => {
              const st = statedKm2(claims.get(id)!);
              return st ? [{ claim: id, ...st }] : [];
            }),
      })),
  );
  return {
    unit: 'km2' as const,
    method: 'turf.area: geodesic area on the WGS84 mean-radius sphere, rounded to 0.1 km²',
    dates,
    rows,
  };
}

/** An imported series' pieces in force on a date, as one row: the sum of their areas. */
function together<
  T extends {
    packed?: true;
    source?: string;
    region: string;
    perspective: string;
    holder: string;
    status: string;
    km2: number;
    km2_min: number;
    km2_max: number | null;
  },
>(spans: T[]): T[] {
  const out: T[] = [];
  const series = new Map<string, T>();
  for (const s of spans) {
    if (!s.packed) {
      out.push(s);
      continue;
    }
    const key = [s.region, s.perspective, s.holder, s.status, s.source].join('/');
    const row = series.get(key);
    if (row) row.km2 = Math.round((row.km2 + s.km2) * 1000) / 1000;
    else {
      const first = { ...s };
      series.set(key, first);
      out.push(first);
    }
  }
  for (const row of series.values()) {
    row.km2 = Math.round(row.km2 * 10) / 10;
    row.km2_min = row.km2_max = row.km2;
  }
  return out;
}

/** The places a shape's claims name, in order, once each. */
export function placesOf(ids: readonly string[], claims: ReadonlyMap<string, Claim>): string[] {
  return [...new Set(ids.flatMap((id) => claims.get(id)?.places ?? []))];
}

export function claimsTable(inputs: BuildInputs, claims: Map<string, Claim>) {
  return {
    sources: [...inputs.sources.value].sort((a, b) => a.id.localeCompare(b.id)),
    places: [...inputs.places.value].sort((a, b) => a.id.localeCompare(b.id)),
    claims: [...claims.values()]
      .sort((a, b) => a.id.localeCompare(b.id))
      .map((c) => ({
        ...c,
        perspective: perspectiveOf(c.claimant),
        figures: c.figures.map((f) => ({ ...f, km2: isAreaUnit(f.unit) ? toKm2(f.value, f.unit) : null })),
      })),
  };
}
