/** Days since 1970-01-01 for an ISO date: whole numbers, free of time zones. */
export const dayOf = (iso: string): number =>
  Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)) / 86_400_000;

export const isoOf = (day: number): string => new Date(day * 86_400_000).toISOString().slice(0, 10);

export const addDays = (iso: string, days: number): string => isoOf(dayOf(iso) + days);
