/**
 * The evaluate vector (docs/protocol.md, "Input vectors"): a worker's evaluation on its
 * held-out rows, summed through secure aggregation so no site's metrics leave it alone. The
 * values are [loss, ...metrics in the order below], encoded like the round-0 statistics (two
 * fixed-point words each, then the count: worker/secure/encode-stats), weighted by the
 * worker's capped row count; the coordinator divides the decoded sums by the total weight.
 */
export type TaskKind = "regression" | "binary" | "multiclass";

/** Metrics after the loss, by task kind. */
export function evaluateMetricNames(kind: TaskKind): readonly string[] {
  return kind === "regression" ? ["mse"] : ["accuracy"];
}

/** Per-value range of the evaluate vector (a loss or metric above it is clamped; the worker logs it). */
export const EVALUATE_RANGE = 1e6;
