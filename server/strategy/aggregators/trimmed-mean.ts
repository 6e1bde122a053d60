import type { FitAggregate } from "../strategy";
import { fitMetrics, individualResults, type AggregatedDelta, type UpdateAggregator } from "./update-aggregator";

/** How many values each tail loses: floor(fraction * n), as scipy.stats.trim_mean (and Flower). */
export function trimCount(n: number, fraction: number): number {
  return Math.floor(fraction * n);
}

/** The coordinate-wise mean after dropping the floor(fraction * n) smallest and largest values of each coordinate. */
export function trimmedMean(vectors: readonly Float32Array[], fraction: number): Float32Array {
  const n = vectors.length;
  if (!(fraction >= 0 && fraction < 0.5)) throw new RangeError(`the trim fraction must be in [0, 0.5), got ${fraction}`);
  if (n === 0) throw new RangeError("the trimmed mean of no vectors is undefined");
  const cut = trimCount(n, fraction);
  const out = new Float32Array(vectors[0]!.length);
  const column = new Float64Array(n);
  for (let i = 0; i < out.length; i++) {
    for (let k = 0; k < n; k++) column[k] = vectors[k]![i]!;
    column.sort();
    let sum = 0;
    for (let k = cut; k < n - cut; k++) sum += column[k]!;
    out[i] = sum / (n - 2 * cut);
  }
  return out;
}

/**
 * FedTrimmedAvg (Yin et al. 2018, the coordinate-wise trimmed mean): each coordinate drops
 * the `fraction` largest and smallest values and averages the rest, unweighted (as Flower's
 * FedTrimmedAvg, whose `beta` is this fraction, default 0.2).
 */
export class TrimmedMeanAggregator implements UpdateAggregator {
  readonly name = "trimmed-mean";
  readonly needsIndividualUpdates = true;

  constructor(readonly fraction: number) {
    if (!(fraction >= 0 && fraction < 0.5)) throw new RangeError(`the trim fraction must be in [0, 0.5), got ${fraction}`);
  }

  aggregate(aggregate: FitAggregate): AggregatedDelta | null {
    const results = individualResults(aggregate, "FedTrimmedAvg");
    if (results.length === 0) return null;
    return { delta: trimmedMean(results.map((r) => r.update), this.fraction), metrics: { ...fitMetrics(results), trimmedPerTail: trimCount(results.length, this.fraction) } };
  }
}
