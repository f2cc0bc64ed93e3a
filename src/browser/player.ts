import { addDays } from '../lib/timeline/dates';

/** Playback speeds offered to readers; `label` is the message naming it. */
export const SPEEDS = [
  { label: 'time.slow', daysPerSecond: 7 },
  { label: 'time.normal', daysPerSecond: 30 },
  { label: 'time.fast', daysPerSecond: 90 },
] as const;

export interface Playback {
  /** The date shown now, and how to show another. */
  date: () => string;
  show: (date: string) => void;
  /** Where playback starts over when started at the end, and where it stops. */
  first: () => string;
  last: () => string;
  daysPerSecond: () => number;
  /** Called when playback reaches the end by itself. */
  onend: () => void;
}

/**
 * Starts playback and returns a function that stops it. Advances by wall-clock time, so a
 * slow frame skips days rather than slowing the animation down.
 */
export function startPlayback(p: Playback): () => void {
  if (p.date() >= p.last()) p.show(p.first());
  let frame = 0;
  let last = performance.now();
  let carry = 0;
  const tick = (now: number) => {
    carry += ((now - last) / 1000) * p.daysPerSecond();
    last = now;
    const days = Math.floor(carry);
    if (days > 0) {
      carry -= days;
      const next = addDays(p.date(), days);
      if (next >= p.last()) {
        p.show(p.last());
        return p.onend();
      }
      p.show(next);
    }
    frame = requestAnimationFrame(tick);
  };
  frame = requestAnimationFrame(tick);
  return () => cancelAnimationFrame(frame);
}
