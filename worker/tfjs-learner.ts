import type { Dataset } from "../shared/data/dataset";
import type { EvalMetrics } from "../shared/metrics/eval-metrics";
import type { TrainConfig } from "../shared/task/task-spec";
import type { ModelWeights, NamedTensor } from "../shared/tensor/weights";
import type { LocalLearner } from "./local-learner";
import type { Trainer } from "./trainer/trainer";

/**
 * Serialises use of one Trainer: virtual workers share a small pool of tfjs
 * models (DESIGN: "a small pool of trainers"), and a model holds one set of
 * weights at a time.
 */
export class TrainerLock {
  private tail: Promise<unknown> = Promise.resolve();

  run<T>(task: () => Promise<T>): Promise<T> {
    const next = this.tail.then(task, task);
    this.tail = next.catch(() => undefined);
    return next;
  }
}

/** Plain numbers of an evaluation, without the non-finite ones (AUC of a one-class split is NaN). */
export function metricsRecord(m: EvalMetrics): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [k, v] of Object.entries(m)) if (typeof v === "number" && Number.isFinite(v) && k !== "examples") out[k] = v;
  return out;
}

/** A worker's local learning: its own (already standardised) rows and a tfjs Trainer. */
export class TfjsLearner implements LocalLearner {
  constructor(private readonly trainer: Trainer, private readonly data: Dataset, readonly backend: string,
    private readonly lock: TrainerLock = new TrainerLock(), private readonly seedSalt = 0) {}

  get numExamples(): number { return this.data.rows; }

  train(weights: ModelWeights, config: TrainConfig): Promise<{ weights: NamedTensor[]; loss: number; examples: number }> {
    return this.lock.run(async () => {
      this.trainer.setWeights(weights);
      const fit = await this.trainer.fit(this.data, config, `${config.seed}:${this.seedSalt}`);
      if (!Number.isFinite(fit.loss)) throw new Error(`local training diverged (loss ${fit.loss}); lower the learning rate`);
      return { weights: this.trainer.getWeights(), loss: fit.loss, examples: fit.examples };
    });
  }

  evaluate(weights: ModelWeights): Promise<{ numExamples: number; loss: number; metrics: Record<string, number> }> {
    return this.lock.run(async () => {
      this.trainer.setWeights(weights);
      const m = await this.trainer.evaluate(this.data);
      return { numExamples: m.examples, loss: m.loss, metrics: metricsRecord(m) };
    });
  }
}
