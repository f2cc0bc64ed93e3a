import { isDeepStrictEqual } from './equal';
import type { Draw, Frame, Holder, Perspective, Status, Track } from '../claims/schema';
import type { Region } from '../regions';
import type { Interpolation } from '../contract/records';
import { addDays, dayOf } from './dates';

/** How often a gradual change (`then: linear`) is redrawn between two claims. */
export const INTERPOLATION_STEP_DAYS = 7;

/** One shape the map shows over [from, to): a frame of a track, or a step between two. */
export interface DatedSpec {
  region: Region;
  perspective: Perspective;
  holder: Holder;
  /** See the track schema: whether the shapes speak for the whole region or only places. */
  scope: 'region' | 'local';
  status: Status;
  from: string;
  to: string | null;
  claims: string[];
  /** `none`: the claimant says this holder has no ground here from `from`. */
  draw: Draw | 'none';
  /**
   * Set on steps between two claims: the dates of the two frames, how far along, and the
   * claims of each, so a step is described by what it lies between, never as a claim.
   */
  interpolated: Interpolation | null;
  /**
   * On the first shape of a gradual change: the date the next claim starts, so that with
   * interpolation off this claim's shape holds until then.
   */
  holdsTo?: string;
  /** Index of the frame in its track, for locating errors. */
  frame: number;
}

/** A problem in a track, pointing at the frame and field. */
export class TrackError extends Error {
  constructor(
    readonly frame: number,
    readonly field: string,
    message: string,
  ) {
    super(message);
  }
}

const lerp = (a: number, b: number, t: number) => Math.round((a + (b - a) * t) * 10) / 10;

/**
 * Turns a track's frames into dated specs. The rule between claims:
 * - `then: step` (default): a frame holds until the next frame's date (or its own `to`);
 * - `then: linear`: the claim describes a gradual change (for example "pushed back toward
 *   the border over the winter"), so the shape is redrawn every 7 days with its width and
 *   area moved linearly towards the next frame. Both frames must be border strips with the
 *   same centre, stated as areas. Pure.
 */
export function expandTrack(track: Track): DatedSpec[] {
  const out: DatedSpec[] = [];
  const frames = track.frames;
  frames.forEach((frame, i) => {
    const next = frames[i + 1] as Frame | undefined;
    if (next && dayOf(next.from) <= dayOf(frame.from)) {
      throw new TrackError(
        i + 1,
        'from',
        `frames must run forward in time: ${next.from} is not after ${frame.from}`,
      );
    }
    if (frame.to && dayOf(frame.to) <= dayOf(frame.from)) {
      throw new TrackError(i, 'to', `end ${frame.to} is not after start ${frame.from}`);
    }
    if (frame.to && next && dayOf(frame.to) > dayOf(next.from)) {
      throw new TrackError(i, 'to', `end ${frame.to} runs past the next frame's start ${next.from}`);
    }
    if (frame.draw !== 'none' && !frame.status) {
      throw new TrackError(i, 'status', 'a frame that draws a shape needs a status');
    }
    const end = frame.to ?? next?.from ?? null;
    const base = {
      region: track.region,
      perspective: track.perspective,
      holder: track.holder,
      scope: track.scope,
      status: frame.status ?? 'controlled',
      claims: frame.claims,
      frame: i,
    };
    if (frame.then === 'step' || frame.draw === 'none') {
      out.push({ ...base, from: frame.from, to: end, draw: frame.draw, interpolated: null });
      return;
    }
    out.push(...interpolate(frame, next, i, base));
  });
  return out;
}

function interpolate(
  frame: Frame,
  next: Frame | undefined,
  i: number,
  base: Omit<DatedSpec, 'from' | 'to' | 'draw' | 'interpolated'>,
): DatedSpec[] {
  const a = frame.draw;
  const b = next?.draw;
  if (!next || !b || b === 'none' || a === 'none' || frame.to) {
    throw new TrackError(i, 'then', 'a linear change needs a next frame that draws a shape, and no `to`');
  }
  if (
    a.method !== 'border-strip' ||
    b.method !== 'border-strip' ||
    a.area_km2 === undefined ||
    b.area_km2 === undefined
  ) {
    throw new TrackError(
      i,
      'then',
      'a linear change runs between two border strips stated as areas (area_km2)',
    );
  }
  if (!isDeepStrictEqual(a.centre, b.centre)) {
    throw new TrackError(i, 'then', 'a linear change keeps its centre: both frames need the same centre');
  }
  const span = dayOf(next.from) - dayOf(frame.from);
  const specs: DatedSpec[] = [];
  for (let d = 0; d < span; d += INTERPOLATION_STEP_DAYS) {
    const t = d / span;
    const from = addDays(frame.from, d);
    const to =
      d + INTERPOLATION_STEP_DAYS < span ? addDays(frame.from, d + INTERPOLATION_STEP_DAYS) : next.from;
    const drawn: Draw =
      d === 0
        ? a
        : {
            ...a,
            area_km2: lerp(a.area_km2, b.area_km2, t),
            width_km: lerp(a.width_km, b.width_km, t),
            basis: 'illustrative',
            // a step's own words are built from what it lies between (see `interpolated`)
            note: undefined,
          };
    specs.push({
      ...base,
      from,
      to,
      draw: drawn,
      claims: d === 0 ? frame.claims : [...new Set([...frame.claims, ...next.claims])],
      interpolated:
        d === 0
          ? null
          : {
              between: [frame.from, next.from],
              fraction: Math.round(t * 1000) / 1000,
              claims: [frame.claims, next.claims],
            },
      ...(d === 0 ? { holdsTo: next.from } : {}),
    });
  }
  return specs;
}
