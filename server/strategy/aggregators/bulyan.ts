import { getLogger } from "../../../shared/log/logger";
import type { FitAggregate } from "../strategy";
import { krumSelect } from "./krum";
import { fitMetrics, individualResults, type AggregatedDelta, type UpdateAggregator } from "./update-aggregator";
import { medianInPlace } from "./coordinate-median";

const log = getLogger("coordinator.strategy");

/** The largest f Bulyan tolerates with n updates (n >= 4f + 3), at least 0. */
export function maxBulyanByzantine(n: number): number {
  return Math.max(0, Math.floor((n - 3) / 4));
}

/**
 * Bulyan (El Mhamdi et al. 2018, "The Hidden Vulnerability of Distributed Learning in
 * Byzantium"): select theta = n - 2f updates by applying Krum repeatedly to the ones not yet
 * selected; then, coordinate by coordinate, average the beta = theta - 2f selected values
 * closest to their median. Requires n >= 4f + 3.
 */
export function bulyan(vectors: readonly Float32Array[], byzantine: number): Float32Array {
  const n = vectors.length;
  if (n < 4 * byzantine + 3 && !(byzantine === 0 && n > 0)) {
    throw new RangeError(`Bulyan with f = ${byzantine} needs at least ${4 * byzantine + 3} updates, got ${n}`);
  }
  const theta = n - 2 * byzantine;
  const beta = theta - 2 * byzantine;
  const remaining = vectors.map((_, i) => i);
  const selected: Float32Array[] = [];
  while (selected.length < theta) {
    const best = krumSelect(remaining.map((i) => vectors[i]!), byzantine, 1)[0]!;
    selected.push(vectors[remaining[best]!]!);
    remaining.splice(best, 1);
  }
  const out = new Float32Array(vectors[0]!.length);
  const column = new Float64Array(theta);
  const order = Array.from({ length: theta }, (_, k) => k);
  for (let i = 0; i < out.length; i++) {
    for (let k = 0; k < theta; k++) column[k] = selected[k]![i]!;
    const median = medianInPlace(Float64Array.from(column));
    order.sort((a, b) => Math.abs(column[a]! - median) - Math.abs(column[b]! - median) || a - b);
    let s = 0;
    for (let k = 0; k < beta; k++) s += column[order[k]!]!;
    out[i] = s / beta;
  }
  return out;
}

/** Bulyan as an aggregator; `byzantine` absent: the largest f the round's n allows, floor((n - 3) / 4). */
export class BulyanAggregator implements UpdateAggregator {
  readonly name = "bulyan";
  readonly needsIndividualUpdates = true;

  constructor(private readonly byzantine?: number) {}

  aggregate(aggregate: FitAggregate, round: number): AggregatedDelta | null {
    const results = individualResults(aggregate, "Bulyan");
    const n = results.length;
    if (n === 0) return null;
    const f = this.byzantine ?? maxBulyanByzantine(n);
    if (n < 4 * f + 3 && f > 0) {
      log.warn("Bulyan needs at least 4f + 3 updates; the model is kept this round (sample more workers or lower --byzantine)", { round, updates: n, byzantine: f });
      return null;
    }
    return { delta: bulyan(results.map((r) => r.update), f), metrics: { ...fitMetrics(results), byzantine: f } };
  }
}
