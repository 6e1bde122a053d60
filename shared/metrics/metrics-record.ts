import type { EvalMetrics } from "./eval-metrics";

/** Plain numbers of an evaluation, without the non-finite ones (AUC of a one-class split is NaN). */
export function metricsRecord(m: EvalMetrics): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [k, v] of Object.entries(m)) if (typeof v === "number" && Number.isFinite(v) && k !== "examples") out[k] = v;
  return out;
}
