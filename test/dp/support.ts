/** Test helpers for the dp suite: independent reference computations (no shared/dp imports). */

/** log(e^a + e^b), written again here so references do not depend on the code under test. */
function logAdd2(a: number, b: number): number {
  const hi = Math.max(a, b);
  const lo = Math.min(a, b);
  return lo === -Infinity ? hi : hi + Math.log1p(Math.exp(lo - hi));
}

/**
 * log(A_alpha) of the sampled Gaussian mechanism by direct numerical integration:
 * A_alpha = integral of N(x; 0, z^2) * ((1-q) + q e^{(2x-1)/(2z^2)})^alpha dx
 * (Mironov, Talwar & Zhang 2019, eq. (3)), with the trapezoid rule in log space. The
 * integrand is analytic and decays like a Gaussian on both sides, so the trapezoid rule
 * with a step well below its length scales (z, and z^2 for the mixture's transition)
 * is accurate to machine precision.
 */
export function logANumeric(q: number, z: number, alpha: number): number {
  const h = Math.min(z, z * z) / 40;
  const lo = -40 * z - 1;
  const hi = alpha + 40 * z + 1;
  const n = Math.ceil((hi - lo) / h);
  const logQ = Math.log(q);
  const log1mQ = Math.log1p(-q);
  const logNorm = -0.5 * Math.log(2 * Math.PI) - Math.log(z);
  let acc = -Infinity;
  for (let k = 0; k <= n; k++) {
    const x = lo + k * h;
    const logMix = logAdd2(log1mQ, logQ + (2 * x - 1) / (2 * z * z));
    const weight = k === 0 || k === n ? Math.log(0.5) : 0;
    acc = logAdd2(acc, weight + logNorm - (x * x) / (2 * z * z) + alpha * logMix);
  }
  return acc + Math.log(h);
}

/** The same quantity for integer alpha by the binomial sum in plain (not log) arithmetic. */
export function aIntegerPlain(q: number, z: number, alpha: number): number {
  let sum = 0;
  let binom = 1;
  for (let i = 0; i <= alpha; i++) {
    sum += binom * q ** i * (1 - q) ** (alpha - i) * Math.exp((i * i - i) / (2 * z * z));
    binom = (binom * (alpha - i)) / (i + 1);
  }
  return sum;
}

export function relErr(actual: number, expected: number): number {
  return Math.abs(actual - expected) / Math.abs(expected);
}

/** Upper quantile of the chi-square distribution at p = 0.001 for df = 1..30 (standard tables). */
export const CHI2_999: readonly number[] = [
  NaN, 10.828, 13.816, 16.266, 18.467, 20.515, 22.458, 24.322, 26.124, 27.877, 29.588,
  31.264, 32.909, 34.528, 36.123, 37.697, 39.252, 40.790, 42.312, 43.820, 45.315,
  46.797, 48.268, 49.728, 51.179, 52.620, 54.052, 55.476, 56.892, 58.301, 59.703,
];
