import type { LossName, MetricName, TaskKind } from "../task/task-spec";
import { accuracy, auc, binaryCrossEntropy, categoricalCrossEntropy, mae, mse, multiclassAccuracy } from "./metrics";

/** What evaluating a model on some rows gives, by kind of task. */
export interface RegressionMetrics {
  readonly kind: "regression";
  readonly examples: number;
  /** The training loss on these rows (MSE, or MAE for a task trained on it). */
  readonly loss: number;
  readonly mse: number;
  /** Always computed; optional so that records written before it was added still type-check. */
  readonly mae?: number;
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

export interface MulticlassMetrics {
  readonly kind: "multiclass";
  readonly examples: number;
  /** Categorical cross-entropy. */
  readonly loss: number;
  /** Share of rows whose most probable class is right. */
  readonly accuracy: number;
}

export type EvalMetrics = RegressionMetrics | BinaryMetrics | MulticlassMetrics;

/**
 * Metrics of predictions against targets: raw outputs for regression,
 * probabilities for binary, rows x classes probabilities for multiclass (whose
 * targets are class indices).
 */
export function evaluatePredictions(kind: TaskKind, pred: Float32Array, target: Float32Array, options: { loss?: LossName } = {}): EvalMetrics {
  switch (kind) {
    case "regression": {
      const m = mse(pred, target);
      const a = mae(pred, target);
      return { kind, examples: pred.length, loss: options.loss === "meanAbsoluteError" ? a : m, mse: m, mae: a };
    }
    case "binary":
      return { kind, examples: pred.length, loss: binaryCrossEntropy(pred, target), accuracy: accuracy(pred, target), auc: auc(pred, target) };
    case "multiclass": {
      if (target.length === 0 || pred.length % target.length !== 0) throw new RangeError(`${pred.length} predictions are not rows of classes for ${target.length} targets`);
      const classes = pred.length / target.length;
      return { kind, examples: target.length, loss: categoricalCrossEntropy(pred, target, classes), accuracy: multiclassAccuracy(pred, target, classes) };
    }
  }
}

/** The headline test metric of a task kind, as named in the demos' JSON summary. */
export function headlineMetric(m: EvalMetrics): { name: "testMse" | "testAccuracy"; value: number } {
  return m.kind === "regression" ? { name: "testMse", value: m.mse } : { name: "testAccuracy", value: m.accuracy };
}

const SUMMARY_NAME: Readonly<Record<MetricName, string>> = { mse: "testMse", mae: "testMae", accuracy: "testAccuracy", auc: "testAuc" };
const DEFAULT_METRICS: Readonly<Record<TaskKind, readonly MetricName[]>> = { regression: ["mse"], binary: ["accuracy", "auc"], multiclass: ["accuracy"] };

/** The summary fields of the demos' JSON for the task's metrics, e.g. {testMse} or {testAccuracy, testAuc}. */
export function summaryFields(m: EvalMetrics, metrics: readonly MetricName[] = DEFAULT_METRICS[m.kind]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const name of metrics) {
    const v: unknown = Reflect.get(m, name);
    if (typeof v === "number") out[SUMMARY_NAME[name]] = v;
  }
  return out;
}
