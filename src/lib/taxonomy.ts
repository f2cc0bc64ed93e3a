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

/** Claim kinds about who holds ground (not a strike, statement or context). */
export const TERRITORIAL_KINDS = ['control', 'advance', 'contested', 'withdrawal'] as const;
export const isTerritorial = (kind: string): boolean =>
  (TERRITORIAL_KINDS as readonly string[]).includes(kind);

/** How long a strike or statement marker stays on the map after its date. */
export const EVENT_DAYS = 30;
