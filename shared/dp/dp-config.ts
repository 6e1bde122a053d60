/**
 * DP configuration of a run: validation before training, the noise each party adds in each
 * mode, and what the coordinator's accountant must be stepped with.
 *
 * How the coordinator accounts (user-level DP: one worker = one user, add/remove adjacency):
 * - one accountant step per round, with sample rate q = workers sampled this round / all
 *   workers registered. The analysis assumes Poisson sampling (each worker included
 *   independently with probability q); sampling a fixed number of workers is the usual
 *   approximation of it (Opacus and DP-FedAvg make the same one);
 * - the sensitivity is one worker's clipped update: L2 norm <= C in real units (central,
 *   local), or the rounded integer update's Delta2 = C*scale + sqrt(d)*(1/2 + 2^-19) (distributed);
 * - central: accountant.step(z, q): the coordinator adds N(0, (z Delta)^2) to the decoded sum,
 *   Delta = C plus the rounding slack in real units (noiseStdForMode computes it);
 * - distributed: accountant.stepRdp(rdpDistributedDiscreteGaussian(plan, q)); see
 *   distributed-discrete-gaussian.ts. `stepAccountantForRound` does the right one per mode;
 * - local: each worker adds N(0, (zC)^2) to its own update, so the released sum carries at
 *   least zC and accountant.step(z, q) bounds what the model reveals. Against a coordinator
 *   that sees an individual noisy update (no secure aggregation), each report is a Gaussian
 *   mechanism with replace-one sensitivity 2C, i.e. noise multiplier z/2 with no
 *   amplification by sampling (see localReportNoiseMultiplier).
 */
import { DpConfigError } from "./dp-config-error";
import { ROUNDING_ERROR, planDistributedNoise, rdpDistributedDiscreteGaussian, type DistributedNoisePlan, type RoundingMode } from "./distributed-discrete-gaussian";
import { RdpAccountant } from "./rdp-accountant";
import type { EpsilonResult, RdpConversion } from "./rdp";

export type DpMode = "central" | "distributed" | "local";
export const DP_MODES: readonly DpMode[] = ["central", "distributed", "local"] as const;

export interface DpConfig {
  readonly mode: DpMode;
  /** z: noise std / L2 sensitivity. */
  readonly noiseMultiplier: number;
  /** C: L2 clip norm of each worker's update (real units). */
  readonly clip: number;
  readonly delta: number;
  /** Training stops before a round that would take epsilon above this. */
  readonly epsilonBudget?: number;
  /** RDP -> (epsilon, delta) conversion; default "improved". */
  readonly conversion?: RdpConversion;
}

/** How updates are encoded in the ring, for the distributed mode. */
export interface DistributedEncoding {
  readonly scale: number;
  readonly dimension: number;
  readonly rounding?: RoundingMode;
}

export interface DpRunShape {
  readonly workersPerRound: number;
  /** Secure aggregation's threshold: the fewest workers whose noise is in every released sum. */
  readonly minSurvivors: number;
  /** Workers sampled per round / all workers, in (0, 1]. */
  readonly sampleRate: number;
  readonly rounds: number;
  /** Required for the distributed mode's exact accounting and noise plan. */
  readonly encoding?: DistributedEncoding;
}

export interface DpConfigSummary {
  readonly afterFirstRound: EpsilonResult;
  readonly afterAllRounds: EpsilonResult;
  /**
   * false only in distributed mode without an encoding: the figures are then the continuous
   * Gaussian's, a LOWER bound on the distributed epsilon, good for refusing a hopeless
   * configuration early but not for reporting.
   */
  readonly exact: boolean;
  /** Present in distributed mode when an encoding was given. */
  readonly plan?: DistributedNoisePlan;
}

/** Checks a configuration before training starts; throws DpConfigError with an actionable sentence. */
export function validateDpConfig(cfg: DpConfig, shape: DpRunShape): DpConfigSummary {
  const { noiseMultiplier: z, clip, delta } = cfg;
  if (!(Number.isFinite(z) && z > 0)) fail("noise-not-positive", `The noise multiplier (--noise) must be a positive number, got ${z}.`);
  if (!(Number.isFinite(clip) && clip > 0)) fail("clip-not-positive", `The clip norm (--clip) must be a positive number, got ${clip}.`);
  if (!(delta > 0 && delta < 1)) fail("delta-out-of-range", `delta (--delta) must be strictly between 0 and 1, got ${delta}; 1/(number of workers)^1.1 or smaller is usual.`);
  const q = shape.sampleRate;
  if (!(q > 0 && q <= 1)) fail("sampling-out-of-range", `The sampling rate must be in (0, 1] (sampled workers / all workers), got ${q}.`);
  if (!(Number.isSafeInteger(shape.rounds) && shape.rounds >= 1)) fail("rounds-not-positive", `The number of rounds must be a positive integer, got ${shape.rounds}.`);
  if (cfg.epsilonBudget !== undefined && !(cfg.epsilonBudget > 0)) {
    fail("budget-not-positive", `The epsilon budget (--epsilon-budget) must be a positive number, got ${cfg.epsilonBudget}.`);
  }
  const { workersPerRound: n, minSurvivors: m } = shape;
  if (!(Number.isSafeInteger(m) && m >= 1)) fail("survivors-out-of-range", `The minimum number of surviving workers must be a positive integer, got ${m}.`);
  if (!(Number.isSafeInteger(n) && n >= 1)) fail("too-few-workers", `Workers per round must be a positive integer, got ${n}.`);
  if (cfg.mode === "distributed" && (n < 2 || n < m)) {
    fail(
      "too-few-workers",
      `Distributed DP needs at least 2 workers per round and at least the secure-aggregation threshold (${m}); got ${n}. ` +
        `Add workers, or use --dp central.`,
    );
  }
  let plan: DistributedNoisePlan | undefined;
  if (cfg.mode === "distributed" && shape.encoding !== undefined) {
    plan = planFor(cfg, shape, shape.encoding);
    if (!plan.fitsInRing) {
      fail(
        "ring-overflow",
        `The sum of ${n} encoded updates plus noise can reach ${plan.worstCaseAbsCoordinate.toExponential(3)}, beyond the 32-bit ring; lower the fixed-point scale or the clip norm.`,
      );
    }
  }
  const conversion = cfg.conversion ?? "improved";
  const acc = new RdpAccountant();
  const exact = !(cfg.mode === "distributed" && plan === undefined);
  if (exact) stepAccountantForRound(acc, cfg, shape, plan);
  else acc.step(z, q); // lower bound on the distributed epsilon: see DpConfigSummary.exact
  const afterFirstRound = acc.getEpsilon(delta, conversion);
  if (cfg.epsilonBudget !== undefined && afterFirstRound.epsilon > cfg.epsilonBudget) {
    fail(
      "budget-exceeded-at-round-1",
      `The epsilon budget ${cfg.epsilonBudget} is already exceeded after round 1 (epsilon ${afterFirstRound.epsilon.toPrecision(4)} at delta ${delta}, ` +
        `noise ${z}, sampling ${q}); raise --noise, lower the sampling rate, or raise --epsilon-budget.`,
    );
  }
  const rdpAll = acc.rdp().map((r) => r * shape.rounds);
  const all = new RdpAccountant();
  all.stepRdp(rdpAll, 1, "all-rounds");
  const afterAllRounds = all.getEpsilon(delta, conversion);
  return plan === undefined ? { afterFirstRound, afterAllRounds, exact } : { afterFirstRound, afterAllRounds, exact, plan };
}

/**
 * Steps the accountant for one round in the given mode (central and local: the sampled
 * Gaussian; distributed: the distributed discrete Gaussian of `plan`, or of the plan for
 * shape.encoding; one of the two is required in that mode).
 */
export function stepAccountantForRound(acc: RdpAccountant, cfg: DpConfig, shape: DpRunShape, plan?: DistributedNoisePlan): void {
  if (cfg.mode !== "distributed") {
    acc.step(cfg.noiseMultiplier, shape.sampleRate);
    return;
  }
  const p = plan ?? (shape.encoding === undefined ? undefined : planFor(cfg, shape, shape.encoding));
  if (p === undefined) fail("encoding-invalid", "Accounting for distributed DP needs the noise plan or the encoding (fixed-point scale and update dimension).");
  acc.stepRdp(rdpDistributedDiscreteGaussian(p, shape.sampleRate, acc.orders), 1, "distributed-discrete-gaussian");
}

export type NoisePlacement =
  | { readonly mode: "central"; readonly addedBy: "coordinator"; readonly stdOnSum: number }
  | { readonly mode: "local"; readonly addedBy: "each-worker"; readonly stdPerWorker: number }
  | { readonly mode: "distributed"; readonly addedBy: "each-worker"; readonly sigma2PerWorkerInteger: number; readonly plan: DistributedNoisePlan };

/**
 * Who adds which noise, for nWorkers workers per round.
 * - central: N(0, (z Delta)^2) on the decoded sum, by the coordinator. Delta = C without an
 *   encoding; with one (the sum came through the ring), Delta = C + sqrt(d) e / scale,
 *   because one worker's ROUNDED update, which is what the decoded sum contains, can be
 *   that long (e: see ROUNDING_ERROR). Adding z * Delta keeps z's meaning for the accountant.
 * - local: N(0, (zC)^2) on each worker's own clipped update, before encoding (rounding
 *   the noisy value afterwards is post-processing, so no inflation).
 * - distributed: N_Z(0, sigma_w^2) on each worker's encoded update, sigma_w from the planner
 *   so that `encoding.minSurvivors` shares carry z * Delta2 (required in this mode).
 */
export function noiseStdForMode(cfg: DpConfig, nWorkers: number, encoding?: DistributedEncoding & { readonly minSurvivors?: number }): NoisePlacement {
  const z = cfg.noiseMultiplier;
  switch (cfg.mode) {
    case "central": {
      const slack = encoding === undefined ? 0 : (Math.sqrt(encoding.dimension) * ROUNDING_ERROR[encoding.rounding ?? "nearest"]) / encoding.scale;
      return { mode: "central", addedBy: "coordinator", stdOnSum: z * (cfg.clip + slack) };
    }
    case "local":
      return { mode: "local", addedBy: "each-worker", stdPerWorker: z * cfg.clip };
    case "distributed": {
      if (encoding?.minSurvivors === undefined) {
        fail("encoding-invalid", "Distributed DP needs the fixed-point scale, the update dimension and the minimum survivors to plan the noise.");
      }
      const plan = planFor(cfg, { workersPerRound: nWorkers, minSurvivors: encoding.minSurvivors }, encoding);
      return { mode: "distributed", addedBy: "each-worker", sigma2PerWorkerInteger: plan.sigma2PerWorkerInteger, plan };
    }
  }
}

/** Local mode against a coordinator that sees single noisy updates: replace-one sensitivity 2C, so z/2. */
export function localReportNoiseMultiplier(cfg: DpConfig): number {
  return cfg.noiseMultiplier / 2;
}

function planFor(cfg: DpConfig, shape: Pick<DpRunShape, "workersPerRound" | "minSurvivors">, enc: DistributedEncoding): DistributedNoisePlan {
  return planDistributedNoise({
    noiseMultiplier: cfg.noiseMultiplier,
    clip: cfg.clip,
    scale: enc.scale,
    dimension: enc.dimension,
    minSurvivors: shape.minSurvivors,
    maxWorkers: shape.workersPerRound,
    ...(enc.rounding === undefined ? {} : { rounding: enc.rounding }),
  });
}

function fail(code: ConstructorParameters<typeof DpConfigError>[0], message: string): never {
  throw new DpConfigError(code, message);
}
