import type { FitAggregate } from "../strategy";
import { fitMetrics, weightedMean, type AggregatedDelta, type UpdateAggregator } from "./update-aggregator";

/**
 * FedAvg's rule (McMahan et al. 2017): the mean of the deltas weighted by example counts.
 * Needs only the sum, so it also takes a secure sum (sum of weight_i * delta_i over the sum of
 * the weights), which is what FedAvgM, FedProx and the FedOpt family build on.
 */
export class MeanAggregator implements UpdateAggregator {
  readonly name = "mean";
  readonly needsIndividualUpdates = false;

  aggregate(aggregate: FitAggregate): AggregatedDelta | null {
    if (aggregate.kind === "individual") {
      const results = aggregate.results;
      const total = results.reduce((s, r) => s + r.numExamples, 0);
      if (results.length === 0 || total <= 0) return null;
      return { delta: weightedMean(results.map((r) => r.update), results.map((r) => r.numExamples)), metrics: fitMetrics(results) };
    }
    if (!(aggregate.totalWeight > 0)) return null;
    const delta = new Float32Array(aggregate.weightedSum.length);
    for (let i = 0; i < delta.length; i++) delta[i] = aggregate.weightedSum[i]! / aggregate.totalWeight;
    return { delta, metrics: { ...aggregate.metrics } };
  }
}
