/**
 * Privacy amplification by Poisson subsampling for a mechanism known only through an RDP
 * bound eps(alpha) (used for the distributed discrete Gaussian, whose exact subsampled
 * RDP has no closed form).
 *
 * Integer orders: Zhu & Wang 2019, "Poisson Subsampled Renyi Differential Privacy"
 * (ICML), Theorem 5, the general upper bound valid for ANY mechanism with RDP eps(.):
 *   eps'(alpha) <= 1/(alpha-1) log( (1-q)^(alpha-1) (alpha q - q + 1)
 *                                   + binom(alpha,2) q^2 (1-q)^(alpha-2) e^{eps(2)}
 *                                   + 3 sum_{l=3..alpha} binom(alpha,l) q^l (1-q)^(alpha-l) e^{(l-1) eps(l)} ).
 * (Their tight Theorem 6 drops the factor 3 but needs conditions proven for the continuous
 * Gaussian, not for sums of discrete Gaussians, so it is not used here.) The result is also
 * capped by eps(alpha) itself: subsampling never hurts.
 *
 * Fractional orders: (alpha - 1) D_alpha is a log-moment-generating function and hence convex
 * in alpha (van Erven & Harremoes 2014), and it is 0 at alpha = 1. So linear interpolation of
 * (alpha-1) eps'(alpha) between floor(alpha) and ceil(alpha) is an upper bound; for
 * 1 < alpha < 2 it gives eps'(2). Again capped by the unsampled eps(alpha).
 */
import { logAdd, logAbsBinomials } from "./log-math";

/** An RDP bound of the unsampled mechanism: order (> 1, any real) -> epsilon. */
export type RdpCurve = (alpha: number) => number;

/** Theorem 5 of Zhu & Wang 2019 at integer alpha >= 2, for 0 < q < 1 (not capped). */
export function rdpSubsampledIntegerBound(eps: RdpCurve, q: number, alpha: number): number {
  if (!(Number.isInteger(alpha) && alpha >= 2)) throw new RangeError(`integer order >= 2 expected, got ${alpha}`);
  if (!(q > 0 && q < 1)) throw new RangeError(`sampling rate must be in (0, 1) here, got ${q}`);
  const logQ = Math.log(q);
  const log1mQ = Math.log1p(-q);
  const { logAbs } = logAbsBinomials(alpha, alpha + 1);
  let acc = (alpha - 1) * log1mQ + Math.log1p((alpha - 1) * q);
  acc = logAdd(acc, logAbs[2]! + 2 * logQ + (alpha - 2) * log1mQ + eps(2));
  for (let l = 3; l <= alpha; l++) {
    acc = logAdd(acc, Math.log(3) + logAbs[l]! + l * logQ + (alpha - l) * log1mQ + (l - 1) * eps(l));
  }
  return acc / (alpha - 1);
}

/** RDP of the Poisson-subsampled mechanism at any order > 1 (see the file comment). */
export function rdpSubsampled(eps: RdpCurve, q: number, alpha: number): number {
  if (!(alpha > 1)) throw new RangeError(`RDP order must be > 1, got ${alpha}`);
  if (!(q >= 0 && q <= 1)) throw new RangeError(`sampling rate must be in [0, 1], got ${q}`);
  if (q === 0) return 0;
  const direct = eps(alpha);
  if (q === 1 || alpha === Infinity) return direct;
  const integerBound = (a: number): number => Math.min(rdpSubsampledIntegerBound(eps, q, a), eps(a));
  if (Number.isInteger(alpha)) return Math.min(direct, integerBound(alpha));
  const lo = Math.floor(alpha);
  const hi = lo + 1;
  const t = alpha - lo;
  const cgfLo = lo === 1 ? 0 : (lo - 1) * integerBound(lo);
  const cgfHi = (hi - 1) * integerBound(hi);
  const interpolated = ((1 - t) * cgfLo + t * cgfHi) / (alpha - 1);
  return Math.min(direct, interpolated);
}
