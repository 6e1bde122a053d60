/**
 * Renyi DP of the Poisson-subsampled Gaussian mechanism (Mironov, Talwar & Zhang 2019,
 * "Renyi Differential Privacy of the Sampled Gaussian Mechanism", arXiv:1908.10530),
 * and the conversion of an RDP curve to (epsilon, delta).
 *
 * The mechanism: each record (here: each worker, user-level DP) is included with
 * probability q independently, the included contributions (L2 norm <= C) are summed
 * and N(0, (zC)^2) is added per coordinate. Its RDP at order alpha is
 * log(A_alpha) / (alpha - 1), with A_alpha = E_{x~N(0,z^2)}[((1-q) + q e^{(2x-1)/(2z^2)})^alpha]
 * (add/remove adjacency). Integer orders use the binomial expansion (Sec. 3.3, eq. for
 * integer alpha); fractional orders use the two-sided erfc series of Sec. 3.3. This is the
 * computation of Opacus's `opacus/accountants/analysis/rdp.py` (and of tensorflow-privacy /
 * dp_accounting), written from the paper; numbers agree to ~1e-12 relative.
 */
import { logAbsBinomials, logAdd, logErfc, logSub } from "./log-math";

export type RdpConversion = "improved" | "classic";
export const RDP_CONVERSIONS: readonly RdpConversion[] = ["improved", "classic"] as const;

/**
 * Opacus's default orders: 1.1, 1.2, ..., 10.9 (1 + x/10 for x = 1..99), then 12..63.
 * The values are computed as 1 + x / 10 in binary64, exactly as Python computes them, so
 * the integer ones (2, 3, ..., 10) take the integer branch as they do in Opacus.
 */
export const DEFAULT_RDP_ORDERS: readonly number[] = Object.freeze([
  ...Array.from({ length: 99 }, (_, i) => 1 + (i + 1) / 10),
  ...Array.from({ length: 52 }, (_, i) => 12 + i),
]);

/** A fractional-order series stops once both new terms are this far (in log) below the sum. */
const FRAC_SERIES_LOG_TOLERANCE = 30;
const FRAC_SERIES_MAX_TERMS = 10_000;

/** log(A_alpha) for integer alpha >= 2 and 0 < q < 1: sum_i binom(alpha,i) q^i (1-q)^(alpha-i) e^{(i^2-i)/(2 z^2)}. */
export function logAInteger(q: number, z: number, alpha: number): number {
  if (!Number.isInteger(alpha) || alpha < 1) throw new RangeError(`logAInteger: alpha must be an integer >= 1, got ${alpha}`);
  const logQ = Math.log(q);
  const log1mQ = Math.log1p(-q);
  const twoZ2 = 2 * z * z;
  const { logAbs } = logAbsBinomials(alpha, alpha + 1);
  let logA = -Infinity;
  for (let i = 0; i <= alpha; i++) {
    const term = logAbs[i]! + i * logQ + (alpha - i) * log1mQ + (i * i - i) / twoZ2;
    logA = logAdd(logA, term);
  }
  return logA;
}

/**
 * log(A_alpha) for fractional alpha > 1 and 0 < q < 1. A_alpha splits at
 * z0 = z^2 log(1/q - 1) + 1/2 into two integrals, each expanded in a binomial series whose
 * i-th terms are binom(alpha,i) q^i (1-q)^(alpha-i) e^{(i^2-i)/(2z^2)} erfc((i-z0)/(sqrt2 z))/2
 * and the mirror one with i <-> alpha - i. binom(alpha, i) changes sign for i > alpha + 1,
 * so positive and negative parts are summed separately in log space and subtracted once.
 */
export function logAFractional(q: number, z: number, alpha: number): number {
  const logQ = Math.log(q);
  const log1mQ = Math.log1p(-q);
  const twoZ2 = 2 * z * z;
  const z0 = z * z * Math.log(1 / q - 1) + 0.5;
  const sqrt2Z = Math.SQRT2 * z;
  let pos = -Infinity;
  let neg = -Infinity;
  let lastS0 = -Infinity;
  let lastS1 = -Infinity;
  let logBinom = 0; // log|binom(alpha, i)|
  let sign = 1;
  for (let i = 0; i < FRAC_SERIES_MAX_TERMS; i++) {
    const j = alpha - i;
    const logT0 = logBinom + i * logQ + j * log1mQ;
    const logT1 = logBinom + j * logQ + i * log1mQ;
    const logE0 = -Math.LN2 + logErfc((i - z0) / sqrt2Z);
    const logE1 = -Math.LN2 + logErfc((z0 - j) / sqrt2Z);
    const logS0 = logT0 + (i * i - i) / twoZ2 + logE0;
    const logS1 = logT1 + (j * j - j) / twoZ2 + logE1;
    const s = logAdd(logS0, logS1);
    if (sign > 0) pos = logAdd(pos, s);
    else neg = logAdd(neg, s);
    if (logS0 < lastS0 && logS1 < lastS1 && Math.max(logS0, logS1) < pos - FRAC_SERIES_LOG_TOLERANCE) {
      return logSub(pos, neg);
    }
    lastS0 = logS0;
    lastS1 = logS1;
    const factor = alpha - i; // binom(alpha, i+1) = binom(alpha, i) * (alpha - i) / (i + 1)
    if (factor < 0) sign = -sign;
    logBinom += Math.log(Math.abs(factor)) - Math.log(i + 1);
  }
  // Did not converge: no finite bound at this order (the accountant skips it).
  return Infinity;
}

/** RDP at one order of one step of the sampled Gaussian mechanism with noise multiplier z. */
export function rdpSampledGaussianAt(q: number, z: number, alpha: number): number {
  checkSampledGaussianArgs(q, z);
  if (!(alpha > 1)) throw new RangeError(`RDP order must be > 1, got ${alpha}`);
  if (q === 0) return 0;
  if (z === 0 || alpha === Infinity) return Infinity;
  if (q === 1) return alpha / (2 * z * z);
  const logA = Number.isInteger(alpha) ? logAInteger(q, z, alpha) : logAFractional(q, z, alpha);
  return logA / (alpha - 1);
}

/** RDP of `steps` compositions of the sampled Gaussian mechanism, at every order. */
export function rdpSampledGaussian(q: number, z: number, orders: readonly number[] = DEFAULT_RDP_ORDERS, steps = 1): Float64Array {
  if (!(Number.isInteger(steps) && steps >= 0)) throw new RangeError(`steps must be a non-negative integer, got ${steps}`);
  const out = new Float64Array(orders.length);
  for (let k = 0; k < orders.length; k++) out[k] = rdpSampledGaussianAt(q, z, orders[k]!) * steps;
  return out;
}

function checkSampledGaussianArgs(q: number, z: number): void {
  if (!(q >= 0 && q <= 1)) throw new RangeError(`sampling rate must be in [0, 1], got ${q}`);
  if (!(z >= 0 && Number.isFinite(z))) throw new RangeError(`noise multiplier must be finite and >= 0, got ${z}`);
}

/**
 * epsilon at one order.
 * - "improved": eps = rdp + log((alpha-1)/alpha) - (log(delta) + log(alpha))/(alpha-1),
 *   Balle, Barthe, Gaboardi, Hsu & Sato 2020, "Hypothesis testing interpretations and Renyi
 *   differential privacy", Theorem 21 (arXiv:1905.09982); what Opacus and dp_accounting use.
 * - "classic": eps = rdp - log(delta)/(alpha-1), Mironov 2017, Proposition 3.
 */
export function epsilonAtOrder(rdp: number, alpha: number, delta: number, conversion: RdpConversion): number {
  if (conversion === "classic") return rdp - Math.log(delta) / (alpha - 1);
  return rdp + Math.log1p(-1 / alpha) - (Math.log(delta) + Math.log(alpha)) / (alpha - 1);
}

export interface EpsilonResult {
  /** The smallest epsilon over the orders (>= 0; Infinity if no order gives a finite bound). */
  readonly epsilon: number;
  /** The order that achieved it (NaN when epsilon is Infinity). */
  readonly order: number;
}

/**
 * (epsilon, delta)-DP from an RDP curve: the minimum over orders of the chosen conversion.
 * A negative minimum is reported as 0 (any (eps', delta) guarantee with eps' < 0 implies
 * (0, delta)), as dp_accounting does; Opacus would print the negative number.
 */
export function epsilonFromRdp(orders: readonly number[], rdp: ArrayLike<number>, delta: number, conversion: RdpConversion = "improved"): EpsilonResult {
  if (orders.length !== rdp.length) throw new RangeError(`orders (${orders.length}) and rdp (${rdp.length}) differ in length`);
  if (!(delta > 0 && delta < 1)) throw new RangeError(`delta must be in (0, 1), got ${delta}`);
  let best = Infinity;
  let bestOrder = NaN;
  for (let k = 0; k < orders.length; k++) {
    const alpha = orders[k]!;
    const r = rdp[k]!;
    if (!(alpha > 1) || Number.isNaN(r) || r === Infinity) continue;
    const eps = epsilonAtOrder(r, alpha, delta, conversion);
    if (eps < best) {
      best = eps;
      bestOrder = alpha;
    }
  }
  return { epsilon: best === Infinity ? Infinity : Math.max(0, best), order: bestOrder };
}
