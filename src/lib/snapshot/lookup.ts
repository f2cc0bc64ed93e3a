/**
 * Finding the snapshot in force for a view: the embed's first paint reads only this (no
 * geometry code), so it stays a few hundred bytes. Pure.
 */
export interface SnapshotEntry {
  /** First day this picture is in force; it lasts until the next entry's. */
  from: string;
  file: string;
  alt: string;
}
export interface SnapshotIndex {
  first: string;
  last: string;
  width: number;
  height: number;
  /** By `view/perspective`, e.g. `kursk/assessed`, entries in date order. */
  views: Record<string, SnapshotEntry[]>;
}

/** The entry in force on a date (the first one before any). */
export function snapshotFor(
  index: SnapshotIndex,
  view: string,
  perspective: string,
  date: string,
): SnapshotEntry | null {
  const entries = index.views[`${view}/${perspective}`] ?? [];
  let found: SnapshotEntry | null = entries[0] ?? null;
  for (const e of entries) if (e.from <= date) found = e;
  return found;
}
