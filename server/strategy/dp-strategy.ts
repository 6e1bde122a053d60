/**
 * DP-FedAvg with fixed clipping as a wrapper around any sum-based strategy (the shape of
 * Flower's DifferentialPrivacyClientSideFixedClipping): workers clip their own update to C
 * (and add their noise in the local and distributed modes); this wrapper, on the
 * coordinator,
 *
 * - makes the aggregate unweighted: each contributor counts 1, as DP-FedAvg with fixed
 *   clipping requires (an example-count weight would scale one worker's influence beyond C).
 *   Individual updates (no secure aggregation) are summed after re-checking their norm
 *   <= C (an update above it is clipped again here and counted in `reclipped`); a secure
 *   sum is taken as it is (the workers encoded it unweighted);
 * - central mode: adds N(0, std^2) to the SUM, std = z * Delta from noiseStdForMode
 *   (Delta = C, plus the fixed-point rounding slack when the sum came through the ring);
 * - hands the inner strategy a `secure-sum` aggregate with totalWeight = contributors, so
 *   FedAvg divides the (noisy) sum by their number;
 * - steps the accountant once per round in which a sum was released, with the real sampling
 *   rate q = workers sampled / all workers (stepAccountantForRound: the sampled Gaussian in
 *   the central and local modes, the distributed discrete Gaussian's RDP curve in the
 *   distributed mode), and puts `epsilon` into the outcome's metrics;
 * - `previewEpsilon()` / `wouldExceed(budget)` tell a `beforeRound` hook whether one more
 *   round would take epsilon past a budget, so training stops before it.
 *
 * Noise comes from a CSPRNG (shared/dp random-source), never Math.random. The per-worker
 * train loss is not passed on: it is a per-worker value outside the accounting.
 */
import { clipL2, l2Norm } from "../../shared/dp/clip";
import { noiseStdForMode, stepAccountantForRound, type DpConfig } from "../../shared/dp/dp-config";
import { rdpDistributedDiscreteGaussian, type DistributedNoisePlan } from "../../shared/dp/distributed-discrete-gaussian";
import { fillGaussian } from "../../shared/dp/gaussian";
import { cryptoRandomSource, type RandomSource } from "../../shared/dp/random-source";
import { RdpAccountant } from "../../shared/dp/rdp-accountant";
import type { EpsilonResult } from "../../shared/dp/rdp";
import { getLogger } from "../../shared/log/logger";
import type { ModelWeights } from "../../shared/tensor/weights";
import {
  isCheckpointable, type CheckpointableStrategy, type Evaluation, type EvaluateResult, type Failure, type FitAggregate, type FitInstruction, type FitOutcome,
  type JsonValue, type SamplingRandom, type Strategy, type WorkerInfo,
} from "./strategy";
import { stateNumber, stateObject, stateString } from "./state-json";
import { StrategyConfigError } from "./strategy-config-error";

const log = getLogger("coordinator.dp");

export interface DpStrategyOptions {
  readonly config: DpConfig;
  /** All workers of the federation: the denominator of the sampling rate. */
  readonly totalWorkers: number;
  /** The most workers a round may sample (the noise plan and the ring scale were made for this many); more are cut. */
  readonly maxWorkersPerRound: number;
  /** Whether updates arrive through secure aggregation (required for the distributed mode). */
  readonly secureAggregation: boolean;
  /** Fixed-point encoding of the secure sum: its rounding slack enters the central noise. */
  readonly encoding?: { readonly scale: number; readonly dimension: number };
  /** Distributed mode: the workers' noise plan (its RDP curve is what the accountant composes). */
  readonly plan?: DistributedNoisePlan;
  /** The noise source for the central mode; default the operating system's CSPRNG. */
  readonly random?: RandomSource;
  /** Resume from a checkpointed accountant; default a fresh one. */
  readonly accountant?: RdpAccountant;
}

export class DifferentialPrivacyStrategy implements CheckpointableStrategy {
  readonly name: string;
  readonly needsIndividualUpdates = false;
  private accountant: RdpAccountant;
  private readonly random: RandomSource;
  private sampledThisRound = 0;
  private rounds = 0;
  /** RDP curves of the distributed mode, per sampling rate (the plan is fixed for the run). */
  private readonly distributedCurves = new Map<number, Float64Array>();

  constructor(private readonly inner: Strategy, private readonly options: DpStrategyOptions) {
    const { config, totalWorkers, maxWorkersPerRound } = options;
    if (inner.needsIndividualUpdates) {
      throw new Error(`strategy ${inner.name} must see each update, so it cannot run under DP-FedAvg, which hands it a (noisy) sum; use a sum-based strategy such as FedAvg`);
    }
    if (!(Number.isSafeInteger(totalWorkers) && totalWorkers >= 1)) throw new RangeError(`totalWorkers must be a positive integer, got ${totalWorkers}`);
    if (!(Number.isSafeInteger(maxWorkersPerRound) && maxWorkersPerRound >= 1 && maxWorkersPerRound <= totalWorkers)) {
      throw new RangeError(`maxWorkersPerRound must be an integer in 1..${totalWorkers}, got ${maxWorkersPerRound}`);
    }
    if (config.mode === "distributed" && (!options.secureAggregation || options.plan === undefined)) {
      throw new Error("distributed DP needs secure aggregation and the workers' noise plan");
    }
    this.name = `dp-${config.mode}(${inner.name})`;
    this.accountant = options.accountant ?? new RdpAccountant();
    this.random = options.random ?? cryptoRandomSource();
  }

  /** Rounds accounted so far (rounds in which a sum was released). */
  get accountedRounds(): number {
    return this.rounds;
  }

  /** The planned sampling rate: the most workers a round samples over all workers (an upper bound on q). */
  get plannedSampleRate(): number {
    return this.options.maxWorkersPerRound / this.options.totalWorkers;
  }

  /** (epsilon, order) spent so far; epsilon 0 before the first accounted round. */
  spent(): EpsilonResult {
    if (this.rounds === 0) return { epsilon: 0, order: Number.NaN };
    return this.accountant.getEpsilon(this.options.config.delta, this.options.config.conversion ?? "improved");
  }

  /** epsilon so far (0 before the first accounted round). */
  epsilon(): number {
    return this.spent().epsilon;
  }

  /** epsilon after one more round at the planned (largest) sampling rate, without taking it. */
  previewEpsilon(): number {
    const { config } = this.options;
    const conversion = config.conversion ?? "improved";
    const q = this.plannedSampleRate;
    if (config.mode === "distributed") return this.accountant.previewStepRdp(this.distributedCurve(q), config.delta, conversion).epsilon;
    return this.accountant.previewStep(config.noiseMultiplier, q, config.delta, conversion).epsilon;
  }

  /** Whether one more round would take epsilon above `budget`. */
  wouldExceed(budget: number): boolean {
    return this.previewEpsilon() > budget;
  }

  /** A snapshot of the accountant (for checkpoints and reports). */
  accountantSnapshot(): ReturnType<RdpAccountant["toJSON"]> {
    return this.accountant.toJSON();
  }

  configureFit(round: number, weights: ModelWeights, available: readonly WorkerInfo[], rng: SamplingRandom): FitInstruction[] {
    let instructions = this.inner.configureFit(round, weights, available, rng);
    const max = this.options.maxWorkersPerRound;
    if (instructions.length > max) {
      log.warn("more workers sampled than the DP plan allows; the extra ones sit this round out", { round, sampled: instructions.length, max });
      instructions = instructions.slice(0, max);
    }
    this.sampledThisRound = instructions.length;
    return instructions;
  }

  aggregateFit(round: number, weights: ModelWeights, aggregate: FitAggregate, failures: readonly Failure[]): FitOutcome | null {
    const { config } = this.options;
    const contributors = aggregate.kind === "individual" ? aggregate.results.map((r) => r.worker) : aggregate.contributors;
    if (contributors.length === 0) return null;
    if (config.mode === "distributed" && aggregate.kind === "individual") {
      throw new Error("distributed DP received individual updates: it must run under secure aggregation");
    }
    // A sum has been released to the coordinator: account for it before anything else.
    this.step();
    const epsilon = this.epsilon();
    const n = contributors.length;
    let sum: Float64Array;
    let reclipped = 0;
    if (aggregate.kind === "individual") {
      sum = new Float64Array(aggregate.results[0]!.update.length);
      for (const r of aggregate.results) {
        let update = r.update;
        if (update.length !== sum.length) throw new RangeError(`worker ${r.worker} sent ${update.length} values, others ${sum.length}`);
        if (config.mode === "central" && l2Norm(update) > config.clip) {
          // The worker did not clip (or clipped to a larger norm): clip here, so the sensitivity holds.
          update = clipL2(update, config.clip).clipped;
          reclipped++;
          log.warn("an update exceeded the clip norm and was clipped on the coordinator", { round, worker: r.worker, clip: config.clip });
        }
        for (let i = 0; i < sum.length; i++) sum[i]! += update[i]!;
      }
    } else {
      if (aggregate.totalWeight !== n) {
        log.error("the secure sum is weighted, so its sensitivity is not the clip norm; the model is kept", { round, totalWeight: aggregate.totalWeight, contributors: n });
        return null;
      }
      sum = Float64Array.from(aggregate.weightedSum);
    }
    let noiseStd = 0;
    if (config.mode === "central") {
      const encoding = aggregate.kind === "secure-sum" ? this.options.encoding : undefined;
      const placement = noiseStdForMode(config, n, encoding);
      if (placement.mode !== "central") throw new Error("unreachable: central placement expected");
      noiseStd = placement.stdOnSum;
      const noise = new Float64Array(sum.length);
      fillGaussian(noise, noiseStd, this.random);
      for (let i = 0; i < sum.length; i++) sum[i]! += noise[i]!;
    }
    const inputMetrics = aggregate.kind === "secure-sum" ? aggregate.metrics : {};
    const outcome = this.inner.aggregateFit(round, weights, {
      kind: "secure-sum", weightedSum: Float32Array.from(sum), totalWeight: n, contributors, metrics: inputMetrics,
    }, failures);
    if (outcome === null) return null;
    return {
      weights: outcome.weights,
      metrics: { ...outcome.metrics, epsilon, contributors: n, ...(noiseStd > 0 ? { noiseStdOnSum: noiseStd } : {}), ...(reclipped > 0 ? { reclipped } : {}) },
    };
  }

  /** The accountant's history, the rounds accounted and the inner strategy's state (checkpoints). */
  state(): JsonValue {
    const snapshot: JsonValue = JSON.parse(JSON.stringify(this.accountant.toJSON()));
    return { strategy: this.name, rounds: this.rounds, accountant: snapshot, inner: isCheckpointable(this.inner) ? this.inner.state() : null };
  }

  restore(state: unknown): void {
    const o = stateObject(state, "state");
    const name = stateString(o, "strategy", "state");
    if (name !== this.name) throw new StrategyConfigError("bad-state", `cannot restore the strategy: the checkpoint is of ${name}, this strategy is ${this.name}; build the checkpoint's strategy`);
    let accountant: RdpAccountant;
    try {
      accountant = RdpAccountant.fromJSON(o.accountant);
    } catch (err) {
      throw new StrategyConfigError("bad-state", `cannot restore the strategy: its privacy accountant: ${err instanceof Error ? err.message : String(err)}`);
    }
    if (isCheckpointable(this.inner)) this.inner.restore(o.inner);
    this.accountant = accountant;
    this.rounds = stateNumber(o, "rounds", "state");
  }

  /**
   * A round that was interrupted (the coordinator stopped in its middle, and resumed from the
   * previous checkpoint) may have released a sum the checkpoint does not know of: it is charged
   * at the planned, largest sampling rate, so the accountant never under-counts.
   */
  chargeInterruptedRound(round: number): void {
    log.warn("a round interrupted by a coordinator restart is charged to the privacy budget, in case its sum was released", { round });
    this.sampledThisRound = this.options.maxWorkersPerRound;
    this.step();
  }

  /** A sum was released but not applied: charged all the same (it reached the coordinator). */
  recordRelease(round: number): void {
    log.warn("a released sum was not applied; it is charged to the privacy budget all the same", { round });
    this.step();
  }

  configureEvaluate(round: number, weights: ModelWeights, available: readonly WorkerInfo[], rng: SamplingRandom): string[] {
    return this.inner.configureEvaluate(round, weights, available, rng);
  }

  aggregateEvaluate(round: number, results: readonly EvaluateResult[], failures: readonly Failure[]): Evaluation | null {
    return this.inner.aggregateEvaluate(round, results, failures);
  }

  evaluate(round: number, weights: ModelWeights): Promise<Evaluation | null> {
    return this.inner.evaluate(round, weights);
  }

  private step(): void {
    const { config, totalWorkers } = this.options;
    const q = this.sampledThisRound / totalWorkers;
    if (!(q > 0 && q <= 1)) throw new Error(`sampling rate ${q} is outside (0, 1]: configureFit must run before aggregateFit`);
    if (config.mode === "distributed") {
      this.accountant.stepRdp(this.distributedCurve(q), 1, "distributed-discrete-gaussian");
    } else {
      stepAccountantForRound(this.accountant, config, { workersPerRound: this.sampledThisRound, minSurvivors: 1, sampleRate: q, rounds: 1 });
    }
    this.rounds++;
  }

  private distributedCurve(q: number): Float64Array {
    let curve = this.distributedCurves.get(q);
    if (curve === undefined) {
      const { plan } = this.options;
      if (plan === undefined) throw new Error("distributed DP needs the workers' noise plan");
      curve = rdpDistributedDiscreteGaussian(plan, q, this.accountant.orders);
      this.distributedCurves.set(q, curve);
    }
    return curve;
  }
}
