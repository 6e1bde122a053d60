import type { FitAggregate, FitResult } from "../strategy";

/** The round's combined update (a flat delta to apply to the global weights) and what to report about it. */
export interface AggregatedDelta {
  readonly delta: Float32Array;
  readonly metrics: Readonly<Record<string, number>>;
}

/**
 * How a round's updates become one delta: the weighted mean (works on a secure sum) or a
 * robust rule that must see each update (median, trimmed mean, Krum, Bulyan, norm bound).
 * Stateless: everything a strategy must checkpoint lives in its server optimizer.
 */
export interface UpdateAggregator {
  readonly name: string;
  /** True when the rule screens individual updates, which secure aggregation hides. */
  readonly needsIndividualUpdates: boolean;
  /** The combined delta, or null to keep the model (the rule cannot be applied to this round's updates). */
  aggregate(aggregate: FitAggregate, round: number): AggregatedDelta | null;
}

/** The individual results of a plaintext round; a secure sum here is a wiring error (the coordinator refuses it earlier). */
export function individualResults(aggregate: FitAggregate, rule: string): readonly FitResult[] {
  if (aggregate.kind !== "individual") {
    throw new Error(`${rule} must see each update, but it was handed a secure sum; run it with --secagg none`);
  }
  const results = aggregate.results;
  const d = results[0]?.update.length ?? 0;
  for (const r of results) {
    if (r.update.length !== d) throw new RangeError(`worker ${r.worker} sent ${r.update.length} values, others ${d}`);
  }
  return results;
}

/** Example-weighted train loss and the example count of a plaintext round (FedAvg's fit metrics). */
export function fitMetrics(results: readonly FitResult[]): Record<string, number> {
  const total = results.reduce((s, r) => s + r.numExamples, 0);
  if (total <= 0) return { examples: 0 };
  let loss = 0;
  for (const r of results) loss += (r.numExamples / total) * (r.metrics.loss ?? 0);
  return { trainLoss: loss, examples: total };
}

/** sum_i w_i * v_i / sum_i w_i over the given vectors (float64 accumulation, float32 result). */
export function weightedMean(vectors: readonly Float32Array[], weights: readonly number[]): Float32Array {
  const total = weights.reduce((s, w) => s + w, 0);
  if (!(total > 0)) throw new RangeError(`weights must sum to a positive number, got ${total}`);
  const acc = new Float64Array(vectors[0]?.length ?? 0);
  vectors.forEach((v, k) => {
    const w = weights[k]! / total;
    for (let i = 0; i < acc.length; i++) acc[i]! += w * v[i]!;
  });
  return Float32Array.from(acc);
}
