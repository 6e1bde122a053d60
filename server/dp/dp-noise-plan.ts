/** The noise and fixed-point planning behind dp-setup: SecAgg+ parameters, the ring layout, the noise solver. */
import { feasibleNeighbors } from "../round/ring-driver";
import { DpConfigError } from "../../shared/dp/dp-config-error";
import { validateDpConfig, type DpConfig, type DpMode, type DpRunShape } from "../../shared/dp/dp-config";
import { planDistributedNoise } from "../../shared/dp/distributed-discrete-gaussian";
import { solveNoiseMultiplier } from "../../shared/dp/rdp-accountant";
import type { SecureProtocol } from "../../shared/protocol/messages";
import { chooseScale } from "../../shared/ring/fixed-point";
import { DEFAULT_COLLUSION_BOUND, MIN_SECURE_PARTICIPANTS, defaultSecAggParams, paramsProblem, thresholdFor } from "../../shared/secagg/neighbour-graph";
import { DpSetupError } from "./dp-setup-error";
import type { DpInputs } from "./dp-setup";

/** Per-coordinate clamp in the local mode: C plus this many deviations of the local noise. */
const LOCAL_RANGE_DEVIATIONS = 6;

export interface SecureParams {
  /** SecAgg+'s k and pinned t (undefined for additive). */
  readonly neighbors: number | undefined;
  readonly threshold: number | undefined;
  readonly minSurvivors: number;
}

/**
 * m for the distributed mode: SecAgg+'s threshold t for n participants, or n for additive.
 * k and t are passed to the ring driver explicitly, so the plan does not depend on how the
 * driver picks its defaults: k = --neighbors, else the default of shared/secagg for n workers
 * and an expected dropout rate of --dropout, at least 10% (as the ring driver plans).
 */
export function secureParams(protocol: SecureProtocol, n: number, inputs: DpInputs): SecureParams {
  if (protocol === "additive") {
    if (n < MIN_SECURE_PARTICIPANTS) throw new DpConfigError("too-few-workers", `Distributed DP needs at least ${MIN_SECURE_PARTICIPANTS} workers per round, got ${n}; add workers or raise --fraction-fit.`);
    return { neighbors: undefined, threshold: undefined, minSurvivors: n };
  }
  if (n < MIN_SECURE_PARTICIPANTS) {
    throw new DpConfigError("too-few-workers", `Distributed DP needs at least ${MIN_SECURE_PARTICIPANTS} workers per round, got ${n}; add workers, raise --fraction-fit, or use --dp central.`);
  }
  const c = inputs.collusionBound ?? DEFAULT_COLLUSION_BOUND;
  let k: number;
  try {
    k = inputs.neighbors !== undefined ? feasibleNeighbors(inputs.neighbors, n)
      : defaultSecAggParams(n, { collusionBound: c, dropoutRate: Math.min(0.49, Math.max(0.1, inputs.dropout ?? 0.1)) }).neighbors;
  } catch (err) {
    throw new DpSetupError("secagg-parameters", `SecAgg+ cannot run with ${n} workers per round: ${err instanceof Error ? err.message : String(err)}.`);
  }
  const t = Math.max(inputs.threshold ?? 0, thresholdFor(k, c));
  const problem = paramsProblem(n, k, t, c);
  if (problem !== null) throw new DpSetupError("secagg-parameters", `SecAgg+ cannot run with ${n} workers per round: ${problem}.`);
  return { neighbors: k, threshold: t, minSurvivors: t };
}

export interface RingLayout {
  /** Per-coordinate clamp of an update before encoding. */
  readonly clipRange: number;
  readonly headroomBits: number;
  /** Fixed-point scale for n parties: what the driver will use every round. */
  readonly scale: number;
}

/**
 * The fixed-point layout for this run. The clamp is C (an update of L2 norm <= C has every
 * coordinate within C), or C + 6 zC in the local mode (its noisy values are not bounded by C;
 * clamping them is post-processing). The distributed mode takes the fewest headroom bits
 * (so the largest scale, the least rounding slack) in which n updates plus 6 deviations of
 * the summed noise cannot wrap around the ring.
 */
export function ringLayout(mode: DpMode, z: number, clip: number, n: number, minSurvivors: number, dimension: number): RingLayout {
  const clipRange = mode === "local" ? clip * (1 + LOCAL_RANGE_DEVIATIONS * z) : clip;
  if (mode !== "distributed") return { clipRange, headroomBits: 0, scale: chooseScale({ clipRange, maxParties: n }) };
  for (let headroomBits = 0; headroomBits <= 30; headroomBits++) {
    let scale: number;
    try {
      scale = chooseScale({ clipRange, maxParties: n, headroomBits });
    } catch {
      break;
    }
    const plan = planDistributedNoise({ noiseMultiplier: z, clip, scale, dimension, minSurvivors, maxWorkers: n });
    if (plan.fitsInRing) return { clipRange, headroomBits, scale };
  }
  throw new DpConfigError("ring-overflow",
    `The sum of ${n} updates plus noise multiplier ${z} does not fit in the 32-bit ring at any fixed-point scale; lower --noise, or sample fewer workers per round.`);
}

/** The smallest noise multiplier whose epsilon after all rounds is within the budget (Opacus's search). */
export function solveNoise(cfg: DpConfig, budget: number, shapeFor: (z: number) => DpRunShape): number {
  const { rounds, sampleRate } = shapeFor(1);
  if (cfg.mode !== "distributed") {
    return solveNoiseMultiplier({ targetEpsilon: budget, sampleRate, steps: rounds, delta: cfg.delta, ...(cfg.conversion ? { conversion: cfg.conversion } : {}) }).noiseMultiplier;
  }
  const { epsilonBudget: _b, ...noBudget } = cfg;
  const epsilonAt = (z: number): number => {
    try {
      return validateDpConfig({ ...noBudget, noiseMultiplier: z }, shapeFor(z)).afterAllRounds.epsilon;
    } catch (err) {
      if (err instanceof DpConfigError && err.code === "ring-overflow") return Number.POSITIVE_INFINITY;
      throw err;
    }
  };
  let low = 0;
  let high = 10;
  let atHigh = epsilonAt(high);
  while (atHigh > budget) {
    high *= 2;
    if (high > 1e4) {
      throw new DpConfigError("epsilon-unreachable",
        `No noise multiplier up to 10^4 keeps the distributed epsilon within ${budget} over ${rounds} rounds at sampling ${sampleRate}; raise --epsilon-budget, or lower --rounds or --fraction-fit.`);
    }
    atHigh = epsilonAt(high);
  }
  while (budget - atHigh > 0.01 && high - low > 1e-9 * high) {
    const mid = (low + high) / 2;
    const atMid = epsilonAt(mid);
    if (atMid <= budget) {
      high = mid;
      atHigh = atMid;
    } else {
      low = mid;
    }
  }
  return high;
}
