import assert from "node:assert/strict";
import { initialWeights } from "../../shared/task/init-weights";
import { predictMlp } from "../../shared/task/predict-mlp";
import type { ModelSpec } from "../../shared/task/task-spec";
import { BOSTON_TASK, getTask, PIMA_TASK } from "../../shared/task/tasks";
import { validateModelSpec, weightLayout } from "../../shared/task/weight-layout";

describe("tasks", () => {
  it("describes Boston as the PySyft 0.2 notebook does", () => {
    const t = getTask("boston");
    assert.equal(t, BOSTON_TASK);
    assert.equal(t.features.length, 13);
    assert.equal(t.target, "medv");
    assert.deepEqual(t.model.layers.map((l) => l.units), [32, 24, 1]);
    assert.deepEqual(t.model.layers.map((l) => l.activation), ["relu", "relu", "linear"]);
    assert.equal(t.model.loss, "meanSquaredError");
    assert.deepEqual([t.train.optimizer, t.train.learningRate, t.train.batchSize, t.train.localEpochs, t.rounds], ["sgd", 0.001, 8, 1, 20]);
  });

  it("describes Pima as a binary task over 8 features", () => {
    const t = getTask("pima");
    assert.equal(t, PIMA_TASK);
    assert.equal(t.kind, "binary");
    assert.equal(t.features.length, 8);
    assert.equal(t.model.inputDim, 8);
    assert.equal(t.model.layers[t.model.layers.length - 1]!.activation, "sigmoid");
  });

  it("rejects an unknown task with the list of valid names", () => {
    assert.throws(() => getTask("mnist"), /unknown task "mnist": valid tasks are boston, pima/);
    assert.throws(() => getTask(""), /valid tasks are boston, pima/);
  });
});

describe("weightLayout and initialWeights", () => {
  it("names and shapes the weights dense_i/kernel [in, out], dense_i/bias [out]", () => {
    assert.deepEqual(weightLayout(BOSTON_TASK.model), [
      { name: "dense_0/kernel", shape: [13, 32] },
      { name: "dense_0/bias", shape: [32] },
      { name: "dense_1/kernel", shape: [32, 24] },
      { name: "dense_1/bias", shape: [24] },
      { name: "dense_2/kernel", shape: [24, 1] },
      { name: "dense_2/bias", shape: [1] },
    ]);
  });

  it("rejects malformed model specs", () => {
    assert.throws(() => validateModelSpec({ inputDim: 0, layers: [{ units: 1, activation: "linear" }], loss: "meanSquaredError" }), /inputDim/);
    assert.throws(() => validateModelSpec({ inputDim: 3, layers: [], loss: "meanSquaredError" }), /at least one/);
    assert.throws(() => validateModelSpec({ inputDim: 3, layers: [{ units: 2, activation: "linear" }], loss: "meanSquaredError" }), /1 unit/);
  });

  it("draws seeded Glorot-uniform kernels and zero biases, reproducibly", () => {
    const a = initialWeights(BOSTON_TASK.model, 1);
    const b = initialWeights(BOSTON_TASK.model, 1);
    const c = initialWeights(BOSTON_TASK.model, 2);
    assert.deepEqual(a, b);
    assert.notDeepEqual(a[0]!.values, c[0]!.values);
    for (const t of a) {
      assert.equal(t.values.length, t.shape.reduce((x, y) => x * y, 1));
      if (t.name.endsWith("/bias")) {
        assert.ok(t.values.every((v) => v === 0), t.name);
      } else {
        const [fanIn, fanOut] = t.shape as [number, number];
        const limit = Math.sqrt(6 / (fanIn + fanOut));
        assert.ok(t.values.every((v) => Math.abs(v) <= limit), t.name);
        const mean = t.values.reduce((s, v) => s + v, 0) / t.values.length;
        const variance = t.values.reduce((s, v) => s + (v - mean) ** 2, 0) / t.values.length;
        // U(-l, l) has variance l^2 / 3
        assert.ok(Math.abs(variance / (limit * limit / 3) - 1) < 0.5, `${t.name} variance ${variance}`);
      }
    }
  });
});

describe("predictMlp", () => {
  it("computes a small MLP's forward pass by hand", () => {
    const spec: ModelSpec = {
      inputDim: 2,
      layers: [
        { units: 2, activation: "relu" },
        { units: 1, activation: "sigmoid" },
      ],
      loss: "binaryCrossentropy",
    };
    const weights = [
      { name: "dense_0/kernel", shape: [2, 2], values: Float32Array.from([1, -1, 2, 1]) },
      { name: "dense_0/bias", shape: [2], values: Float32Array.from([0, 0.5]) },
      { name: "dense_1/kernel", shape: [2, 1], values: Float32Array.from([1, -2]) },
      { name: "dense_1/bias", shape: [1], values: Float32Array.from([0.25]) },
    ];
    // row (1, 1): hidden relu(1+2, -1+1+0.5) = (3, 0.5); out sigmoid(3 - 1 + 0.25)
    // row (-1, 0): hidden relu(-1, 1+0.5) = (0, 1.5); out sigmoid(0 - 3 + 0.25)
    const out = predictMlp(spec, weights, Float32Array.from([1, 1, -1, 0]), 2);
    assert.ok(Math.abs(out[0]! - 1 / (1 + Math.exp(-2.25))) < 1e-6);
    assert.ok(Math.abs(out[1]! - 1 / (1 + Math.exp(2.75))) < 1e-6);
    assert.throws(() => predictMlp(spec, weights.slice(0, 3), Float32Array.from([1, 1]), 1), /expects 4 weight tensors/);
    assert.throws(() => predictMlp(spec, weights, Float32Array.from([1, 1, 1]), 1), /expected 1 rows x 2 features/);
  });
});
