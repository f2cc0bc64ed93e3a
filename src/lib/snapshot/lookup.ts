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

/**
 * The raster copy of a picture, beside its SVG: what pages show, as a browser paints it far
 * more cheaply (the SVG stays for print and the page without scripts).
 */
export const rasterOf = (file: string): string => file.replace(/\.svg$/, '.webp');

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
