import type { Dataset } from "../shared/data/dataset";
import type { TrainConfig } from "../shared/task/task-spec";
import type { ModelWeights, NamedTensor } from "../shared/tensor/weights";
import type { FeatureMoments, LocalLearner } from "./local-learner";
import type { Standardisation } from "../shared/protocol/messages";
import { scaleFeatures } from "../shared/data/feature-scaling";
import { metricsRecord } from "../shared/metrics/metrics-record";
import type { Scaling } from "../shared/task/task-spec";
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

export { metricsRecord };

/** Per-feature means and means of squares of a dataset's feature columns (float64 accumulation). */
export function featureMoments(data: Dataset): FeatureMoments {
  const mean = new Float64Array(data.cols);
  const meanSquare = new Float64Array(data.cols);
  for (let r = 0; r < data.rows; r++) {
    for (let c = 0; c < data.cols; c++) {
      const v = data.x[r * data.cols + c]!;
      mean[c]! += v;
      meanSquare[c]! += v * v;
    }
  }
  for (let c = 0; c < data.cols; c++) { mean[c]! /= data.rows; meanSquare[c]! /= data.rows; }
  return { mean, meanSquare, rows: data.rows };
}

/**
 * A worker's local learning: its own raw rows and a tfjs Trainer. Rows are
 * scaled as the task says: standardised with the federation's statistics when
 * the coordinator sends them, else with the worker's own; or divided by a
 * constant; or left as they are (cached per standardisation).
 */
export class TfjsLearner implements LocalLearner {
  private cacheKey = "";
  private scaled: Dataset | null = null;

  constructor(private readonly trainer: Trainer, private readonly raw: Dataset, readonly backend: string,
    private readonly lock: TrainerLock = new TrainerLock(), private readonly seedSalt = 0) {
    this.scaling = trainer.task.preprocessing.scaling;
  }

  private readonly scaling: Scaling;

  get numExamples(): number { return this.raw.rows; }

  moments(): FeatureMoments { return featureMoments(this.raw); }

  private data(s: Standardisation | null): Dataset {
    const key = s ? JSON.stringify(s) : "own";
    if (key !== this.cacheKey || !this.scaled) {
      if (s && s.mean.length !== this.raw.cols) throw new Error(`the coordinator's standardisation has ${s.mean.length} features but this worker's data has ${this.raw.cols}`);
      this.scaled = scaleFeatures(this.scaling, this.raw, s ? { mean: Float32Array.from(s.mean), std: Float32Array.from(s.std) } : null);
      this.cacheKey = key;
    }
    return this.scaled;
  }

  train(weights: ModelWeights, config: TrainConfig, standardisation: Standardisation | null): Promise<{ weights: NamedTensor[]; loss: number; examples: number }> {
    return this.lock.run(async () => {
      this.trainer.setWeights(weights);
      const fit = await this.trainer.fit(this.data(standardisation), config, `${config.seed}:${this.seedSalt}`);
      if (!Number.isFinite(fit.loss)) throw new Error(`local training diverged (loss ${fit.loss}); lower the learning rate`);
      return { weights: await this.trainer.getWeights(), loss: fit.loss, examples: fit.examples };
    });
  }

  evaluate(weights: ModelWeights, standardisation: Standardisation | null): Promise<{ numExamples: number; loss: number; metrics: Record<string, number> }> {
    return this.lock.run(async () => {
      this.trainer.setWeights(weights);
      const m = await this.trainer.evaluate(this.data(standardisation));
      return { numExamples: m.examples, loss: m.loss, metrics: metricsRecord(m) };
    });
  }
}
