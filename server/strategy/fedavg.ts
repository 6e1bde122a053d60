import { flatten, unflatten, type ModelWeights } from "../../shared/tensor/weights";
import type { TrainConfig } from "../../shared/task/task-spec";
import { sampleWorkers } from "./sample-workers";
import type {
  Evaluation, EvaluateResult, Failure, FitAggregate, FitInstruction, FitOutcome, SamplingRandom, Strategy, WorkerInfo,
} from "./strategy";

export interface FedAvgOptions {
  /** Share of available workers sampled for training each round. */
  readonly fractionFit?: number;
  /** Fewest workers a training round needs; fewer available means the round is skipped. */
  readonly minFitWorkers?: number;
  readonly fractionEvaluate?: number;
  readonly minEvaluateWorkers?: number;
  /** Fewest successful results to accept a round (else the model stays). */
  readonly minResults?: number;
  readonly train: TrainConfig;
  /** Server learning rate applied to the averaged delta (1 = plain FedAvg). */
  readonly serverLearningRate?: number;
  /** Server-side evaluation on a held-out split (Flower's evaluate_fn). */
  readonly evaluateFn?: (round: number, weights: ModelWeights) => Promise<Evaluation | null>;
}

/** Weighted federated averaging (McMahan et al. 2017) of weight deltas. */
export class FedAvg implements Strategy {
  readonly name = "fedavg";
  readonly needsIndividualUpdates = false;

  constructor(private readonly options: FedAvgOptions) {
    const f = options.fractionFit ?? 1;
    if (!(f > 0 && f <= 1)) throw new RangeError(`fractionFit must be in (0, 1], got ${f}`);
  }

  configureFit(round: number, _weights: ModelWeights, available: readonly WorkerInfo[], rng: SamplingRandom): FitInstruction[] {
    const chosen = sampleWorkers(available, this.options.fractionFit ?? 1, this.options.minFitWorkers ?? 1, rng);
    return chosen.map((w) => ({ worker: w.id, train: { ...this.options.train, seed: (this.options.train.seed + round * 7919) >>> 0 } }));
  }

  aggregateFit(_round: number, weights: ModelWeights, aggregate: FitAggregate, _failures: readonly Failure[]): FitOutcome | null {
    const minResults = this.options.minResults ?? 1;
    let mean: Float32Array;
    let metrics: Record<string, number> = {};
    if (aggregate.kind === "individual") {
      if (aggregate.results.length < minResults) return null;
      const total = aggregate.results.reduce((s, r) => s + r.numExamples, 0);
      if (total <= 0) return null;
      const acc = new Float64Array(aggregate.results[0]!.update.length);
      let loss = 0;
      for (const r of aggregate.results) {
        const w = r.numExamples / total;
        for (let i = 0; i < acc.length; i++) acc[i]! += w * r.update[i]!;
        loss += w * (r.metrics.loss ?? 0);
      }
      mean = Float32Array.from(acc);
      metrics = { trainLoss: loss, examples: total };
    } else {
      if (aggregate.contributors.length < minResults || !(aggregate.totalWeight > 0)) return null;
      mean = new Float32Array(aggregate.weightedSum.length);
      for (let i = 0; i < mean.length; i++) mean[i] = aggregate.weightedSum[i]! / aggregate.totalWeight;
      metrics = { ...aggregate.metrics };
    }
    const lr = this.options.serverLearningRate ?? 1;
    const flat = flatten(weights);
    if (flat.length !== mean.length) throw new RangeError(`aggregate has ${mean.length} values, the model ${flat.length}`);
    for (let i = 0; i < flat.length; i++) flat[i]! += lr * mean[i]!;
    return { weights: unflatten(flat, weights), metrics };
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
}
