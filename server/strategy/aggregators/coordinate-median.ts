import type { FitAggregate } from "../strategy";
import { fitMetrics, individualResults, type AggregatedDelta, type UpdateAggregator } from "./update-aggregator";

/** The median of `values` (sorted in place); the mean of the two middle values for an even count, as numpy.median. */
export function medianInPlace(values: Float64Array): number {
  values.sort();
  const n = values.length;
  const mid = n >> 1;
  return n % 2 === 1 ? values[mid]! : (values[mid - 1]! + values[mid]!) / 2;
}

/** The coordinate-wise median of equally long vectors (Yin et al. 2018). */
export function coordinateMedian(vectors: readonly Float32Array[]): Float32Array {
  const n = vectors.length;
  if (n === 0) throw new RangeError("the median of no vectors is undefined");
  const out = new Float32Array(vectors[0]!.length);
  const column = new Float64Array(n);
  for (let i = 0; i < out.length; i++) {
    for (let k = 0; k < n; k++) column[k] = vectors[k]![i]!;
    out[i] = medianInPlace(column);
  }
  return out;
}

/**
 * FedMedian (Yin et al. 2018, "Byzantine-robust distributed learning: towards optimal
 * statistical rates"): each coordinate of the delta is the median of the workers' values,
 * unweighted (as Flower's FedMedian). Robust to fewer than half the workers sending anything.
 */
export class MedianAggregator implements UpdateAggregator {
  readonly name = "median";
  readonly needsIndividualUpdates = true;

  aggregate(aggregate: FitAggregate): AggregatedDelta | null {
    const results = individualResults(aggregate, "FedMedian");
    if (results.length === 0) return null;
    return { delta: coordinateMedian(results.map((r) => r.update)), metrics: fitMetrics(results) };
  }
}
