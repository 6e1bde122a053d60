import type { Dataset } from "../../shared/data/dataset";
import { scaleFeatures } from "../../shared/data/feature-scaling";
import { fitScaler } from "../../shared/data/scaler";
import type { EvalMetrics } from "../../shared/metrics/eval-metrics";
import type { Seed } from "../../shared/random/seeded-rng";
import type { TaskSpec } from "../../shared/task/task-spec";
import { Trainer } from "./trainer";

export interface CentralizedResult {
  /** Metrics on the test rows after the last epoch. */
  readonly test: EvalMetrics;
  /** Mean training loss of each epoch. */
  readonly epochLosses: readonly number[];
  readonly epochs: number;
  readonly trainRows: number;
  /** Wall time of the whole baseline: scaling, building the model, training, evaluating. */
  readonly wallSeconds: number;
}

/**
 * The baseline of the demos and of the benchmark: plain tfjs training of the
 * task's model, in one process, on all training rows, for `epochs` epochs with
 * the task's optimizer, learning rate and batch size. Takes raw rows: the one
 * party that holds all training rows standardises them with their own
 * statistics (when the task standardises) and applies those to the test rows.
 * Initial weights are initialTaskWeights(task, seed), the same a federated run
 * with that seed starts from. Call selectBackend() first.
 */
export async function trainCentralized(
  task: TaskSpec,
  trainData: Dataset,
  testData: Dataset,
  options: { epochs: number; seed: Seed },
): Promise<CentralizedResult> {
  const started = performance.now();
  const scaling = task.preprocessing.scaling;
  const scaler = scaling.kind === "standardise" ? fitScaler(trainData) : null;
  const train = scaleFeatures(scaling, trainData, scaler);
  const test = scaleFeatures(scaling, testData, scaler);
  const trainer = new Trainer(task, options.seed);
  try {
    const fit = await trainer.fit(train, { ...task.train, localEpochs: options.epochs }, options.seed);
    const metrics = await trainer.evaluate(test);
    return {
      test: metrics,
      epochLosses: fit.epochLosses,
      epochs: options.epochs,
      trainRows: train.rows,
      wallSeconds: (performance.now() - started) / 1000,
    };
  } finally {
    trainer.dispose();
  }
}
