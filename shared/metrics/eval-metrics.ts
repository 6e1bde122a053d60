import type { TaskSpec } from "../task/task-spec";
import { accuracy, auc, binaryCrossEntropy, mse } from "./metrics";

/** What evaluating a model on some rows gives, by kind of task. */
export interface RegressionMetrics {
  readonly kind: "regression";
  readonly examples: number;
  /** The training loss on these rows (MSE). */
  readonly loss: number;
  readonly mse: number;
}

export interface BinaryMetrics {
  readonly kind: "binary";
  readonly examples: number;
  /** Binary cross-entropy. */
  readonly loss: number;
  readonly accuracy: number;
  /** NaN when the rows hold one class only. */
  readonly auc: number;
}

export type EvalMetrics = RegressionMetrics | BinaryMetrics;

/** Metrics of predictions (raw outputs for regression, probabilities for binary) against targets. */
export function evaluatePredictions(kind: TaskSpec["kind"], pred: Float32Array, target: Float32Array): EvalMetrics {
  if (kind === "regression") {
    const m = mse(pred, target);
    return { kind, examples: pred.length, loss: m, mse: m };
  }
  return {
    kind,
    examples: pred.length,
    loss: binaryCrossEntropy(pred, target),
    accuracy: accuracy(pred, target),
    auc: auc(pred, target),
  };
}

/** The headline test metric of a task kind, as named in the demos' JSON summary. */
export function headlineMetric(m: EvalMetrics): { name: "testMse" | "testAccuracy"; value: number } {
  return m.kind === "regression" ? { name: "testMse", value: m.mse } : { name: "testAccuracy", value: m.accuracy };
}

/** The summary fields of the demos' JSON: {testMse} or {testAccuracy, testAuc}. */
export function summaryFields(m: EvalMetrics): Record<string, number> {
  return m.kind === "regression" ? { testMse: m.mse } : { testAccuracy: m.accuracy, testAuc: m.auc };
}
