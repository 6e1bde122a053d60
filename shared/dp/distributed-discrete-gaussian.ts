/**
 * Accounting for the distributed discrete Gaussian (Kairouz, Liu & Steinke 2021, "The
 * Distributed Discrete Gaussian Mechanism for Federated Learning with Secure Aggregation",
 * ICML; arXiv:2102.06387).
 *
 * The mechanism, per round: each sampled worker clips its real update to L2 norm C,
 * encodes it in fixed point (x_int = round(x * scale), an integer vector in Z^d), adds
 * N_Z(0, sigma_w^2) noise to every coordinate, and secure aggregation reveals only the sum
 * (mod 2^32; the reduction is post-processing). The coordinator never sees an unnoised sum.
 *
 * Sensitivity, honestly, in integer units (user-level add/remove of one worker):
 *   L2: Delta2 = C * scale + slack, slack = sqrt(d) * e where e bounds how far rounding moves
 *       one coordinate: e = 1/2 + 2^-19 for round-to-nearest (1/2, plus the 2^-19 that the
 *       ring encoder in shared/ring/fixed-point.ts documents for its branch-free clamp), or
 *       e = 1 for stochastic rounding. Clamping coordinates (the encoder's clip range) only
 *       shrinks the norm, so it never raises the sensitivity;
 *   L1: Delta1 = min(sqrt(d) * Delta2, Delta2^2) (Cauchy-Schwarz; and |x| <= x^2 on integers).
 *
 * Privacy of the sum of m independent N_Z(0, sigma_w^2) (KLS21 Proposition 14, with
 * tau = 10 sum_{k=1}^{m-1} exp(-2 pi^2 sigma_w^2 k/(k+1)) from their Theorem 1, and
 * sigma_w >= 1/2): with a2 = Delta2 / (sqrt(m) sigma_w), a1 = Delta1 / (sqrt(m) sigma_w),
 *   eps(alpha) = min( alpha/2 a2^2 + tau d,
 *                     alpha/2 (a2^2 + 2 a1 tau + tau^2 d),
 *                     alpha/2 (a2 + sqrt(d) tau)^2 ).
 * Same formula as the authors' code (google-research/federated, distributed_dp/accounting_utils.py).
 *
 * Dropouts: secure aggregation guarantees that the noise of at least `minSurvivors` (its
 * threshold) workers is in every released sum. The plan sets sigma_w so that m = minSurvivors
 * shares already carry the target noise, and accounts with m. If more survive, the extra
 * independent noise is post-processing of the m-share mechanism, so the bound still holds.
 *
 * Subsampling: workers sampled with probability q per round (Poisson); amplification by
 * Zhu & Wang 2019 Theorem 5 (see subsampled-rdp.ts), an upper bound for any mechanism.
 */
import { DpConfigError } from "./dp-config-error";
import { DEFAULT_RDP_ORDERS } from "./rdp";
import { rdpSubsampled } from "./subsampled-rdp";

export type RoundingMode = "nearest" | "stochastic";

export interface DistributedNoiseRequest {
  /** z: standard deviation of the guaranteed total noise divided by the L2 sensitivity Delta2. */
  readonly noiseMultiplier: number;
  /** C, the L2 clip norm of an update in real units. */
  readonly clip: number;
  /** Fixed-point scale: the encoder maps x to round(x * scale). */
  readonly scale: number;
  /** d, the number of coordinates of an update. */
  readonly dimension: number;
  /** m, the fewest workers whose noise is guaranteed to be in a released sum (secure-aggregation threshold). */
  readonly minSurvivors: number;
  /** Default "nearest". */
  readonly rounding?: RoundingMode;
  /** Workers per round, for the ring headroom check (defaults to minSurvivors). */
  readonly maxWorkers?: number;
  /** Bits of the ring (default 32: Z_(2^32), decoded as signed). */
  readonly ringBits?: number;
}

export interface DistributedNoisePlan {
  /** sigma_w^2: pass this to addDiscreteGaussianNoise on each worker (integer units). */
  readonly sigma2PerWorkerInteger: number;
  /** sigma_w = sqrt(sigma_w^2). */
  readonly sigmaPerWorkerInteger: number;
  readonly minSurvivors: number;
  readonly dimension: number;
  /** Delta2 and Delta1 of one worker's rounded update, integer units. */
  readonly l2Sensitivity: number;
  readonly l1Sensitivity: number;
  /** Delta2 / (C * scale): how much rounding inflates the sensitivity (1 = none). */
  readonly roundingInflation: number;
  /** KLS21's tau for m shares (0 for a single share). */
  readonly tau: number;
  /** sqrt(m) sigma_w, the guaranteed noise std of the sum, integer units and real units. */
  readonly totalNoiseStdInteger: number;
  readonly totalNoiseStdReal: number;
  /** Worst-case |coordinate| of the sum of maxWorkers updates plus 6 noise stds, integer units. */
  readonly worstCaseAbsCoordinate: number;
  /** Whether that worst case decodes without wrapping around the signed ring. */
  readonly fitsInRing: boolean;
}

/** Largest distance between a scaled coordinate and its encoded integer, per rounding mode. */
export const ROUNDING_ERROR: Readonly<Record<RoundingMode, number>> = { nearest: 0.5 + 2 ** -19, stochastic: 1 };

/** Workers whose noise is below this make Proposition 14 inapplicable (it assumes sigma >= 1/2). */
const MIN_SIGMA_PER_WORKER = 0.5;

export function planDistributedNoise(req: DistributedNoiseRequest): DistributedNoisePlan {
  const { noiseMultiplier: z, clip, scale, dimension: d, minSurvivors: m } = req;
  const rounding = req.rounding ?? "nearest";
  const maxWorkers = req.maxWorkers ?? m;
  const ringBits = req.ringBits ?? 32;
  if (!(z > 0 && Number.isFinite(z))) throw new DpConfigError("noise-not-positive", `The noise multiplier must be a positive number, got ${z}.`);
  if (!(clip > 0 && Number.isFinite(clip))) throw new DpConfigError("clip-not-positive", `The clip norm must be a positive number, got ${clip}.`);
  if (!(scale > 0 && Number.isFinite(scale))) throw new DpConfigError("encoding-invalid", `The fixed-point scale must be a positive number, got ${scale}.`);
  if (!(Number.isSafeInteger(d) && d >= 1)) throw new DpConfigError("encoding-invalid", `The update dimension must be a positive integer, got ${d}.`);
  if (!(Number.isSafeInteger(m) && m >= 1)) {
    throw new DpConfigError("survivors-out-of-range", `The minimum number of surviving workers must be a positive integer, got ${m}.`);
  }
  if (!(Number.isSafeInteger(maxWorkers) && maxWorkers >= m)) {
    throw new DpConfigError("survivors-out-of-range", `Workers per round (${maxWorkers}) must be an integer at least the minimum survivors (${m}).`);
  }
  const roundingError = ROUNDING_ERROR[rounding];
  const slack = Math.sqrt(d) * roundingError;
  const l2 = clip * scale + slack;
  const l1 = Math.min(Math.sqrt(d) * l2, l2 * l2);
  const totalStd = z * l2;
  const sigma2 = (totalStd * totalStd) / m;
  const sigma = Math.sqrt(sigma2);
  if (sigma < MIN_SIGMA_PER_WORKER) {
    throw new DpConfigError(
      "noise-too-small-for-ring",
      `Each worker's integer noise would have sigma ${sigma.toPrecision(3)} < 0.5, below what the distributed discrete Gaussian ` +
        `analysis covers; increase the fixed-point scale (now ${scale}) or the noise multiplier.`,
    );
  }
  const worstCase = maxWorkers * (clip * scale + roundingError) + 6 * Math.sqrt(maxWorkers) * sigma;
  return {
    sigma2PerWorkerInteger: sigma2,
    sigmaPerWorkerInteger: sigma,
    minSurvivors: m,
    dimension: d,
    l2Sensitivity: l2,
    l1Sensitivity: l1,
    roundingInflation: l2 / (clip * scale),
    tau: distributedTau(sigma2, m),
    totalNoiseStdInteger: Math.sqrt(m * sigma2),
    totalNoiseStdReal: Math.sqrt(m * sigma2) / scale,
    worstCaseAbsCoordinate: worstCase,
    fitsInRing: worstCase < 2 ** (ringBits - 1),
  };
}

/** tau = 10 sum_{k=1}^{m-1} exp(-2 pi^2 sigma^2 k/(k+1)) (KLS21 Theorem 1). */
export function distributedTau(sigma2: number, shares: number): number {
  let sum = 0;
  for (let k = 1; k < shares; k++) sum += Math.exp(-2 * Math.PI * Math.PI * sigma2 * (k / (k + 1)));
  return 10 * sum;
}

/** The parameters Proposition 14 needs; a plan provides them. */
export interface DiscreteGaussianSumParams {
  readonly sigma2PerWorkerInteger: number;
  readonly minSurvivors: number;
  readonly dimension: number;
  readonly l2Sensitivity: number;
  readonly l1Sensitivity: number;
  readonly tau: number;
}

/** RDP of one unsampled release of the sum (KLS21 Proposition 14), at any order >= 1. */
export function rdpDistributedDiscreteGaussianAt(p: DiscreteGaussianSumParams, alpha: number): number {
  const std = Math.sqrt(p.minSurvivors * p.sigma2PerWorkerInteger);
  const a2 = p.l2Sensitivity / std;
  const a1 = p.l1Sensitivity / std;
  const { tau } = p;
  const d = p.dimension;
  const t1 = (alpha / 2) * a2 * a2 + tau * d;
  const t2 = (alpha / 2) * (a2 * a2 + 2 * a1 * tau + tau * tau * d);
  const t3 = (alpha / 2) * (a2 + Math.sqrt(d) * tau) ** 2;
  return Math.min(t1, t2, t3);
}

/**
 * Per-order RDP of one round: the sum released once, workers Poisson-sampled with
 * probability `sampleRate`. Feed it to RdpAccountant.stepRdp (same orders).
 */
export function rdpDistributedDiscreteGaussian(p: DiscreteGaussianSumParams, sampleRate: number, orders: readonly number[] = DEFAULT_RDP_ORDERS): Float64Array {
  const eps = (alpha: number): number => rdpDistributedDiscreteGaussianAt(p, alpha);
  const out = new Float64Array(orders.length);
  for (let k = 0; k < orders.length; k++) out[k] = rdpSubsampled(eps, sampleRate, orders[k]!);
  return out;
}
