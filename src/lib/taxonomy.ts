/**
 * The two axes every shape carries (see docs/data-contract.md): whose word it is,
 * and who holds the ground with what status. Plain constants, shared by the ledger schema,
 * the build and the app, so the app does not pull in the schema library.
 */
export const PERSPECTIVES = ['assessed', 'ru', 'ua'] as const;
export const HOLDERS = ['ru', 'ua'] as const;
export const STATUSES = ['controlled', 'contested', 'advance'] as const;
export type Perspective = (typeof PERSPECTIVES)[number];
export type Holder = (typeof HOLDERS)[number];
export type Status = (typeof STATUSES)[number];
export const isPerspective = (v: unknown): v is Perspective =>
  (PERSPECTIVES as readonly unknown[]).includes(v);
export const isHolder = (v: unknown): v is Holder => (HOLDERS as readonly unknown[]).includes(v);

export const CLAIMANTS = [
  'ru-official', // Kremlin, governors, officials
  'ru-military', // defence ministry, general staff, commanders
  'ru-milblogger',
  'ua-official',
  'ua-military', // general staff, commanders, spokespeople
  'independent', // geolocated footage, wire services in their own voice, analysts
  'foreign-official', // third governments (US, South Korea, ...)
  'unnamed', // reports the outlet attributes to no one ("reportedly"): no perspective's word
] as const;
export type Claimant = (typeof CLAIMANTS)[number];

export const KINDS = [
  'control',
  'advance',
  'contested',
  'withdrawal',
  'strike',
  'statement',
  'context',
] as const;
/** Claim kinds about who holds ground (not a strike, statement or context). */
export const TERRITORIAL_KINDS = ['control', 'advance', 'contested', 'withdrawal'] as const;
export const isTerritorial = (kind: string): boolean =>
  (TERRITORIAL_KINDS as readonly string[]).includes(kind);

/** How long a strike or statement marker stays on the map after its date. */
export const EVENT_DAYS = 30;

/** One key per unordered pair of perspectives, in taxonomy order: `assessed|ru`, `ru|ua`. */
export function pairKey(a: string, b: string): string {
  const order = (p: string) => (PERSPECTIVES as readonly string[]).indexOf(p);
  return order(a) <= order(b) ? `${a}|${b}` : `${b}|${a}`;
}

/** Every pair of perspectives, in taxonomy order: `assessed|ru`, `assessed|ua`, `ru|ua`. */
export const PAIRS = PERSPECTIVES.flatMap((a, i) => PERSPECTIVES.slice(i + 1).map((b) => pairKey(a, b)));
