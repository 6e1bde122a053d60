import assert from "node:assert/strict";
import { evaluatePredictions, headlineMetric, summaryFields } from "../../shared/metrics/eval-metrics";
import { accuracy, auc, binaryCrossEntropy, mse } from "../../shared/metrics/metrics";

const f = (...v: number[]) => Float32Array.from(v);
const close = (a: number, b: number, eps = 1e-9) => assert.ok(Math.abs(a - b) < eps, `${a} != ${b}`);

describe("metrics", () => {
  it("mse", () => {
    close(mse(f(1, 2, 3), f(1, 2, 5)), 4 / 3);
    close(mse(f(0), f(-3)), 9);
    assert.throws(() => mse(f(1, 2), f(1)), /2 predictions for 1 targets/);
    assert.throws(() => mse(f(), f()), /no examples/);
  });

  it("accuracy thresholds at 0.5, with 0.5 itself positive", () => {
    close(accuracy(f(0.9, 0.2, 0.5, 0.49), f(1, 0, 1, 1)), 0.75);
    close(accuracy(f(0.9, 0.2), f(0, 1)), 0);
    close(accuracy(f(0.3, 0.2), f(0, 1), 0.25), 0);
  });

  it("auc by ranks, ties counting one half", () => {
    close(auc(f(0.1, 0.4, 0.35, 0.8), f(0, 0, 1, 1)), 0.75);
    close(auc(f(0.1, 0.2, 0.8, 0.9), f(0, 0, 1, 1)), 1);
    close(auc(f(0.9, 0.8, 0.2, 0.1), f(0, 0, 1, 1)), 0);
    close(auc(f(0.5, 0.5, 0.5, 0.5), f(0, 1, 0, 1)), 0.5);
    // positives {0.5, 0.9}, negatives {0.5, 0.2}: 0.5 + 1 + 1 + 1 over 4 pairs
    close(auc(f(0.5, 0.5, 0.2, 0.9), f(1, 0, 0, 1)), 0.875);
    assert.ok(Number.isNaN(auc(f(0.1, 0.7), f(1, 1))));
  });

  it("binary cross-entropy, clipped", () => {
    close(binaryCrossEntropy(f(0.5, 0.5), f(0, 1)), Math.log(2), 1e-7);
    close(binaryCrossEntropy(f(0.8), f(1)), -Math.log(Math.fround(0.8)), 1e-7);
    assert.ok(Number.isFinite(binaryCrossEntropy(f(0, 1), f(1, 0))));
  });

  it("evaluatePredictions per task kind, with the demo summary names", () => {
    const r = evaluatePredictions("regression", f(1, 3), f(2, 3));
    assert.deepEqual(r, { kind: "regression", examples: 2, loss: 0.5, mse: 0.5 });
    assert.deepEqual(headlineMetric(r), { name: "testMse", value: 0.5 });
    assert.deepEqual(summaryFields(r), { testMse: 0.5 });
    const b = evaluatePredictions("binary", f(0.9, 0.1, 0.6), f(1, 0, 0));
    assert.equal(b.kind, "binary");
    if (b.kind !== "binary") return;
    close(b.accuracy, 2 / 3);
    close(b.auc, 1);
    assert.deepEqual(Object.keys(summaryFields(b)), ["testAccuracy", "testAuc"]);
  });
});
