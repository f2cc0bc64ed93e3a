/**
 * Finds x in [lo, hi] where `measure(x)` equals `target`, for a measure that grows with x
 * (a strip's area with its depth, nearly in proportion). Regula falsi with the Illinois
 * fix: on near-linear measures it lands in 3-5 evaluations where bisection needs 12+,
 * and each evaluation here is a polygon buffer. Stops within `relTolerance` of target.
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
  // start from a tight bracket around the guess, widening it only when needed
  lo = Math.max(min, guess * 0.7);
  hi = Math.min(max, guess * 1.4);
  let fLo = measure(lo) - target;
  while (fLo > 0 && lo > min) {
    hi = lo;
    lo = Math.max(min, lo / 2);
    fLo = measure(lo) - target;
  }
  let fHi = measure(hi) - target;
  while (fHi < 0 && hi < max) {
    lo = hi;
    fLo = fHi;
    hi = Math.min(max, hi * 2);
    fHi = measure(hi) - target;
  }
  if (fHi < 0)
    throw new RangeError(
      `cannot reach ${target.toFixed(1)}: the most it gives is ${(fHi + target).toFixed(1)}`,
    );
  if (fLo > 0)
    throw new RangeError(
      `cannot get down to ${target.toFixed(1)}: the least it gives is ${(fLo + target).toFixed(1)}`,
    );
  let side = 0;
  for (let i = 0; i < 60; i++) {
    const x = fHi === fLo ? (lo + hi) / 2 : (lo * fHi - hi * fLo) / (fHi - fLo);
    const f = measure(x) - target;
    if (Math.abs(f) <= target * relTolerance) return x;
    if (f < 0) {
      lo = x;
      fLo = f;
      if (side === -1) fHi /= 2;
      side = -1;
    } else {
      hi = x;
      fHi = f;
      if (side === 1) fLo /= 2;
      side = 1;
    }
  }
  return (lo + hi) / 2;
}
