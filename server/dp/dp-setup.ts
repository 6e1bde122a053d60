/**
 * From the run's options to everything differential privacy needs, checked before training:
 * the DpConfig, the workers' protection (clip, noise), the secure-aggregation driver (unweighted,
 * fixed-point range = the clip norm, ring headroom for the noise), and the DP-FedAvg wrapper.
 *
 * Defaults when --dp is given (see docs/privacy.md):
 * - --clip 1.0: DP-FedAvg's usual starting point, and close to the demos' own update norms
 *   (Boston about 1.3-2.3 in the first rounds, 0.2-0.3 at the end; Pima 0.5-0.9), so clipping
 *   binds early and the noise (z * C) is not far above what an update carries.
 * - --delta min(1 / (10 * workers), 1e-5): well below 1 / (number of workers), the
 *   probability of a worker's guarantee failing outright.
 * - --noise: if absent with --epsilon-budget, the smallest multiplier whose epsilon after all
 *   the planned rounds stays within the budget (Opacus's search; for the distributed mode the
 *   same search over its own accounting), so the run trains every round; if absent without a
 *   budget, DEFAULT_NOISE_MULTIPLIER, with the resulting epsilon printed before training.
 *
 * Sampling: a round samples n = max(1, ceil(fractionFit * workers)) workers, q = n / workers.
 * Distributed mode: the noise is planned for m = the fewest workers whose noise a released
 * sum is guaranteed to carry: SecAgg+'s threshold t (every survivor keeps >= t live
 * neighbours, so >= t + 1 inputs are summed), or every sampled worker for the additive
 * protocol (it tolerates no drop once sharing began). k and t are pinned for the run; a round
 * with too few trained workers to keep them aborts and releases nothing.
 */
import { DifferentialPrivacyStrategy } from "../strategy/dp-strategy";
import type { Strategy } from "../strategy/strategy";
import { RingSecureDriver } from "../round/ring-driver";
import { ringLayout, secureParams, solveNoise, type RingLayout } from "./dp-noise-plan";
import { DpSetupError, type DpSetupErrorCode } from "./dp-setup-error";
export { DpSetupError, type DpSetupErrorCode };
import { DpSecureDriver, placeholderWorkers } from "../round/dp-secure-driver";
import type { SecureAggregationDriver } from "../round/secure-aggregation-driver";
import { DpConfigError } from "../../shared/dp/dp-config-error";
import { localReportNoiseMultiplier, validateDpConfig, type DpConfig, type DpConfigSummary, type DpMode, type DpRunShape } from "../../shared/dp/dp-config";
import type { DistributedNoisePlan } from "../../shared/dp/distributed-discrete-gaussian";
import { RdpAccountant } from "../../shared/dp/rdp-accountant";
import { PLAINTEXT_PROTECTION, type Protection, type SecureAggregationMode } from "../../shared/protocol/messages";
import { getLogger } from "../../shared/log/logger";
import type { ModelSpec } from "../../shared/task/task-spec";
import { inferModel } from "../../shared/task/weight-layout";

const log = getLogger("cli.dp");

/** Clip norm when --dp is given without --clip. */
export const DEFAULT_CLIP = 1;
/**
 * Noise multiplier when --dp is given with neither --noise nor --epsilon-budget: chosen for
 * the demos (4 workers, every worker every round), where it is about the most noise that still
 * trains a useful model. Its epsilon there is large (hundreds, printed before training): with
 * so few workers no noise level gives both. Choose privacy with --noise or --epsilon-budget.
 */
export const DEFAULT_NOISE_MULTIPLIER = 0.2;
/** Above this planned epsilon the run logs a warning: the formal guarantee says little. */
const WEAK_EPSILON = 10;

/** The options DP setup reads (a subset of RunOptions). */
export interface DpInputs {
  readonly dp?: DpMode;
  readonly noise?: number;
  readonly clip?: number;
  readonly delta?: number;
  readonly epsilonBudget?: number;
  readonly workers: number;
  readonly fractionFit: number;
  readonly secagg: SecureAggregationMode;
  readonly neighbors?: number;
  readonly threshold?: number;
  /** Expected dropout rate (--dropout): SecAgg+'s default k, hence t, depends on it. */
  readonly dropout?: number;
  /** c: colluding workers the SecAgg+ threshold tolerates. */
  readonly collusionBound?: number;
}


/** A configuration DP cannot run with that shared/dp does not cover (its errors are DpConfigError). */

export type NoiseSource = "flag" | "budget" | "default";

export interface DpSetup {
  readonly config: DpConfig;
  readonly noiseSource: NoiseSource;
  readonly shape: DpRunShape;
  /** Planned epsilon after round 1 and after all rounds. */
  readonly planned: DpConfigSummary;
  /** Sent to workers each round (the secure driver fills its fixed-point fields). */
  readonly protection: Protection;
  readonly secure: SecureAggregationDriver | undefined;
  readonly plan: DistributedNoisePlan | undefined;
  /** Wraps the inner strategy (runSimulation's wrapStrategy); the wrapper is kept for `strategy`. */
  wrapStrategy(inner: Strategy, totalWorkers: number): Strategy;
  /** The wrapper, once wrapStrategy has run. */
  readonly strategy: DifferentialPrivacyStrategy | null;
  /** Coordinator hook: a reason to stop before a round that would exceed --epsilon-budget. */
  beforeRound(round: number): string | null;
}

/** Workers sampled per round, as sampleWorkers does with minFitWorkers 1. */
export function workersPerRound(workers: number, fractionFit: number): number {
  return Math.min(workers, Math.max(1, Math.ceil(fractionFit * workers)));
}

/**
 * Builds and validates the DP part of a run; null without --dp. Throws DpConfigError or
 * DpSetupError (a code and a sentence a person can act on) before any training.
 */
export function buildDpSetup(inputs: DpInputs, dimension: number, rounds: number): DpSetup | null {
  const mode = inputs.dp;
  if (mode === undefined) {
    const stray = (["noise", "clip", "delta", "epsilonBudget"] as const).filter((k) => inputs[k] !== undefined);
    if (stray.length > 0) {
      const flags = stray.map((k) => (k === "epsilonBudget" ? "--epsilon-budget" : `--${k}`)).join(", ");
      throw new DpSetupError("dp-mode-missing", `${flags} only apply with differential privacy; add --dp central, --dp distributed or --dp local.`);
    }
    return null;
  }
  const { workers, fractionFit, secagg } = inputs;
  if (!(fractionFit > 0 && fractionFit <= 1)) {
    throw new DpConfigError("sampling-out-of-range", `The sampling rate (--fraction-fit) must be in (0, 1], got ${fractionFit}.`);
  }
  if (mode === "distributed" && secagg === "none") {
    throw new DpSetupError("needs-secure-aggregation",
      "Distributed DP adds each worker's share of the noise under secure aggregation, so it needs --secagg secagg+ or --secagg additive; or use --dp central or --dp local without it.");
  }
  const n = workersPerRound(workers, fractionFit);
  const clip = inputs.clip ?? DEFAULT_CLIP;
  const delta = inputs.delta ?? Math.min(1 / (10 * workers), 1e-5);
  const base = { mode, clip, delta, ...(inputs.epsilonBudget !== undefined ? { epsilonBudget: inputs.epsilonBudget } : {}) };
  const sampleRate = n / workers;
  // First pass: every check that does not need the noise plan (a budget only once the noise is known).
  const { epsilonBudget: _budget, ...withoutBudget } = base;
  validateDpConfig({ ...(inputs.noise === undefined ? withoutBudget : base), noiseMultiplier: inputs.noise ?? DEFAULT_NOISE_MULTIPLIER },
    { workersPerRound: n, minSurvivors: 1, sampleRate, rounds });
  if (inputs.epsilonBudget !== undefined && !(inputs.epsilonBudget > 0 && Number.isFinite(inputs.epsilonBudget))) {
    throw new DpConfigError("budget-not-positive", `The epsilon budget (--epsilon-budget) must be a positive number, got ${inputs.epsilonBudget}.`);
  }
  const pinned = mode === "distributed" && secagg !== "none" ? secureParams(secagg, n, inputs) : null;
  const minSurvivors = pinned?.minSurvivors ?? n;
  const layout = (z: number): RingLayout => ringLayout(mode, z, clip, n, minSurvivors, dimension);
  const shapeFor = (z: number): DpRunShape => ({
    workersPerRound: n, minSurvivors, sampleRate, rounds, ...(mode === "distributed" ? { encoding: { scale: layout(z).scale, dimension } } : {}),
  });
  let noiseSource: NoiseSource = "flag";
  let z = inputs.noise;
  if (z === undefined) {
    if (inputs.epsilonBudget !== undefined) {
      z = solveNoise({ ...base, noiseMultiplier: 1 }, inputs.epsilonBudget, shapeFor);
      noiseSource = "budget";
    } else {
      z = DEFAULT_NOISE_MULTIPLIER;
      noiseSource = "default";
    }
  }
  const config: DpConfig = { ...base, noiseMultiplier: z };
  const ring = layout(z);
  const shape = shapeFor(z);
  const planned = validateDpConfig(config, shape);
  const plan = planned.plan;
  const protection: Protection = {
    ...PLAINTEXT_PROTECTION, clipNorm: clip, dpMode: mode, noiseStd: mode === "local" ? z * clip : 0,
    ringNoiseSigma2: plan?.sigma2PerWorkerInteger ?? 0, weighted: false, maxExamples: 1, noiseMultiplier: z, delta,
    noiseShares: mode === "distributed" ? minSurvivors : 0,
  };
  let secure: DpSecureDriver | undefined;
  if (secagg !== "none") {
    const inner = new RingSecureDriver({ protocol: secagg, clipRange: ring.clipRange, weighted: false, maxExamples: 1, maxParties: n,
      headroomBits: ring.headroomBits, stageTimeoutMs: 30_000, ...(inputs.collusionBound !== undefined ? { collusionBound: inputs.collusionBound } : {}),
      ...(inputs.dropout !== undefined ? { dropoutRate: inputs.dropout } : {}),
      // Each worker's noise is planned for minSurvivors inputs: a sum holding fewer is never released.
      ...(mode === "distributed" ? { minContributors: minSurvivors } : {}),
      ...(pinned?.neighbors !== undefined ? { neighbors: pinned.neighbors } : inputs.neighbors !== undefined ? { neighbors: inputs.neighbors } : {}),
      ...(pinned?.threshold !== undefined ? { threshold: pinned.threshold } : inputs.threshold !== undefined ? { threshold: inputs.threshold } : {}) });
    secure = new DpSecureDriver(inner, n);
    const scale = secure.protection(protection, placeholderWorkers(n)).scale;
    if (scale !== ring.scale) throw new Error(`internal: the driver's scale ${scale} differs from the planned ${ring.scale}`);
  }
  let strategy: DifferentialPrivacyStrategy | null = null;
  return {
    config, noiseSource, shape, planned, protection, secure, plan,
    wrapStrategy(inner: Strategy, totalWorkers: number): Strategy {
      strategy = new DifferentialPrivacyStrategy(inner, {
        config, totalWorkers, maxWorkersPerRound: Math.min(n, totalWorkers), secureAggregation: secure !== undefined,
        ...(secure !== undefined ? { encoding: { scale: ring.scale, dimension } } : {}), ...(plan !== undefined ? { plan } : {}),
      });
      return strategy;
    },
    get strategy() {
      return strategy;
    },
    beforeRound(round: number): string | null {
      const budget = config.epsilonBudget;
      if (budget === undefined || strategy === null || !strategy.wouldExceed(budget)) return null;
      return `the epsilon budget ${budget} would be exceeded by round ${round} (epsilon ${strategy.previewEpsilon().toPrecision(4)} > ${budget}); ` +
        `${round - 1} round(s) ran, at epsilon ${strategy.epsilon().toPrecision(4)}`;
    },
  };
}

/** Number of weights of a model: the dimension d of an update. */
export function modelDimension(model: ModelSpec): number {
  return inferModel(model).parameters;
}

/** The `dp` field of the summary: the configuration and the epsilon actually spent. */
export function dpSummary(setup: DpSetup, roundsPlanned: number): Record<string, number | string> {
  const { config, plan } = setup;
  const spent = setup.strategy?.epsilon() ?? 0;
  return {
    mode: config.mode, noise: config.noiseMultiplier, clip: config.clip, delta: config.delta, epsilon: Number(spent.toPrecision(6)),
    ...(config.epsilonBudget !== undefined ? { epsilonBudget: config.epsilonBudget } : {}),
    noiseSource: setup.noiseSource, sampleRate: setup.shape.sampleRate, roundsPlanned,
    plannedEpsilon: Number(setup.planned.afterAllRounds.epsilon.toPrecision(6)),
    ...(plan !== undefined ? { minSurvivors: plan.minSurvivors } : {}),
    ...(config.mode === "local" && setup.secure === undefined ? { epsilonAgainstCoordinator: localReportEpsilon(setup) } : {}),
  };
}

/**
 * Local mode without secure aggregation: the coordinator sees each noisy update, a Gaussian
 * mechanism with replace-one sensitivity 2C (noise multiplier z/2) and no amplification by
 * sampling, once per round a worker takes part (at most every accounted round).
 */
function localReportEpsilon(setup: DpSetup): number {
  const rounds = setup.strategy?.accountedRounds ?? 0;
  if (rounds === 0) return 0;
  const acc = new RdpAccountant();
  acc.step(localReportNoiseMultiplier(setup.config), 1, rounds);
  return Number(acc.getEpsilon(setup.config.delta, setup.config.conversion ?? "improved").epsilon.toPrecision(6));
}

/** One log line before training: what will be added, by whom, and the epsilon the plan reaches. */
export function logDpPlan(setup: DpSetup): void {
  const { config, shape, plan } = setup;
  log.info("differential privacy", {
    mode: config.mode, noise: config.noiseMultiplier, noiseSource: setup.noiseSource, clip: config.clip, delta: config.delta,
    sampleRate: shape.sampleRate, workersPerRound: shape.workersPerRound,
    ...(plan !== undefined ? { minSurvivors: plan.minSurvivors, sigmaPerWorkerInteger: Number(plan.sigmaPerWorkerInteger.toPrecision(6)) } : {}),
    epsilonAfterRound1: Number(setup.planned.afterFirstRound.epsilon.toPrecision(6)), epsilonAfterAllRounds: Number(setup.planned.afterAllRounds.epsilon.toPrecision(6)),
    ...(config.epsilonBudget !== undefined ? { epsilonBudget: config.epsilonBudget } : {}),
  });
  const reach = Math.min(setup.planned.afterAllRounds.epsilon, config.epsilonBudget ?? Number.POSITIVE_INFINITY);
  if (reach > WEAK_EPSILON) {
    log.warn(`epsilon can reach ${reach.toPrecision(4)}: above ${WEAK_EPSILON} the guarantee says little (docs/privacy.md); ` +
      "raise --noise, lower --epsilon-budget, or sample from more workers", { epsilon: Number(reach.toPrecision(6)), noiseSource: setup.noiseSource });
  }
}
