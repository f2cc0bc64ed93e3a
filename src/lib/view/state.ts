import type { Locale } from '../i18n/locale';
import { isRegion, type Region } from '../regions';
import { isIsoDate } from '../timeline/dates';

import { PERSPECTIVES, type Perspective } from '../taxonomy';

export { PERSPECTIVES, type Perspective };
export type View = Region | 'overview';

export const MODES = ['map', 'compare'] as const;
export const LAYOUTS = ['swipe', 'split'] as const;
export type Mode = (typeof MODES)[number];
export type Layout = (typeof LAYOUTS)[number];

/**
 * What the URL carries: ?region=&date=&perspective=, and for compare
 * `mode=compare&left=ru&right=ua` (two perspectives on `date`) or
 * `mode=compare&from=&to=` (`perspective` on two dates, with what changed between them),
 * `layout=swipe|split` and the swipe `divider` (percent from the left).
 */
export interface ViewState {
  region: View;
  date: string;
  perspective: Perspective;
  mode: Mode;
  left: Perspective;
  right: Perspective;
  /** Both set: compare two dates; both null: compare two perspectives. */
  from: string | null;
  to: string | null;
  layout: Layout;
  divider: number;
  /**
   * Steps between two claims (`then: linear`) shown; off (`interpolation=off`), the last
   * claim's shape holds until the next claim, marked "as of DATE, no newer claim".
   */
  interpolation: boolean;
}

/** Every URL parameter the view reads. */
export const VIEW_KEYS = [
  'region',
  'date',
  'perspective',
  'mode',
  'left',
  'right',
  'from',
  'to',
  'layout',
  'divider',
  'interpolation',
];

export const DEFAULT_VIEW: Omit<ViewState, 'date'> = {
  region: 'overview',
  perspective: 'assessed',
  mode: 'map',
  left: 'ru',
  right: 'ua',
  from: null,
  to: null,
  layout: 'swipe',
  divider: 50,
  interpolation: true,
};

/** Comparing two dates (one perspective) rather than two perspectives (one date). */
export const comparesDates = (s: ViewState): boolean =>
  s.mode === 'compare' && s.from !== null && s.to !== null;

/** English names, for the build's own messages and files; the page uses the reader's language. */
export const PERSPECTIVE_LABEL: Record<Perspective, string> = {
  assessed: 'Independent assessment',
  ru: 'Russian claims',
  ua: 'Ukrainian claims',
};

/** A value shown back to the reader in a notice: short, printable, never markup. */
function shown(value: string): string {
  const clean = value.replace(/[^\p{L}\p{N} ._:-]/gu, '');
  return clean.length > 24 ? `${clean.slice(0, 24)}…` : clean;
}

/** The area the URL asks for, if it names one: known before the data (the map can start on it). */
export function areaAsked(params: URLSearchParams): View | null {
  const region = params.get('region');
  return region === 'overview' || (region !== null && isRegion(region)) ? region : null;
}

/**
 * Reads the view from URL parameters. Anything invalid falls back to the default with a
 * notice (plain text) saying what was ignored; nothing here throws. Pure.
 */
export function parseViewState(
  params: URLSearchParams,
  range: { first: string; last: string },
  defaults: ViewState,
  locale: Locale,
): { state: ViewState; notices: string[] } {
  const { t, plural } = locale;
  const notices: string[] = [];
  const state = { ...defaults };
  for (const key of VIEW_KEYS) {
    const count = params.getAll(key).length;
    if (count > 1) notices.push(plural('notice.repeated', count, { key }));
  }
  const region = params.get('region');
  if (region !== null) {
    const asked = areaAsked(params);
    if (asked) state.region = asked;
    else notices.push(t('notice.region', { value: shown(region), fallback: locale.region(defaults.region) }));
  }
  const perspective = (key: 'perspective' | 'left' | 'right') => {
    const value = params.get(key);
    if (value === null) return;
    if ((PERSPECTIVES as readonly string[]).includes(value)) state[key] = value as Perspective;
    else {
      const values = { key, value: shown(value), fallback: locale.perspective(defaults[key]) };
      notices.push(t(key === 'perspective' ? 'notice.perspective' : 'notice.sidePerspective', values));
    }
  };
  perspective('perspective');
  perspective('left');
  perspective('right');
  const choice = <K extends 'mode' | 'layout'>(key: K, allowed: readonly ViewState[K][]) => {
    const value = params.get(key);
    if (value === null) return;
    if ((allowed as readonly string[]).includes(value)) state[key] = value as ViewState[K];
    else notices.push(t('notice.choice', { key, value: shown(value), fallback: defaults[key] }));
  };
  choice('mode', MODES);
  choice('layout', LAYOUTS);
  const divider = params.get('divider');
  if (divider !== null) {
    const n = Number(divider);
    if (/^\d{1,3}$/.test(divider) && n >= 0 && n <= 100) state.divider = n;
    else notices.push(t('notice.divider', { value: shown(divider), fallback: defaults.divider }));
  }
  const interpolation = params.get('interpolation');
  if (interpolation === 'on' || interpolation === 'off') state.interpolation = interpolation === 'on';
  else if (interpolation !== null)
    notices.push(t('notice.choice', { key: 'interpolation', value: shown(interpolation), fallback: 'on' }));
  const date = (key: 'date' | 'from' | 'to', fallback: string | null): string | null => {
    const value = params.get(key);
    if (value === null) return fallback;
    const instead =
      fallback === null ? t('notice.ignoring') : t('notice.showing', { value: locale.date(fallback) });
    if (!isIsoDate(value)) notices.push(t('notice.notDate', { key, value: shown(value), instead }));
    else if (value < range.first || value > range.last)
      notices.push(t('notice.outOfRange', { key, value, ...range, instead }));
    else return value;
    return fallback;
  };
  state.date = date('date', defaults.date)!;
  const from = date('from', null);
  const to = date('to', null);
  if (from !== null && to !== null) {
    // two dates in either order mean the same comparison: earlier on the left
    [state.from, state.to] = from <= to ? [from, to] : [to, from];
  } else if (params.has('from') !== params.has('to')) {
    notices.push(t('notice.needsBoth'));
  }
  return { state, notices };
}

export function serializeViewState(s: ViewState): string {
  const p = new URLSearchParams({ region: s.region, date: s.date, perspective: s.perspective });
  if (s.mode === 'compare') {
    p.set('mode', 'compare');
    if (comparesDates(s)) {
      p.set('from', s.from!);
      p.set('to', s.to!);
    } else {
      p.set('left', s.left);
      p.set('right', s.right);
    }
    p.set('layout', s.layout);
    if (s.layout === 'swipe') p.set('divider', String(s.divider));
  }
  if (!s.interpolation) p.set('interpolation', 'off');
  return `?${p.toString()}`;
}
