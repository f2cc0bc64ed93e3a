/**
 * Finds x in [lo, hi] where `measure(x)` equals `target`, for a measure that grows with x
 * (a strip's area with its depth, nearly in proportion). Each evaluation here is a polygon
 * buffer, so it takes few and never a needlessly large x (buffers slow down with depth):
 * the guess, a step as if measure were in proportion to x, secant steps until the target
 * is bracketed, then regula falsi with the Illinois fix. Stops within `relTolerance` of
 * target, or when the bracket has closed on a small jump in the measure (a strip's area
 * jumps where simplification changes with depth): then it returns the closest x seen.
 */
export function solveIncreasing(
  measure: (x: number) => number,
  target: number,
  lo: number,
  hi: number,
  guess = (lo + hi) / 2,
  relTolerance = 0.001,
): number {
  const [min, max] = [lo, hi];
  let best = { x: NaN, err: Infinity };
  const f = (x: number) => {
    const r = measure(x) - target;
    if (Math.abs(r) < best.err) best = { x, err: Math.abs(r) };
    return r;
  };
  const done = () => best.err <= target * relTolerance;
  const clamp = (x: number) => Math.min(max, Math.max(min, x));

  let x0 = clamp(guess);
  let f0 = f(x0);
  if (done()) return x0;
  // proportional step (measure(0) = 0); doubling or halving when that says nothing
  const m0 = f0 + target;
  let x1 = clamp(m0 > 0 ? (x0 * target) / m0 : x0 > 0 ? x0 * 2 : max);
  if (x1 === x0) x1 = clamp(f0 < 0 ? max : min);
  let f1 = x1 === x0 ? f0 : f(x1);
  if (done()) return x1;

  // secant steps while both points lie on the same side of the target
  for (let i = 0; i < 60 && Math.sign(f0) === Math.sign(f1); i++) {
    if ((f1 < 0 && x1 === max) || (f1 > 0 && x1 === min) || x1 === x0) break;
    const slope = (f1 - f0) / (x1 - x0);
    const up = x1 > 0 ? x1 * 2 : max;
    // going up, never past doubling: a flat stretch must not fling x to a costly depth
    const x = clamp(slope > 0 ? Math.min(x1 - f1 / slope, up) : f1 < 0 ? up : (x1 + min) / 2);
    [x0, f0] = [x1, f1];
    x1 = x;
    f1 = f(x1);
    if (done()) return x1;
  }
  if (Math.sign(f0) === Math.sign(f1)) {
    if (f1 < 0)
      throw new RangeError(
        `cannot reach ${target.toFixed(1)}: the most it gives is ${(f1 + target).toFixed(1)}`,
      );
    throw new RangeError(
      `cannot get down to ${target.toFixed(1)}: the least it gives is ${(f1 + target).toFixed(1)}`,
    );
  }

  let [a, fa, b, fb] = f0 < 0 ? [x0, f0, x1, f1] : [x1, f1, x0, f0];
  let side = 0;
  for (let i = 0; i < 60; i++) {
    // a bracket this narrow would have met the tolerance on a smooth measure: it holds a jump
    if (Math.abs(b - a) <= relTolerance * Math.max(Math.abs(a), Math.abs(b))) break;
    const x = fb === fa ? (a + b) / 2 : (a * fb - b * fa) / (fb - fa);
    if (x <= Math.min(a, b) || x >= Math.max(a, b)) break;
    const fx = f(x);
    if (done()) return x;
    if (fx < 0) {
      [a, fa] = [x, fx];
      if (side === -1) fb /= 2;
      side = -1;
    } else {
      [b, fb] = [x, fx];
      if (side === 1) fa /= 2;
      side = 1;
    }
  }
  return best.x;
}
