import { getLogger } from "../../../shared/log/logger";
import type { FitAggregate } from "../strategy";
import { fitMetrics, individualResults, weightedMean, type AggregatedDelta, type UpdateAggregator } from "./update-aggregator";

const log = getLogger("coordinator.strategy");

/** Squared L2 distances between every pair of vectors (float64), row-major n x n. */
export function squaredDistances(vectors: readonly Float32Array[]): Float64Array {
  const n = vectors.length;
  const out = new Float64Array(n * n);
  for (let a = 0; a < n; a++) {
    for (let b = a + 1; b < n; b++) {
      const u = vectors[a]!;
      const v = vectors[b]!;
      let s = 0;
      for (let i = 0; i < u.length; i++) {
        const d = u[i]! - v[i]!;
        s += d * d;
      }
      out[a * n + b] = s;
      out[b * n + a] = s;
    }
  }
  return out;
}

/** The largest f Krum's guarantee holds for with n vectors (n > 2f + 2), at least 0. */
export function maxKrumByzantine(n: number): number {
  return Math.max(0, Math.floor((n - 3) / 2));
}

/**
 * Krum scores (Blanchard et al. 2017): for each vector, the sum of its squared distances to
 * its n - f - 2 nearest other vectors (at least one, as Flower does).
 */
export function krumScores(vectors: readonly Float32Array[], byzantine: number): Float64Array {
  const n = vectors.length;
  const dist = squaredDistances(vectors);
  const closest = Math.max(1, n - byzantine - 2);
  const scores = new Float64Array(n);
  const row = new Float64Array(Math.max(0, n - 1));
  for (let a = 0; a < n; a++) {
    let k = 0;
    for (let b = 0; b < n; b++) if (b !== a) row[k++] = dist[a * n + b]!;
    row.sort();
    let s = 0;
    for (let j = 0; j < Math.min(closest, row.length); j++) s += row[j]!;
    scores[a] = s;
  }
  return scores;
}

/** Indices of the `keep` vectors with the lowest Krum scores, lowest first (ties: the earlier index). */
export function krumSelect(vectors: readonly Float32Array[], byzantine: number, keep: number): number[] {
  const scores = krumScores(vectors, byzantine);
  const order = Array.from(scores.keys()).sort((a, b) => scores[a]! - scores[b]! || a - b);
  return order.slice(0, Math.max(1, Math.min(keep, vectors.length)));
}

/**
 * Krum and Multi-Krum (Blanchard et al. 2017, "Machine Learning with Adversaries: Byzantine
 * Tolerant Gradient Descent"). Krum (keep = 1) takes the single update with the lowest score;
 * Multi-Krum averages the `keep` lowest-scored updates weighted by example counts (as Flower's
 * Krum with num_clients_to_keep). `byzantine` (f) absent: the largest f the round's n allows,
 * floor((n - 3) / 2); `keep` absent for Multi-Krum: n - f, the paper's choice.
 */
export class KrumAggregator implements UpdateAggregator {
  readonly needsIndividualUpdates = true;
  readonly name: string;

  constructor(private readonly options: { readonly multi: boolean; readonly byzantine?: number; readonly keep?: number }) {
    this.name = options.multi ? "multi-krum" : "krum";
  }

  aggregate(aggregate: FitAggregate, round: number): AggregatedDelta | null {
    const results = individualResults(aggregate, this.options.multi ? "Multi-Krum" : "Krum");
    const n = results.length;
    if (n === 0) return null;
    const f = this.options.byzantine ?? maxKrumByzantine(n);
    if (n <= 2 * f + 2) log.warn("Krum's guarantee needs more than 2f + 2 updates; aggregating anyway", { round, updates: n, byzantine: f });
    const keep = this.options.multi ? Math.min(n, this.options.keep ?? Math.max(1, n - f)) : 1;
    const chosen = krumSelect(results.map((r) => r.update), f, keep);
    const picked = chosen.map((i) => results[i]!);
    const delta = picked.length === 1 ? Float32Array.from(picked[0]!.update) : weightedMean(picked.map((r) => r.update), picked.map((r) => r.numExamples));
    return { delta, metrics: { ...fitMetrics(results), byzantine: f, kept: picked.length } };
  }
}
