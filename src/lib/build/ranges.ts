/**
 * The range of km² each dated shape's claims allow (src/lib/certainty/range.ts), worked
 * out per frame of a track, so that a step between two frames takes both. Pure.
 */
import type { Claim, Frame, Track } from '../claims/schema';
import { statedKm2 } from '../claims/validate';
import { envelope, shapeRange, statedRange, type Range, type StatedArea } from '../certainty/range';
import type { DatedSpec } from '../timeline/expand';

/** A claim that the holder has no ground here: nothing, exactly. */
const NONE: Range = { min: 0, max: 0, says: { qualifier: 'exactly', km2: 0 } };

const statedBy = (ids: readonly string[], claims: ReadonlyMap<string, Claim>): StatedArea[] =>
  ids.flatMap((id) => {
    const claim = claims.get(id);
    const stated = claim && statedKm2(claim);
    return stated ? [stated] : [];
  });

export function frameRange(frame: Frame, claims: ReadonlyMap<string, Claim>): Range {
  if (frame.draw === 'none') return NONE;
  const { basis, bound } = frame.draw;
  return shapeRange({
    basis,
    km2: 0,
    stated: statedBy(frame.claims, claims),
    bound: bound && { words: bound.words, of: statedRange(statedBy([bound.of], claims)) },
  });
}

/** The range of one dated shape: its frame's, or for a step the envelope of both ends'. */
export function specRange(spec: DatedSpec, track: Track, claims: ReadonlyMap<string, Claim>): Range {
  const own = frameRange(track.frames[spec.frame], claims);
  if (!spec.interpolated) return own;
  return envelope(own, frameRange(track.frames[spec.frame + 1], claims));
}
