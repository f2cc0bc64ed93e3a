/** Reading areas.json for the area panel and its chart. Pure. */
import type { AreaRow as Row, AreasFile } from '../contract/records';

/** A row of areas.json as the panel shows it. */
export type AreaRow = Row & {
  /** Set when interpolation is off and a step gives way to the claim it started from. */
  asOf?: string;
};
export type Areas = AreasFile;

/**
 * The rows in force on `date`: those of the last change date on or before it. With
 * interpolation off, a step between two claims gives way to the claim it started from,
 * marked with the date of that claim (`asOf`): "as of 20 August 2024, no newer claim".
 */
export function areasOn(
  areas: Areas,
  region: string,
  perspective: string,
  date: string,
  interpolation = true,
): AreaRow[] {
  const rowsOn = (day: string) =>
    areas.rows.filter((r) => r.date === day && r.region === region && r.perspective === perspective);
  let last: string | null = null;
  for (const d of areas.dates) if (d <= date) last = d;
  if (last === null) return [];
  return rowsOn(last).map((row) => {
    if (interpolation || !row.interpolated || !row.between) return row;
    const start = rowsOn(row.between[0]).find(
      (r) => r.holder === row.holder && r.status === row.status && !r.interpolated,
    );
    return start ? { ...start, date: row.date, asOf: start.date } : row;
  });
}

/** One point of a holder's line: the km² drawn and the band its claims allow (NaN: no claim). */
export interface SeriesPoint {
  date: string;
  km2: number;
  min: number;
  max: number | null;
}

/**
 * km² held by each holder over time: one point per change date, as steps, with the band the
 * claims' words allow. Only rows that speak for the whole area are summed: ground around
 * single places is no area total.
 */
export function holderSeries(
  areas: Areas,
  region: string,
  perspective: string,
  interpolation = true,
): Record<string, SeriesPoint[]> {
  const out: Record<string, SeriesPoint[]> = { ru: [], ua: [] };
  for (const date of areas.dates) {
    const rows = areasOn(areas, region, perspective, date, interpolation).filter(
      (r) => r.date === date && r.scope !== 'local',
    );
    for (const holder of ['ru', 'ua']) {
      const held = rows.filter((r) => r.holder === holder);
      const series = out[holder];
      // a holder with no claim on a date ends its line (no claim is not zero)
      if (!held.length) {
        if (series.length) series.push({ date, km2: NaN, min: NaN, max: NaN });
        continue;
      }
      const sum = (xs: number[]) => Math.round(xs.reduce((a, b) => a + b, 0) * 10) / 10;
      series.push({
        date,
        km2: sum(held.map((r) => r.km2)),
        min: sum(held.map((r) => r.km2_min)),
        max: held.some((r) => r.km2_max === null) ? null : sum(held.map((r) => r.km2_max!)),
      });
    }
  }
  return out;
}

/** The first and last date anything is drawn or claimed: the slider's range. */
export function dateRange(
  control: { features: { properties: Record<string, unknown> | null }[] },
  events: { features: { properties: Record<string, unknown> | null }[] },
): { first: string; last: string } {
  const dates = [
    ...control.features.flatMap((f) => [f.properties!.from, f.properties!.to]),
    ...events.features.filter((f) => f.properties!.region).map((f) => f.properties!.date),
  ]
    .filter((d): d is string => typeof d === 'string')
    .sort();
  return { first: dates[0], last: dates[dates.length - 1] };
}

/** The dates claims land on, for one view (a region, or all for the overview), within range. */
export function claimDates(
  claims: readonly { date: string; region: string | null }[],
  view: string,
  range: { first: string; last: string },
): string[] {
  const dates = claims.filter((c) => view === 'overview' || c.region === view).map((c) => c.date);
  return [...new Set(dates)].filter((d) => d >= range.first && d <= range.last).sort();
}

/**
 * The claims behind what a map shows: those of every row in force in `regions` on `date`,
 * once each. What the embed lists for a reader who cannot click the shapes.
 */
export function claimsInForce(
  areas: Areas,
  regions: readonly string[],
  perspective: string,
  date: string,
  interpolation = true,
): string[] {
  return [
    ...new Set(
      regions.flatMap((r) =>
        areasOn(areas, r, perspective, date, interpolation).flatMap((row) => row.claims),
      ),
    ),
  ];
}

/**
 * The claims behind what a view draws (each side's perspective and date, in the areas in
 * view), newest first: what a reader of today's article asks about first.
 */
export function claimsOfView<C extends { id: string; date: string }>(
  claims: readonly C[],
  areas: Areas,
  regions: readonly string[],
  sides: readonly { perspective: string; date: string }[],
  interpolation = true,
): C[] {
  const ids = new Set(
    sides.flatMap((s) => claimsInForce(areas, regions, s.perspective, s.date, interpolation)),
  );
  return claims.filter((c) => ids.has(c.id)).sort((a, b) => b.date.localeCompare(a.date));
}
