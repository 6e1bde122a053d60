import assert from "node:assert/strict";
import { bulyan } from "../../server/strategy/aggregators/bulyan";
import { coordinateMedian } from "../../server/strategy/aggregators/coordinate-median";
import { krumScores, krumSelect } from "../../server/strategy/aggregators/krum";
import { trimmedMean } from "../../server/strategy/aggregators/trimmed-mean";
import { createStrategy } from "../../server/strategy/create-strategy";
import { TRAIN } from "../support/federation";
import { close, fromDeltas, fromParams, model, values } from "./support";

const G = [0.1, 0.1, 0.1, 0.1];
const p = (x: number): number[] => [x, x, x, x];

describe("robust aggregators (plaintext only)", () => {
  it("FedMedian: Flower's case (0.2, 1.0, 0.5 -> 0.5) and the mean of the middle pair for an even count", () => {
    const s = createStrategy("fedmedian", { train: TRAIN });
    assert.equal(s.needsIndividualUpdates, true);
    close(values(s.aggregateFit(1, model(G), fromParams(G, [p(0.2), p(1), p(0.5)]), [])!.weights), p(0.5));
    close(Array.from(coordinateMedian([Float32Array.from([1, 10]), Float32Array.from([4, -2]), Float32Array.from([2, 0]), Float32Array.from([100, 3])])), [3, 1.5]);
  });

  it("FedTrimmedAvg: floor(beta * n) cut from each tail per coordinate (scipy's trim_mean), default beta 0.2", () => {
    const v = [[1, 50], [2, -3], [3, 0], [4, 1], [100, 2]].map((x) => Float32Array.from(x));
    close(Array.from(trimmedMean(v, 0.2)), [3, 1]); // cut one each side: (2+3+4)/3 and (0+1+2)/3
    close(Array.from(trimmedMean(v, 0.1)), [22, 10]); // floor(0.5) = 0: the plain mean
    const s = createStrategy("fedtrimmedavg", { train: TRAIN });
    const out = s.aggregateFit(1, model([0, 0]), fromDeltas([[1, 50], [2, -3], [3, 0], [4, 1], [100, 2]]), [])!;
    close(values(out.weights), [3, 1]);
    assert.equal(out.metrics.trimmedPerTail, 1);
  });

  it("Krum: Flower's case (f = 1; 0.2, 0.7, 1.0 -> 0.7)", () => {
    const s = createStrategy("krum", { train: TRAIN, parameters: { byzantine: 1 } });
    close(values(s.aggregateFit(1, model(G), fromParams(G, [p(0.2), p(0.7), p(1)]), [])!.weights), p(0.7));
  });

  it("Multi-Krum: Flower's case (f = 1, keep 2; 0.2, 0.5, 1.0 -> 0.35)", () => {
    const s = createStrategy("multikrum", { train: TRAIN, parameters: { byzantine: 1, keep: 2 } });
    close(values(s.aggregateFit(1, model(G), fromParams(G, [p(0.2), p(0.5), p(1)]), [])!.weights), p(0.35));
  });

  it("Krum scores are sums of squared distances to the n - f - 2 nearest others, and an outlier is never chosen", () => {
    const v = [[0], [1], [2], [3], [4], [5], [100]].map((x) => Float32Array.from(x));
    assert.deepEqual(Array.from(krumScores(v, 1)), [30, 15, 10, 10, 15, 30, 95 ** 2 + 96 ** 2 + 97 ** 2 + 98 ** 2]);
    assert.deepEqual(krumSelect(v, 1, 1), [2], "ties go to the earlier update");
    assert.ok(!krumSelect(v, 1, 5).includes(6));
  });

  it("Bulyan: Flower's case (f = 0: the mean of all six) and f = 1 keeps an outlier out", () => {
    const s = createStrategy("bulyan", { train: TRAIN, parameters: { byzantine: 0 } });
    const params = [0.2, 0.5, 0.7, 12, 0.1, 0.1];
    const mean = params.reduce((a, b) => a + b, 0) / 6;
    close(values(s.aggregateFit(1, model(G), fromParams(G, params.map(p)), [])!.weights), p(mean), 1e-6);
    // n = 7, f = 1: Krum selects 2, 3, 1, 4, 0 (theta = 5); median 2; the beta = 3 values nearest it are 2, 3, 1.
    close(Array.from(bulyan([0, 1, 2, 3, 4, 5, 100].map((x) => Float32Array.from([x])), 1)), [2]);
    assert.throws(() => bulyan([0, 1, 2, 3, 4, 5].map((x) => Float32Array.from([x])), 1), /needs at least 7 updates/);
  });

  it("Bulyan keeps the model (returns null) in a round with fewer than 4f + 3 updates", () => {
    const s = createStrategy("bulyan", { train: TRAIN, parameters: { byzantine: 1 } });
    assert.equal(s.aggregateFit(1, model([0]), fromDeltas([[1], [2], [3]]), []), null);
  });

  it("norm-bounded FedAvg: each update scaled to norm <= M, then the example-weighted mean; default M is the median norm", () => {
    const fixed = createStrategy("fedavg-normbound", { train: TRAIN, parameters: { normBound: 1 } });
    const out = fixed.aggregateFit(1, model([0, 0]), fromDeltas([[3, 4], [0, 0.5]], [1, 3]), [])!;
    close(values(out.weights), [0.6 / 4, (0.8 + 1.5) / 4]);
    assert.equal(out.metrics.clipped, 1);
    const median = createStrategy("fedavg-normbound", { train: TRAIN });
    const m = median.aggregateFit(1, model([0]), fromDeltas([[1], [-2], [30]]), [])!;
    close(values(m.weights), [(1 - 2 + 2) / 3]);
    assert.equal(m.metrics.normBound, 2);
  });

  it("robust aggregators cannot be handed a secure sum", () => {
    for (const name of ["fedmedian", "fedtrimmedavg", "krum", "multikrum", "bulyan", "fedavg-normbound"]) {
      const s = createStrategy(name, { train: TRAIN });
      assert.equal(s.needsIndividualUpdates, true, name);
      assert.throws(() => s.aggregateFit(1, model([0]), { kind: "secure-sum", weightedSum: Float32Array.from([1]), totalWeight: 1, contributors: ["a"], metrics: {} }, []),
        /must see each update.*--secagg none/);
    }
  });
});
