/**
 * The exact discrete Gaussian N_Z(0, sigma^2), P(x) proportional to exp(-x^2 / (2 sigma^2))
 * on the integers, sampled with the algorithms of Canonne, Kamath & Steinke 2020,
 * "The Discrete Gaussian for Differential Privacy" (NeurIPS; arXiv:2004.00010):
 *   Algorithm 1: Bernoulli(exp(-gamma)) for rational gamma >= 0, from Bernoulli(gamma/k) draws;
 *   Algorithm 2: the discrete Laplace with scale t, from Algorithm 1 and uniform integers;
 *   Algorithm 3: rejection from the discrete Laplace with t = floor(sigma) + 1, accepting Y
 *                with probability exp(-(|Y| - sigma^2/t)^2 / (2 sigma^2)).
 * Every probability is a ratio of integers and every Bernoulli is decided by comparing
 * uniform random integers: no floating point touches the distribution. Integer
 * arithmetic uses doubles while all values stay below 2^53 (checked) and BigInt otherwise.
 */
import { isqrt, rational, rationalFromNumber, type Rational } from "./exact-rational";
import { uniformInt, type RandomSource } from "./random-source";

const SAFE = 9_007_199_254_740_992; // 2^53
const SAFE_BIG = 9_007_199_254_740_992n;
const TWO_POW_53 = 9_007_199_254_740_992;
const TWO_POW_MINUS_53 = 1 / TWO_POW_53;
/** Largest sigma^2 accepted: keeps samples (and t) far below 2^53. */
const MAX_SIGMA2 = 2 ** 80;

/** sigma^2 as a positive number (converted exactly) or an exact fraction. */
export type Sigma2 = number | Rational;

// ---------------------------------------------------------------- Bernoulli draws

/** Bernoulli(n/d), 0 <= n <= d <= 2^53, integers as doubles. */
function bernoulliNum(n: number, d: number, rng: RandomSource): boolean {
  return uniformInt(rng, d) < n;
}

/**
 * Bernoulli(n/d) for BigInt 0 <= n < d: compares base-2^32 digits of n/d with uniform
 * random words until they differ (about one word on average), which is exactly
 * P(U < n/d) for a uniform real U.
 */
function bernoulliDigits(n: bigint, d: bigint, rng: RandomSource): boolean {
  let rem = n;
  for (let k = 0; k < 64; k++) {
    rem <<= 32n;
    const digit = Number(rem / d);
    rem %= d;
    const w = rng.uint32();
    if (w < digit) return true;
    if (w > digit) return false;
    if (rem === 0n) return false; // n/d's remaining digits are all 0, U's are not: U > n/d
  }
  return false; // reached with probability 2^-2048; the bias is far below anything measurable
}

/** n/d as a double with relative error below 3 * 2^-53, or NaN where that is not guaranteed (n or d beyond a double, or n/d near the subnormals). */
export function ratioEstimate(n: bigint, d: bigint): number {
  const x = Number(n) / Number(d);
  return Number.isFinite(x) && x >= 2 ** -1000 ? x : NaN;
}

/** Relative margin around the double estimate of n/d: its error is below 3 * 2^-53 (two conversions and a division). */
const MARGIN = 2 ** -49;

/**
 * Bernoulli(n/d) for BigInt 0 <= n <= d, exactly P(U < n/d) for a uniform real U, given
 * x = ratioEstimate(n, d) (computed once by the caller). The first 53 bits of U place it in
 * [u, u + 1) / 2^53; when that interval lies clear of x by the margin (which bounds x's
 * rounding error), the answer needs no BigInt arithmetic. Otherwise (probability about
 * 2^-48, or always when x is NaN) it is decided exactly: U < n/d iff V d < n 2^53 - u d for
 * the rest V of U. Exported for its tests.
 */
export function bernoulliBig(n: bigint, d: bigint, x: number, rng: RandomSource): boolean {
  if (n >= d) return true;
  const lo = rng.uniform53(); // u / 2^53, exactly
  const hi = lo + TWO_POW_MINUS_53; // exact: a multiple of 2^-53 in (0, 1]
  if (hi <= x * (1 - MARGIN)) return true;
  if (lo >= x * (1 + MARGIN)) return false;
  const r = (n << 53n) - BigInt(lo * TWO_POW_53) * d;
  if (r <= 0n) return false;
  if (r >= d) return true;
  return bernoulliDigits(r, d, rng);
}

/** Bernoulli(exp(-n/d)) for safe integers n >= 0, d >= 1 (Algorithm 1). */
function bernoulliExpNum(n: number, d: number, rng: RandomSource): boolean {
  if (n > d) {
    // exp(-n/d) = exp(-1)^floor(n/d) * exp(-(n mod d)/d). % is exact on doubles, and so is
    // the division of the multiple n - rem by d.
    const rem = n % d;
    const whole = (n - rem) / d;
    for (let i = 0; i < whole; i++) if (!bernoulliExpNum(1, 1, rng)) return false;
    return bernoulliExpNum(rem, d, rng);
  }
  // gamma = n/d in [0, 1]: count successes of Bernoulli(gamma / K), K = 1, 2, ...
  let k = 1;
  // Bernoulli(n / (d K)) = Bernoulli(n / d) AND Bernoulli(1 / K): no product can overflow.
  while (bernoulliNum(n, d, rng) && (k === 1 || uniformInt(rng, k) === 0)) k++;
  return k % 2 === 1;
}

/** Bernoulli(exp(-n/d)) for BigInt n >= 0, d >= 1 (Algorithm 1). */
function bernoulliExpBig(n: bigint, d: bigint, rng: RandomSource): boolean {
  if (n > d) {
    const whole = n / d;
    for (let i = 0n; i < whole; i++) if (!bernoulliExpNum(1, 1, rng)) return false;
    return bernoulliExpBig(n % d, d, rng);
  }
  if (d <= SAFE_BIG) return bernoulliExpNum(Number(n), Number(d), rng);
  const x = ratioEstimate(n, d);
  let k = 1;
  while (bernoulliBig(n, d, x, rng) && (k === 1 || uniformInt(rng, k) === 0)) k++;
  return k % 2 === 1;
}

// ---------------------------------------------------------------- discrete Laplace

/** P(x) proportional to exp(-|x| / t) on the integers, integer t >= 1 (Algorithm 2 with s = 1). */
function discreteLaplace(t: number, rng: RandomSource): number {
  for (;;) {
    const u = uniformInt(rng, t);
    if (!bernoulliExpNum(u, t, rng)) continue;
    let v = 0;
    while (bernoulliExpNum(1, 1, rng)) v++;
    const x = u + t * v;
    const negative = (rng.uint32() & 1) === 1;
    if (negative && x === 0) continue;
    return negative ? -x : x;
  }
}

// ---------------------------------------------------------------- discrete Gaussian

export function toSigma2(sigma2: Sigma2): Rational {
  const r = typeof sigma2 === "number" ? rationalFromNumber(sigma2) : rational(sigma2.num, sigma2.den);
  if (r.num <= 0n) throw new RangeError("discrete Gaussian: sigma^2 must be > 0");
  if (r.num > BigInt(MAX_SIGMA2) * r.den) throw new RangeError(`discrete Gaussian: sigma^2 must be <= 2^80`);
  return r;
}

/** A sampler with its constants prepared once; call it for each sample. */
export type DiscreteGaussianSampler = (rng: RandomSource) => number;

export function discreteGaussianSampler(sigma2: Sigma2): DiscreteGaussianSampler {
  const { num: p, den: q } = toSigma2(sigma2);
  // t = floor(sigma) + 1 = floor(sqrt(floor(p/q))) + 1.
  const tBig = isqrt(p / q) + 1n;
  const t = Number(tBig);
  // Accept Y with probability exp(-gamma), gamma = (|Y| q t - p)^2 / (2 p q t^2).
  const qt = q * tBig;
  const den = 2n * p * q * tBig * tBig;
  const fast = den <= SAFE_BIG && qt <= SAFE_BIG && p <= SAFE_BIG;
  const denN = Number(den);
  const qtN = Number(qt);
  const pN = Number(p);
  return (rng) => {
    for (;;) {
      const y = discreteLaplace(t, rng);
      const absY = Math.abs(y);
      if (fast) {
        // Strict bounds: a product below 2^53 is exact, so every value here is an exact integer.
        const prod = absY * qtN;
        if (prod < SAFE) {
          const a = Math.abs(prod - pN);
          const a2 = a * a;
          if (a2 < SAFE) {
            if (bernoulliExpNum(a2, denN, rng)) return y;
            continue;
          }
        }
      }
      const a = BigInt(absY) * qt - p;
      if (bernoulliExpBig(a * a, den, rng)) return y;
    }
  };
}

/** One sample of N_Z(0, sigma^2). Prefer discreteGaussianSampler for many samples. */
export function sampleDiscreteGaussian(sigma2: Sigma2, rng: RandomSource): number {
  return discreteGaussianSampler(sigma2)(rng);
}

/**
 * A new vector v + noise (mod 2^32), each coordinate with independent N_Z(0, sigma^2) noise;
 * v is a fixed-point encoded update in the ring Z_(2^32) and is not modified.
 */
export function addDiscreteGaussianNoise(v: Uint32Array, sigma2: Sigma2, rng: RandomSource): Uint32Array {
  const sample = discreteGaussianSampler(sigma2);
  const out = new Uint32Array(v.length);
  for (let i = 0; i < v.length; i++) out[i] = (v[i]! + sample(rng)) >>> 0;
  return out;
}

/** The exact variance of N_Z(0, sigma^2) (slightly below sigma^2), by summing the pmf; for tests and planning. */
export function discreteGaussianVariance(sigma2: number): number {
  if (!(sigma2 > 0 && sigma2 <= 1e12)) throw new RangeError("discreteGaussianVariance: sigma^2 must be in (0, 1e12]");
  const limit = Math.ceil(Math.sqrt(sigma2) * 40) + 2;
  let z = 1;
  let m2 = 0;
  for (let x = 1; x <= limit; x++) {
    const w = Math.exp((-x * x) / (2 * sigma2));
    z += 2 * w;
    m2 += 2 * x * x * w;
  }
  return m2 / z;
}
