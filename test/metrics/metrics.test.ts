import assert from "node:assert/strict";
import { evaluatePredictions, headlineMetric, summaryFields } from "../../shared/metrics/eval-metrics";
import { accuracy, argmaxRows, auc, binaryCrossEntropy, categoricalCrossEntropy, mse, multiclassAccuracy } from "../../shared/metrics/metrics";

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
    assert.deepEqual(r, { kind: "regression", examples: 2, loss: 0.5, mse: 0.5, mae: 0.5 });
    assert.deepEqual(summaryFields(r, ["mse", "mae"]), { testMse: 0.5, testMae: 0.5 });
    assert.equal(evaluatePredictions("regression", f(1, 5), f(2, 3), { loss: "meanAbsoluteError" }).loss, 1.5);
    assert.deepEqual(headlineMetric(r), { name: "testMse", value: 0.5 });
    assert.deepEqual(summaryFields(r), { testMse: 0.5 });
    const b = evaluatePredictions("binary", f(0.9, 0.1, 0.6), f(1, 0, 0));
    assert.equal(b.kind, "binary");
    if (b.kind !== "binary") return;
    close(b.accuracy, 2 / 3);
    close(b.auc, 1);
    assert.deepEqual(Object.keys(summaryFields(b)), ["testAccuracy", "testAuc"]);
  });

  it("multiclass: argmax accuracy and categorical cross-entropy over rows of probabilities", () => {
    // three rows of 3 classes; labels 0, 2, 1: the first two are right
    const prob = f(0.7, 0.2, 0.1, 0.1, 0.3, 0.6, 0.5, 0.4, 0.1);
    const labels = f(0, 2, 1);
    assert.deepEqual([...argmaxRows(prob, 3)], [0, 2, 0]);
    close(multiclassAccuracy(prob, labels, 3), 2 / 3);
    close(categoricalCrossEntropy(prob, labels, 3), -(Math.log(0.7) + Math.log(0.6) + Math.log(0.4)) / 3, 1e-6);
    const m = evaluatePredictions("multiclass", prob, labels);
    assert.equal(m.kind, "multiclass");
    assert.equal(m.examples, 3);
    assert.deepEqual(Object.keys(summaryFields(m)), ["testAccuracy"]);
    assert.deepEqual(headlineMetric(m).name, "testAccuracy");
    assert.throws(() => categoricalCrossEntropy(prob, f(0, 3, 1), 3), /label 3 of row 1 is not a class index below 3/);
    assert.throws(() => argmaxRows(f(1, 2, 3, 4), 3), /not rows of 3 classes/);
  });
});
