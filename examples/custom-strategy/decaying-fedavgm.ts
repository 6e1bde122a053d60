/**
 * A strategy of your own behind the Flower-shaped interface (configureFit, aggregateFit,
 * configureEvaluate, aggregateEvaluate, evaluate): federated averaging whose server step decays
 * each round (lr_t = lr_0 / sqrt(t)), with server momentum. It takes only the sum of the updates,
 * so it runs under secure aggregation, where the coordinator never holds one worker's update.
 */
import {
  sampleWorkers, type Evaluation, type EvaluateResult, type Failure, type FitAggregate, type FitInstruction, type FitOutcome, type SamplingRandom,
  type Strategy, type StrategyContext, type WorkerInfo,
} from "conclave/strategies";
import { flatten, unflatten, type ModelWeights } from "conclave/tasks";

export interface DecayingOptions {
  /** The first round's server learning rate. */
  readonly learningRate: number;
  /** Server momentum (0: none). */
  readonly momentum: number;
}

/** FedAvg with a decaying server learning rate and momentum, from the sum alone. */
export class DecayingFedAvgM implements Strategy {
  readonly name = "decaying-fedavgm";
  readonly needsIndividualUpdates = false;
  /** The server learning rate used in each round, for the report. */
  readonly steps: { round: number; learningRate: number; contributors: number }[] = [];
  private velocity: Float32Array | null = null;

  constructor(private readonly context: StrategyContext, private readonly options: DecayingOptions) {}

  configureFit(_round: number, _weights: ModelWeights, available: readonly WorkerInfo[], rng: SamplingRandom): FitInstruction[] {
    return sampleWorkers(available, this.context.fractionFit, this.context.minFitWorkers, rng).map((w) => ({ worker: w.id, train: this.context.train }));
  }

  aggregateFit(round: number, weights: ModelWeights, aggregate: FitAggregate, _failures: readonly Failure[]): FitOutcome | null {
    // The mean update: from each worker's update in plaintext, or from the secure sum.
    const mean = new Float32Array(flatten(weights).length);
    let contributors: number;
    if (aggregate.kind === "individual") {
      const total = aggregate.results.reduce((s, r) => s + r.numExamples, 0);
      if (total === 0) return null;
      for (const r of aggregate.results) for (let i = 0; i < mean.length; i++) mean[i]! += (r.numExamples / total) * r.update[i]!;
      contributors = aggregate.results.length;
    } else {
      if (aggregate.totalWeight <= 0) return null;
      for (let i = 0; i < mean.length; i++) mean[i] = aggregate.weightedSum[i]! / aggregate.totalWeight;
      contributors = aggregate.contributors.length;
    }
    const learningRate = this.options.learningRate / Math.sqrt(round);
    const v = (this.velocity ??= new Float32Array(mean.length));
    const flat = flatten(weights);
    for (let i = 0; i < flat.length; i++) {
      v[i] = this.options.momentum * v[i]! + mean[i]!;
      flat[i]! += learningRate * v[i]!;
    }
    this.steps.push({ round, learningRate, contributors });
    return { weights: unflatten(flat, weights), metrics: { serverLearningRate: learningRate } };
  }

  configureEvaluate(): string[] {
    return []; // no federated evaluation: the coordinator's own test split measures the model
  }

  aggregateEvaluate(_round: number, _results: readonly EvaluateResult[], _failures: readonly Failure[]): Evaluation | null {
    return null;
  }

  evaluate(round: number, weights: ModelWeights): Promise<Evaluation | null> {
    return this.context.evaluateFn(round, weights);
  }
}
