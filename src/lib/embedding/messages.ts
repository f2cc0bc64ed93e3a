/**
 * The messages an embed exchanges with its host page. Incoming messages are data, never
 * code: only a plain object of the expected shape, from an allowed origin, with valid
 * values, changes anything; everything else is ignored. Pure.
 */
import { parseViewState, type ViewState } from '../view/state';
import { PLAIN } from '../i18n/locale';

export const SET = 'frontline:set';
export const READY = 'frontline:ready';
export const DATE_CHANGE = 'frontline:datechange';
export const RESIZE = 'frontline:resize';

const FIELDS = ['date', 'region', 'perspective'] as const;

export function originAllowed(origin: string, origins: readonly string[] | null): boolean {
  return origins === null || origins.includes(origin);
}

/**
 * The view changes a `frontline:set` message asks for, or null when the message is not
 * one, carries anything but known string fields, or has any invalid value.
 */
export function readSetMessage(
  data: unknown,
  current: ViewState,
  range: { first: string; last: string },
): Partial<ViewState> | null {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return null;
  const message = data as Record<string, unknown>;
  if (message.type !== SET) return null;
  const keys = Object.keys(message).filter((k) => k !== 'type');
  if (keys.length === 0 || keys.some((k) => !(FIELDS as readonly string[]).includes(k))) return null;
  if (keys.some((k) => typeof message[k] !== 'string')) return null;
  const params = new URLSearchParams(keys.map((k) => [k, message[k] as string]));
  const { state, notices } = parseViewState(params, range, current, PLAIN);
  if (notices.length) return null;
  return Object.fromEntries(keys.map((k) => [k, state[k as (typeof FIELDS)[number]]])) as Partial<ViewState>;
}

/** The height message pym.js parents understand: `pymxPYMx{id}xPYMxheightxPYMx{px}`. */
export const pymHeight = (childId: string, height: number): string =>
  ['pym', childId, 'height', String(Math.ceil(height))].join('xPYMx');

/** The height message @newswire/frames parents (and AMP) understand. */
export const framesHeight = (height: number) => ({
  sentinel: 'amp',
  type: 'embed-size',
  height: Math.ceil(height),
});
