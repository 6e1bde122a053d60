import { clipL2, l2Norm } from "../../../shared/dp/clip";
import type { FitAggregate } from "../strategy";
import { medianInPlace } from "./coordinate-median";
import { fitMetrics, individualResults, weightedMean, type AggregatedDelta, type UpdateAggregator } from "./update-aggregator";

/**
 * Norm-bounded FedAvg (Sun et al. 2019, "Can You Really Backdoor Federated Learning?"): each
 * update is scaled to an L2 norm of at most M, then the example-weighted mean is taken, so no
 * single worker can move the model by more than its share of M. `bound` absent: M is the
 * median of the round's update norms (no scale to guess; at most half the updates are cut).
 */
export class NormBoundedMeanAggregator implements UpdateAggregator {
  readonly name = "norm-bounded-mean";
  readonly needsIndividualUpdates = true;

  constructor(private readonly bound?: number) {
    if (bound !== undefined && !(Number.isFinite(bound) && bound > 0)) throw new RangeError(`the norm bound must be a positive number, got ${bound}`);
  }

  aggregate(aggregate: FitAggregate): AggregatedDelta | null {
    const results = individualResults(aggregate, "norm-bounded FedAvg");
    if (results.length === 0 || results.reduce((s, r) => s + r.numExamples, 0) <= 0) return null;
    const norms = Float64Array.from(results, (r) => l2Norm(r.update));
    const bound = this.bound ?? medianInPlace(Float64Array.from(norms));
    // A zero bound (the median update is zero) leaves nothing to scale.
    if (!(bound > 0)) return { delta: new Float32Array(results[0]!.update.length), metrics: { ...fitMetrics(results), normBound: 0, clipped: 0 } };
    let clipped = 0;
    const scaled = results.map((r) => {
      const c = clipL2(r.update, bound);
      if (c.factor < 1) clipped++;
      return c.clipped;
    });
    return { delta: weightedMean(scaled, results.map((r) => r.numExamples)), metrics: { ...fitMetrics(results), normBound: bound, clipped } };
  }
}
