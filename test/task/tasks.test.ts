import assert from "node:assert/strict";
import { initialWeights } from "../../shared/task/init-weights";
import { BOSTON_TASK, BUNDLED_TASK_NAMES, getTask, PIMA_TASK } from "../../shared/task/tasks";
import { inferModel, MAX_PARAMETERS, weightLayout } from "../../shared/task/weight-layout";
import { modelColumns } from "../../shared/task/model-columns";
import { resolveTask, UnknownTaskError } from "../../shared/task/resolve-task";

describe("bundled tasks", () => {
  it("describes Boston as the PySyft 0.2 notebook does", () => {
    const t = getTask("boston");
    assert.equal(t, BOSTON_TASK);
    assert.equal(t.features.length, 13);
    assert.equal(t.target, "medv");
    assert.deepEqual(t.model.layers.map((l) => (l.type === "dense" ? l.units : 0)), [32, 24, 1]);
    assert.deepEqual(t.model.layers.map((l) => (l.type === "dense" ? l.activation : "")), ["relu", "relu", "linear"]);
    assert.equal(t.loss, "meanSquaredError");
    assert.deepEqual([t.train.optimizer, t.train.learningRate, t.train.batchSize, t.train.localEpochs, t.rounds], ["sgd", 0.001, 8, 1, 20]);
    assert.match(t.dataFile ?? "", /examples\/data\/boston_housing\.csv$/);
  });

  it("describes Pima as a binary task over 8 features", () => {
    const t = getTask("pima");
    assert.equal(t, PIMA_TASK);
    assert.equal(t.kind, "binary");
    assert.deepEqual(t.classes, [0, 1]);
    assert.deepEqual(t.model.inputShape, [8]);
    const last = t.model.layers[t.model.layers.length - 1]!;
    assert.ok(last.type === "dense" && last.activation === "sigmoid");
  });

  it("describes breast-cancer (30 features, binary) and digits (8x8 images, 10 classes, a CNN)", () => {
    const bc = getTask("breast-cancer");
    assert.equal(bc.features.length, 30);
    assert.equal(bc.kind, "binary");
    const d = getTask("digits");
    assert.equal(d.kind, "multiclass");
    assert.equal(d.features.length, 64);
    assert.deepEqual([d.features[0], d.features[63]], ["p0", "p63"]);
    assert.deepEqual(d.model.inputShape, [8, 8, 1]);
    assert.deepEqual(d.model.layers.map((l) => l.type), ["conv2d", "maxPooling2d", "flatten", "dense", "dense"]);
    assert.deepEqual(d.preprocessing.scaling, { kind: "divide", by: 16 });
    assert.deepEqual(inferModel(d.model).outputs.map((o) => o.join("x")), ["8x8x16", "4x4x16", "256", "32", "10"]);
  });

  it("loads every bundled task, each with a positive clip norm", () => {
    for (const name of BUNDLED_TASK_NAMES) assert.ok(getTask(name).clipNorm > 0, name);
  });

  it("rejects an unknown task with the list of valid names", async () => {
    assert.throws(() => getTask("mnist"), /unknown task "mnist": valid tasks are boston, pima, breast-cancer, digits/);
    await assert.rejects(resolveTask("mnist"), (err: unknown) => err instanceof UnknownTaskError && /or the path of a task file/.test(err.message));
    await assert.rejects(resolveTask("./nope/task.json"), /nope\/task\.json: no such file/);
  });
});

describe("weightLayout and initialWeights", () => {
  it("names and shapes the weights dense_i/kernel [in, out], dense_i/bias [out]", () => {
    assert.deepEqual(weightLayout(BOSTON_TASK.model).map((s) => [s.name, [...s.shape]]), [
      ["dense_0/kernel", [13, 32]],
      ["dense_0/bias", [32]],
      ["dense_1/kernel", [32, 24]],
      ["dense_1/bias", [24]],
      ["dense_2/kernel", [24, 1]],
      ["dense_2/bias", [1]],
    ]);
  });

  it("lays out conv, batch-norm and embedding weights in tfjs's order, the moving statistics non-trainable", () => {
    const layout = weightLayout({ inputShape: [6, 6, 2], layers: [
      { type: "conv2d", name: "c", filters: 4, kernelSize: [3, 3], strides: [1, 1], padding: "valid", activation: "relu", useBias: true },
      { type: "batchNormalization", name: "bn", momentum: 0.9, epsilon: 1e-3, center: true, scale: true },
      { type: "flatten", name: "f" },
      { type: "dense", name: "out", units: 3, activation: "softmax", useBias: false },
    ] });
    assert.deepEqual(layout.map((s) => `${s.name}:${s.shape.join("x")}:${s.trainable ? "t" : "n"}`),
      ["c/kernel:3x3x2x4:t", "c/bias:4:t", "bn/gamma:4:t", "bn/beta:4:t", "bn/moving_mean:4:n", "bn/moving_variance:4:n", "out/kernel:64x3:t"]);
    const emb = weightLayout({ inputShape: [5], layers: [{ type: "embedding", name: "e", inputDim: 100, outputDim: 8 }, { type: "flatten", name: "f" }, { type: "dense", name: "d", units: 1, activation: "sigmoid", useBias: true }] });
    assert.deepEqual(emb.map((s) => `${s.name}:${s.shape.join("x")}`), ["e/embeddings:100x8", "d/kernel:40x1", "d/bias:1"]);
  });

  it("refuses shapes that do not fit, with the layer named", () => {
    assert.throws(() => inferModel({ inputShape: [2, 2, 1], layers: [{ type: "conv2d", name: "c", filters: 1, kernelSize: [3, 3], strides: [1, 1], padding: "valid", activation: "relu", useBias: true }] }),
      /model\.layers\[0\]: conv2d window 3x3 does not fit its 2x2 input/);
    assert.throws(() => inferModel({ inputShape: [4], layers: [{ type: "maxPooling2d", name: "p", poolSize: [2, 2], strides: [2, 2], padding: "valid" }] }),
      /needs an input of shape \[height, width, channels\], got \[4\]/);
    assert.throws(() => inferModel({ inputShape: [4], layers: [{ type: "dense", name: "a", units: 2, activation: "relu", useBias: true }, { type: "dense", name: "a", units: 1, activation: "relu", useBias: true }] }),
      /model\.layers\[1\]\.name: "a" is already the name of model\.layers\[0\]/);
    assert.throws(() => inferModel({ inputShape: [3000], layers: [{ type: "dense", name: "big", units: 2000, activation: "relu", useBias: true }] }),
      new RegExp(`has 6002000 parameters, over the limit of ${MAX_PARAMETERS}`));
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

  it("initialises a conv kernel with its window in the fans, batch-norm gamma and variance to 1", () => {
    const w = initialWeights(getTask("digits").model, 1);
    const kernel = w.find((t) => t.name === "conv2d_0/kernel")!;
    const limit = Math.sqrt(6 / (9 * 1 + 9 * 16));
    assert.ok(kernel.values.every((v) => Math.abs(v) <= limit) && kernel.values.some((v) => Math.abs(v) > limit / 2));
    const bn = initialWeights({ inputShape: [3], layers: [{ type: "batchNormalization", name: "bn", momentum: 0.9, epsilon: 1e-3, center: true, scale: true }] }, 1);
    assert.deepEqual(bn.map((t) => [t.name, [...t.values]]), [["bn/gamma", [1, 1, 1]], ["bn/beta", [0, 0, 0]], ["bn/moving_mean", [0, 0, 0]], ["bn/moving_variance", [1, 1, 1]]]);
  });
});

describe("modelColumns", () => {
  it("expands one-hot columns in place", () => {
    assert.deepEqual(modelColumns({ features: ["a", "colour", "b"], preprocessing: { oneHot: { colour: ["red", "blue"] } } }), ["a", "colour=red", "colour=blue", "b"]);
  });
});
