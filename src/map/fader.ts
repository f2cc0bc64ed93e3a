/**
 * Changed ground fading in and out: each piece's opacity eased to its target over
 * `FADE_MS`, one animation at a time. A new change first settles the pieces still mid-fade
 * where they were heading, so a fast drag never leaves ground half drawn. It is handed the
 * call that sets a piece's opacity (a feature-state), so it never touches MapLibre itself.
 */

/** A piece's key, `source/id`, apart. */
export const splitKey = (key: string): [string, string] => {
  const slash = key.indexOf('/');
  return [key.slice(0, slash), key.slice(slash + 1)];
};

/** How long changed ground takes to fade in or out. */
export const FADE_MS = 220;

export class PieceFader {
  /** Current opacity per piece key (`source/id`). */
  private readonly opacity = new Map<string, number>();
  private frame = 0;

  constructor(
    private readonly setOpacity: (key: string, value: number) => void,
    /** Is the piece among those shown now? Where a fade cut short must end. */
    private readonly isVisible: (key: string) => boolean,
  ) {}

  /** Fades pieces to their target opacity; without animation, sets it at once. */
  fadeTo(targets: Map<string, number>, animate: boolean): void {
    cancelAnimationFrame(this.frame);
    const set = (key: string, value: number) => {
      this.opacity.set(key, value);
      this.setOpacity(key, value);
    };
    // pieces still mid-fade from an earlier change jump to where they were heading
    for (const [key, value] of this.opacity)
      if (value > 0 && value < 1) set(key, this.isVisible(key) ? 1 : 0);
    if (!animate || targets.size === 0) {
      for (const [key, target] of targets) set(key, target);
      return;
    }
    const start = performance.now();
    const from = new Map([...targets.keys()].map((key) => [key, this.opacity.get(key) ?? 0]));
    const step = (now: number) => {
      const t = Math.min(1, (now - start) / FADE_MS);
      for (const [key, target] of targets) set(key, from.get(key)! + (target - from.get(key)!) * t);
      if (t < 1) this.frame = requestAnimationFrame(step);
    };
    step(start);
  }

  stop(): void {
    cancelAnimationFrame(this.frame);
  }
}
