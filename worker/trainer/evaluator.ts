import type { Dataset } from "../../shared/data/dataset";
import type { EvalMetrics } from "../../shared/metrics/eval-metrics";
import type { TaskSpec } from "../../shared/task/task-spec";
import type { ModelWeights } from "../../shared/tensor/weights";
import { TrainerLock } from "../tfjs-learner";
import { Trainer } from "./trainer";

/** Evaluates weights of one task on rows already scaled as the task says (the coordinator's test split). */
export interface Evaluator {
  evaluate(weights: ModelWeights, data: Dataset): Promise<EvalMetrics>;
  predict(weights: ModelWeights, data: Dataset): Promise<Float32Array>;
  dispose(): void;
}

/**
 * A coordinator-side evaluator for any task: one tfjs model of the task, used
 * one call at a time. For `bin/` (the server may not import worker/); call
 * selectBackend() first.
 */
export function createEvaluator(task: TaskSpec): Evaluator {
  const trainer = new Trainer(task, 0);
  const lock = new TrainerLock();
  return {
    evaluate: (weights, data) => lock.run(async () => {
      trainer.setWeights(weights);
      return trainer.evaluate(data);
    }),
    predict: (weights, data) => lock.run(async () => {
      trainer.setWeights(weights);
      return trainer.predict(data);
    }),
    dispose: () => trainer.dispose(),
  };
}
