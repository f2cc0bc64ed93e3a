/**
 * An article's text cut where drafts' sentences start and end, each piece with the drafts
 * read from it, for the review page's highlights. Two drafts from one sentence share its
 * pieces. Pure.
 */
export interface Segment {
  start: number;
  end: number;
  /** Ids of the drafts whose sentence covers this piece, in the drafts' order. */
  drafts: string[];
}

export function segments(length: number, drafts: { id: string; span: [number, number] }[]): Segment[] {
  const cuts = new Set([0, length]);
  for (const { span } of drafts) for (const at of span) if (at > 0 && at < length) cuts.add(at);
  const points = [...cuts].sort((a, b) => a - b);
  return points.slice(1).map((end, i) => {
    const start = points[i];
    return {
      start,
      end,
      drafts: drafts.filter((d) => d.span[0] <= start && end <= d.span[1]).map((d) => d.id),
    };
  });
}
