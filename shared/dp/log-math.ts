/**
 * Numerics in log space for the privacy accountant: log-sum-exp, signed sums,
 * log binomial coefficients for real orders, and a careful erfc / log(erfc).
 *
 * erfc is computed two ways, each where it is accurate:
 * - for x < ERFC_SWITCH, from erf(x) = (2/sqrt(pi)) e^{-x^2} sum_n 2^n x^(2n+1) / (2n+1)!!,
 *   a series of positive terms (no cancellation), then erfc = 1 - erf;
 * - for x >= ERFC_SWITCH, from Laplace's continued fraction
 *   erfc(x) = e^{-x^2}/sqrt(pi) * 1/(x + (1/2)/(x + 1/(x + (3/2)/(x + ...)))),
 *   evaluated with the modified Lentz method; logErfc keeps e^{-x^2} in log space, so
 *   it stays finite (about -x^2) for arguments where erfc itself underflows.
 */

const LOG_SQRT_PI = 0.5 * Math.log(Math.PI);
const TWO_OVER_SQRT_PI = 2 / Math.sqrt(Math.PI);
/** Below this the series is used, above it the continued fraction. */
export const ERFC_SWITCH = 1.5;

/** log(e^a + e^b), exact for -Infinity operands. */
export function logAdd(a: number, b: number): number {
  const hi = Math.max(a, b);
  const lo = Math.min(a, b);
  if (lo === -Infinity) return hi;
  if (hi === Infinity) return Infinity;
  return hi + Math.log1p(Math.exp(lo - hi));
}

/** log(e^a - e^b) for a >= b; -Infinity when they are equal. Throws if a < b. */
export function logSub(a: number, b: number): number {
  if (a < b) throw new RangeError(`logSub: the result would be negative (a=${a} < b=${b})`);
  if (b === -Infinity) return a;
  if (a === b) return -Infinity;
  const d = b - a; // < 0
  // log(1 - e^d): expm1 near 0, log1p far from 0 (both accurate in their range).
  return a + (d > -Math.LN2 ? Math.log(-Math.expm1(d)) : Math.log1p(-Math.exp(d)));
}

/** log(sum_i e^{x_i}) with the maximum factored out; -Infinity for an empty list. */
export function logSumExp(xs: ArrayLike<number>): number {
  let m = -Infinity;
  for (let i = 0; i < xs.length; i++) m = Math.max(m, xs[i]!);
  if (m === -Infinity || m === Infinity) return m;
  let s = 0;
  for (let i = 0; i < xs.length; i++) s += Math.exp(xs[i]! - m);
  return m + Math.log(s);
}

/** erf(x) for 0 <= x <= ~3 by the positive-term series; relative error ~1e-16. */
function erfSeries(x: number): number {
  const x2 = x * x;
  let term = x;
  let sum = x;
  for (let n = 1; n < 500; n++) {
    term *= (2 * x2) / (2 * n + 1);
    sum += term;
    if (term <= sum * 1e-17) break;
  }
  return TWO_OVER_SQRT_PI * Math.exp(-x2) * sum;
}

/** x + (1/2)/(x + 1/(x + (3/2)/(x + ...))) for x >= ERFC_SWITCH, modified Lentz. */
function erfcContinuedFraction(x: number): number {
  const tiny = 1e-300;
  let f = x;
  let c = x;
  let d = 0;
  for (let k = 1; k < 10_000; k++) {
    const a = k / 2;
    d = x + a * d;
    if (d === 0) d = tiny;
    d = 1 / d;
    c = x + a / c;
    if (c === 0) c = tiny;
    const delta = c * d;
    f *= delta;
    if (Math.abs(delta - 1) < 1e-16) break;
  }
  return f;
}

/** The complementary error function, accurate to ~1e-15 relative over the whole line. */
export function erfc(x: number): number {
  if (Number.isNaN(x)) return NaN;
  if (x < 0) return 2 - erfc(-x);
  if (x < ERFC_SWITCH) return 1 - erfSeries(x);
  if (x > 27.3) return 0; // below the smallest subnormal
  return Math.exp(-x * x) / (Math.sqrt(Math.PI) * erfcContinuedFraction(x));
}

/** log(erfc(x)), finite for every finite x (about -x^2 - log(x sqrt(pi)) for large x). */
export function logErfc(x: number): number {
  if (Number.isNaN(x)) return NaN;
  if (x === Infinity) return -Infinity;
  if (x === -Infinity) return Math.LN2;
  if (x < 0) return Math.log1p(erfSeriesOrOne(-x));
  if (x < ERFC_SWITCH) return Math.log1p(-erfSeries(x));
  return -x * x - LOG_SQRT_PI - Math.log(erfcContinuedFraction(x));
}

/** erf(x) for x >= 0, any size (1 - erfc for large x). */
function erfSeriesOrOne(x: number): number {
  return x < ERFC_SWITCH ? erfSeries(x) : 1 - erfc(x);
}

/**
 * log|binom(alpha, i)| and its sign for real alpha and integer i >= 0, by the product
 * prod_{j<i} (alpha - j)/(j + 1). Returns the whole sequence for i = 0..count-1, which is
 * how the accountant consumes it (one pass, no gamma function needed).
 */
export function logAbsBinomials(alpha: number, count: number): { logAbs: Float64Array; sign: Int8Array } {
  const logAbs = new Float64Array(count);
  const sign = new Int8Array(count);
  let l = 0;
  let s = 1;
  for (let i = 0; i < count; i++) {
    logAbs[i] = l;
    sign[i] = s;
    const factor = alpha - i;
    if (factor === 0) {
      // binom(alpha, k) = 0 for every k > i when alpha is the integer i.
      for (let k = i + 1; k < count; k++) {
        logAbs[k] = -Infinity;
        sign[k] = 0;
      }
      break;
    }
    if (factor < 0) s = -s;
    l += Math.log(Math.abs(factor)) - Math.log(i + 1);
  }
  return { logAbs, sign };
}
