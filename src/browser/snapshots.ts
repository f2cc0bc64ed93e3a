/**
 * The static pictures beside the site (snapshots/): fetching their index, and the picture
 * in force for a view. Used by the embed's first paint and by the map when it cannot start.
 */
import { rasterOf, snapshotFor, type SnapshotIndex } from '../lib/snapshot/lookup';

export interface Snapshot {
  src: string;
  alt: string;
}

/** The index of pictures served under `base` (alt texts in `lang`), or null when there is none. */
export async function fetchSnapshotIndex(base: string, lang = 'en'): Promise<SnapshotIndex | null> {
  try {
    // alt texts in the reader's language
    const response = await fetch(new URL(`snapshots/index${lang === 'en' ? '' : `.${lang}`}.json`, base));
    return response.ok ? ((await response.json()) as SnapshotIndex) : null;
  } catch {
    return null;
  }
}

/** The picture of a view (area, perspective) on a date, as an image source and alt text. */
export function snapshotPicture(
  base: string,
  index: SnapshotIndex,
  view: { region: string; perspective: string; date: string },
): Snapshot | null {
  const entry = snapshotFor(index, view.region, view.perspective, view.date);
  return entry ? { src: new URL(`snapshots/${rasterOf(entry.file)}`, base).href, alt: entry.alt } : null;
}
