import { isRegion, type Region } from '../regions';

import { PERSPECTIVES, type Perspective } from '../taxonomy';

export { PERSPECTIVES, type Perspective };
export type View = Region | 'overview';

/** What the URL carries: ?region=&date=&perspective= */
export interface ViewState {
  region: View;
  date: string;
  perspective: Perspective;
}

export const PERSPECTIVE_LABEL: Record<Perspective, string> = {
  assessed: 'Independent assessment',
  ru: 'Russian claims',
  ua: 'Ukrainian claims',
};

const ISO = /^\d{4}-\d{2}-\d{2}$/;

function isIsoDate(s: string): boolean {
  if (!ISO.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

/** A value shown back to the reader in a notice: short, printable, never markup. */
function shown(value: string): string {
  const clean = value.replace(/[^\p{L}\p{N} ._:-]/gu, '');
  return clean.length > 24 ? `${clean.slice(0, 24)}…` : clean;
}

/**
 * Reads the view from URL parameters. Anything invalid falls back to the default with a
 * notice (plain text) saying what was ignored; nothing here throws. Pure.
 */
export function parseViewState(
  params: URLSearchParams,
  range: { first: string; last: string },
  defaults: ViewState,
): { state: ViewState; notices: string[] } {
  const notices: string[] = [];
  const state = { ...defaults };
  const region = params.get('region');
  if (region !== null) {
    if (region === 'overview' || isRegion(region)) state.region = region;
    else notices.push(`Unknown region "${shown(region)}": showing ${defaults.region}.`);
  }
  const perspective = params.get('perspective');
  if (perspective !== null) {
    if ((PERSPECTIVES as readonly string[]).includes(perspective))
      state.perspective = perspective as Perspective;
    else
      notices.push(
        `Unknown perspective "${shown(perspective)}": showing ${PERSPECTIVE_LABEL[defaults.perspective]}.`,
      );
  }
  const date = params.get('date');
  if (date !== null) {
    if (!isIsoDate(date))
      notices.push(`"${shown(date)}" is not a date (YYYY-MM-DD): showing ${defaults.date}.`);
    else if (date < range.first || date > range.last)
      notices.push(
        `${date} is outside the map's range (${range.first} to ${range.last}): showing ${defaults.date}.`,
      );
    else state.date = date;
  }
  return { state, notices };
}

export function serializeViewState(s: ViewState): string {
  const p = new URLSearchParams({ region: s.region, date: s.date, perspective: s.perspective });
  return `?${p.toString()}`;
}
