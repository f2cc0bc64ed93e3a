/** Reading areas.json for the area panel and its chart. Pure. */
export interface AreaRow {
  date: string;
  region: string;
  perspective: string;
  holder: string;
  status: string;
  km2: number;
  claims: string[];
  stated: { claim: string; km2: number; qualifier: string }[];
}

export interface Areas {
  unit: string;
  dates: string[];
  rows: AreaRow[];
}

/** The rows in force on `date`: those of the last change date on or before it. */
export function areasOn(areas: Areas, region: string, perspective: string, date: string): AreaRow[] {
  let last: string | null = null;
  for (const d of areas.dates) if (d <= date) last = d;
  if (last === null) return [];
  return areas.rows.filter((r) => r.date === last && r.region === region && r.perspective === perspective);
}

/** km² held by each holder over time: one point per change date, as steps. */
export function holderSeries(
  areas: Areas,
  region: string,
  perspective: string,
): Record<string, { date: string; km2: number }[]> {
  const out: Record<string, { date: string; km2: number }[]> = { ru: [], ua: [] };
  for (const date of areas.dates) {
    const rows = areas.rows.filter(
      (r) => r.date === date && r.region === region && r.perspective === perspective,
    );
    for (const holder of ['ru', 'ua']) {
      const held = rows.filter((r) => r.holder === holder);
      const km2 = Math.round(held.reduce((s, r) => s + r.km2, 0) * 10) / 10;
      const series = out[holder];
      // a holder with no claim on a date ends its line (no claim is not zero)
      if (held.length || series.length) series.push({ date, km2: held.length ? km2 : NaN });
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
