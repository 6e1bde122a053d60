import { flatten, unflatten, type ModelWeights } from "../../shared/tensor/weights";
import type { TrainConfig } from "../../shared/task/task-spec";
import type { UpdateAggregator } from "./aggregators/update-aggregator";
import type { ServerOptimizer } from "./optimizers/server-optimizer";
import { sampleWorkers } from "./sample-workers";
import { stateObject, stateString } from "./state-json";
import { StrategyConfigError } from "./strategy-config-error";
import type {
  CheckpointableStrategy, Evaluation, EvaluateResult, Failure, FitAggregate, FitInstruction, FitOutcome, JsonValue, SamplingRandom, WorkerInfo,
} from "./strategy";

/** What every strategy takes: sampling, the workers' training, acceptance and server-side evaluation. */
export interface StrategyOptions {
  /** Share of available workers sampled for training each round. */
  readonly fractionFit?: number;
  /** Fewest workers a training round needs; fewer available means the round is skipped. */
  readonly minFitWorkers?: number;
  readonly fractionEvaluate?: number;
  readonly minEvaluateWorkers?: number;
  /** Fewest successful results to accept a round (else the model stays). */
  readonly minResults?: number;
  /** The workers' local training; `proximalMu` > 0 there (FedProx) adds the proximal term to their loss. */
  readonly train: TrainConfig;
  /** Server-side evaluation on a held-out split (Flower's evaluate_fn). */
  readonly evaluateFn?: (round: number, weights: ModelWeights) => Promise<Evaluation | null>;
}

/**
 * A strategy as two parts: an aggregation rule that turns the round's updates into one delta
 * (the mean, or a robust rule that must see each update) and a server optimizer that applies
 * it (SGD, momentum, Adam, Yogi, Adagrad). FedAvg is mean + SGD(1); FedAvgM mean + momentum;
 * FedAdam mean + Adam; FedMedian median + SGD(1); and so on (create-strategy.ts names them).
 * The optimizer holds all the state between rounds, which state()/restore() checkpoint.
 */
export class AggregationStrategy implements CheckpointableStrategy {
  readonly needsIndividualUpdates: boolean;

  constructor(
    readonly name: string,
    private readonly options: StrategyOptions,
    readonly aggregator: UpdateAggregator,
    readonly optimizer: ServerOptimizer,
  ) {
    const f = options.fractionFit ?? 1;
    if (!(f > 0 && f <= 1)) throw new RangeError(`fractionFit must be in (0, 1], got ${f}`);
    const mu = options.train.proximalMu ?? 0;
    if (!(Number.isFinite(mu) && mu >= 0)) throw new RangeError(`proximalMu must be a finite number >= 0, got ${mu}`);
    this.needsIndividualUpdates = aggregator.needsIndividualUpdates;
  }

  configureFit(round: number, _weights: ModelWeights, available: readonly WorkerInfo[], rng: SamplingRandom): FitInstruction[] {
    const chosen = sampleWorkers(available, this.options.fractionFit ?? 1, this.options.minFitWorkers ?? 1, rng);
    const { proximalMu, ...train } = this.options.train;
    const config: TrainConfig = { ...train, seed: (train.seed + round * 7919) >>> 0, ...(proximalMu !== undefined && proximalMu > 0 ? { proximalMu } : {}) };
    return chosen.map((w) => ({ worker: w.id, train: config }));
  }

  aggregateFit(round: number, weights: ModelWeights, aggregate: FitAggregate, _failures: readonly Failure[]): FitOutcome | null {
    const count = aggregate.kind === "individual" ? aggregate.results.length : aggregate.contributors.length;
    if (count < (this.options.minResults ?? 1)) return null;
    const combined = this.aggregator.aggregate(aggregate, round);
    if (combined === null) return null;
    const flat = flatten(weights);
    if (flat.length !== combined.delta.length) throw new RangeError(`aggregate has ${combined.delta.length} values, the model ${flat.length}`);
    return { weights: unflatten(this.optimizer.step(flat, combined.delta), weights), metrics: combined.metrics };
  }

  configureEvaluate(_round: number, _weights: ModelWeights, available: readonly WorkerInfo[], rng: SamplingRandom): string[] {
    const f = this.options.fractionEvaluate ?? 0;
    if (f <= 0) return [];
    return sampleWorkers(available, f, this.options.minEvaluateWorkers ?? 1, rng).map((w) => w.id);
  }

  aggregateEvaluate(_round: number, results: readonly EvaluateResult[], _failures: readonly Failure[]): Evaluation | null {
    const total = results.reduce((s, r) => s + r.numExamples, 0);
    if (total === 0) return null;
    let loss = 0;
    const sums: Record<string, number> = {};
    const weights: Record<string, number> = {};
    for (const r of results) {
      loss += (r.numExamples / total) * r.loss;
      // A metric some workers could not compute (AUC on one class) is averaged over those that did.
      for (const [k, v] of Object.entries(r.metrics)) {
        sums[k] = (sums[k] ?? 0) + r.numExamples * v;
        weights[k] = (weights[k] ?? 0) + r.numExamples;
      }
    }
    const metrics: Record<string, number> = {};
    for (const k of Object.keys(sums)) if (weights[k]! > 0) metrics[k] = sums[k]! / weights[k]!;
    return { loss, metrics };
  }

  evaluate(round: number, weights: ModelWeights): Promise<Evaluation | null> {
    return this.options.evaluateFn ? this.options.evaluateFn(round, weights) : Promise.resolve(null);
  }

  state(): JsonValue {
    return { strategy: this.name, aggregator: this.aggregator.name, optimizer: this.optimizer.state() };
  }

  restore(state: unknown): void {
    const o = stateObject(state, "state");
    const strategy = stateString(o, "strategy", "state");
    const aggregator = stateString(o, "aggregator", "state");
    if (strategy !== this.name || aggregator !== this.aggregator.name) {
      throw new StrategyConfigError("bad-state", `cannot restore the strategy: the checkpoint is of ${strategy} (${aggregator}), this strategy is ${this.name} (${this.aggregator.name}); build the checkpoint's strategy`);
    }
    this.optimizer.restore(o.optimizer);
  }
}
