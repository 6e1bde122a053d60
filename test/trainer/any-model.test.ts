import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import * as tf from "@tensorflow/tfjs";
import { makeDataset, selectRows, type Dataset } from "../../shared/data/dataset";
import { scaleFeatures } from "../../shared/data/feature-scaling";
import { loadTaskCsvSync } from "../../shared/data/task-csv";
import { SeededRng } from "../../shared/random/seeded-rng";
import { initialTaskWeights } from "../../shared/task/init-weights";
import type { LayerSpec } from "../../shared/task/layer-spec";
import type { TaskSpec } from "../../shared/task/task-spec";
import { getTask } from "../../shared/task/tasks";
import { selectBackend } from "../../worker/backend/select-backend";
import { registerWasmConv2DFilterGrad } from "../../worker/backend/wasm-conv-grad";
import { createEvaluator } from "../../worker/trainer/evaluator";
import { Trainer } from "../../worker/trainer/trainer";
import { writeTfjsModel } from "../../worker/trainer/write-tfjs-model";

function digitsRows(n: number): Dataset {
  const task = getTask("digits");
  const all = scaleFeatures(task.preprocessing.scaling, loadTaskCsvSync(task, task.dataFile!), null);
  return selectRows(all, Array.from({ length: n }, (_, i) => i));
}

/** A regression task over `cols` random features with the given layers. */
function smallTask(layers: LayerSpec[], inputShape: number[], over: Partial<TaskSpec> = {}): TaskSpec {
  return { ...getTask("boston"), model: { inputShape, layers }, ...over };
}

function randomData(rows: number, cols: number, seed: number, integer = 0): Dataset {
  const rng = SeededRng.fromSeed(seed);
  const x = Float32Array.from({ length: rows * cols }, () => (integer > 0 ? rng.int(integer) : rng.normal()));
  const y = Float32Array.from({ length: rows }, (_, r) => x[r * cols]! * 0.5 + 1);
  return makeDataset(x, y, Array.from({ length: cols }, (_, i) => `f${i}`), "y");
}

describe("the trainer on any tfjs Layers model (wasm)", () => {
  before(async () => { await selectBackend("wasm"); });
  after(async () => { await selectBackend(); });

  it("trains the digits CNN: loss falls and accuracy rises on the rows it saw", async () => {
    const task = getTask("digits");
    const rows = digitsRows(400);
    const trainer = new Trainer(task, 1);
    try {
      const before = await trainer.evaluate(rows);
      const fit = await trainer.fit(rows, { ...task.train, localEpochs: 4 }, 1);
      const after = await trainer.evaluate(rows);
      assert.equal(after.kind, "multiclass");
      assert.ok(fit.epochLosses[3]! < fit.epochLosses[0]! / 2, fit.epochLosses.join(", "));
      assert.ok(after.kind === "multiclass" && before.kind === "multiclass" && after.accuracy > 0.8 && after.accuracy > before.accuracy + 0.5, `${before.loss} -> ${after.loss}`);
      const probs = await trainer.predict(selectRows(rows, [0, 1]));
      assert.equal(probs.length, 20);
      assert.ok(Math.abs(probs.slice(0, 10).reduce((a, b) => a + b, 0) - 1) < 1e-5, "a softmax row sums to 1");
    } finally {
      trainer.dispose();
    }
  });

  it("computes the convolution filter gradient on wasm as the cpu backend does", async () => {
    registerWasmConv2DFilterGrad();
    const rng = SeededRng.fromSeed(3);
    const cases: { x: [number, number, number, number]; f: [number, number, number, number]; strides: [number, number]; pad: "same" | "valid" }[] = [
      { x: [2, 8, 8, 1], f: [3, 3, 1, 4], strides: [1, 1], pad: "same" },
      { x: [3, 7, 6, 2], f: [2, 3, 2, 3], strides: [2, 1], pad: "valid" },
      { x: [1, 5, 5, 3], f: [3, 3, 3, 2], strides: [2, 2], pad: "same" },
    ];
    for (const c of cases) {
      const xv = Float32Array.from({ length: c.x.reduce((a, b) => a * b, 1) }, () => rng.normal());
      const wv = Float32Array.from({ length: c.f.reduce((a, b) => a * b, 1) }, () => rng.normal());
      const grad = async (backend: "wasm" | "cpu"): Promise<Float32Array> => {
        await selectBackend(backend);
        const g = tf.grad((w: tf.Tensor) => tf.sum(tf.square(tf.conv2d(tf.tensor4d(xv, c.x), w as tf.Tensor4D, c.strides, c.pad))));
        const out = g(tf.tensor4d(wv, c.f));
        const values = Float32Array.from(await out.data());
        out.dispose();
        return values;
      };
      const onWasm = await grad("wasm");
      const onCpu = await grad("cpu");
      onWasm.forEach((v, i) => assert.ok(Math.abs(v - onCpu[i]!) < 1e-3 * (1 + Math.abs(onCpu[i]!)), `${JSON.stringify(c)} [${i}]: ${v} vs ${onCpu[i]}`));
    }
    await selectBackend("wasm");
  });

  it("FedProx: the proximal term mu/2 ||w - w_start||^2 keeps the weights nearer the start", async () => {
    const task = getTask("boston");
    const data = scaleFeatures(task.preprocessing.scaling, loadTaskCsvSync(task, task.dataFile!), null);
    const start = initialTaskWeights(task, 1);
    const distance = async (mu: number): Promise<number> => {
      const trainer = new Trainer(task, 1);
      try {
        await trainer.fit(data, { ...task.train, learningRate: 0.01, localEpochs: 2, proximalMu: mu }, 1);
        const w = await trainer.getWeights();
        return Math.sqrt(w.reduce((s, t, i) => s + t.values.reduce((a, v, k) => a + (v - start[i]!.values[k]!) ** 2, 0), 0));
      } finally {
        trainer.dispose();
      }
    };
    const plain = await distance(0);
    const prox = await distance(1);
    assert.ok(prox < 0.8 * plain, `||w - w0||: mu=0 ${plain}, mu=1 ${prox}`);
    // the gradient of the term at w = w_start + d is mu * d: one SGD step on a model with zero data gradient shows it
    const zero = smallTask([{ type: "dense", name: "d", units: 1, activation: "linear", useBias: false }], [1]);
    const trainer = new Trainer(zero, 0);
    try {
      const rows = makeDataset(new Float32Array(1), new Float32Array(1), ["a"], "y"); // x = 0, y = 0: the MSE gradient is 0
      trainer.setWeights([{ name: "d/kernel", shape: [1, 1], values: Float32Array.from([2]) }]);
      const fit = await trainer.fit(rows, { optimizer: "sgd", learningRate: 0.1, batchSize: 1, localEpochs: 1, seed: 1, proximalMu: 3 }, 1);
      // at the start w = w_start, so the term and its gradient are 0 and nothing moves
      assert.equal((await trainer.getWeights())[0]!.values[0], 2);
      assert.equal(fit.loss, 0, "the reported loss leaves the proximal term out");
    } finally {
      trainer.dispose();
    }
  });

  it("batch normalisation: the moving statistics are weights that change in training and travel with the others", async () => {
    const task = smallTask([
      { type: "dense", name: "h", units: 4, activation: "relu", useBias: true },
      { type: "batchNormalization", name: "bn", momentum: 0.5, epsilon: 1e-3, center: true, scale: true },
      { type: "dense", name: "out", units: 1, activation: "linear", useBias: true },
    ], [3]);
    const data = randomData(64, 3, 4);
    const trainer = new Trainer(task, 1);
    const other = new Trainer(task, 2);
    try {
      await trainer.fit(data, { ...task.train, learningRate: 0.01 }, 1);
      const w = await trainer.getWeights();
      const mean = w.find((t) => t.name === "bn/moving_mean")!;
      const variance = w.find((t) => t.name === "bn/moving_variance")!;
      assert.ok(mean.values.some((v) => v !== 0), "the moving mean moved from 0");
      assert.ok(variance.values.some((v) => v !== 1), "the moving variance moved from 1");
      // a second model given these weights predicts the same (inference uses the moving statistics)
      other.setWeights(w);
      const a = await trainer.predict(data);
      const b = await other.predict(data);
      a.forEach((v, i) => assert.ok(Math.abs(v - b[i]!) < 1e-5));
    } finally {
      trainer.dispose();
      other.dispose();
    }
  });

  it("refuses weights with NaN", () => {
    const task = getTask("pima");
    const trainer = new Trainer(task, 1);
    try {
      const w = initialTaskWeights(task, 1);
      w[2]!.values[5] = NaN;
      assert.throws(() => trainer.setWeights(w), /weight dense_1\/kernel holds a non-finite value \(NaN\) at index 5/);
    } finally {
      trainer.dispose();
    }
  });

  it("writes the model in the tfjs format that tf.loadLayersModel opens, with the same predictions", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "conclave-model-"));
    const task = getTask("digits");
    const trainer = new Trainer(task, 5);
    try {
      const rows = digitsRows(50);
      await trainer.fit(rows, task.train, 1);
      const weights = await trainer.getWeights();
      const written = await writeTfjsModel(dir, task, weights);
      const modelJson: unknown = JSON.parse(readFileSync(written.modelJson, "utf8"));
      const topology: unknown = Reflect.get(Object(modelJson), "modelTopology");
      const group: unknown = Reflect.get(Object(Reflect.get(Object(modelJson), "weightsManifest")), 0);
      const specs: unknown = Reflect.get(Object(group), "weights");
      assert.ok(typeof topology === "object" && topology !== null && Array.isArray(specs));
      assert.deepEqual(Reflect.get(Object(group), "paths"), ["weights.bin"]);
      const weightSpecs = specs.map((e: unknown) => ({ name: String(Reflect.get(Object(e), "name")), shape: Array.from(Reflect.get(Object(e), "shape") ?? [], Number), dtype: "float32" as const }));
      assert.deepEqual(weightSpecs.map((w) => w.name), weights.map((w) => w.name));
      const bin = readFileSync(written.weightsBin);
      const loaded = await tf.loadLayersModel({
        load: async () => ({ modelTopology: topology, weightSpecs, weightData: bin.buffer.slice(bin.byteOffset, bin.byteOffset + bin.byteLength) }),
      });
      const x = tf.tensor(rows.x, [rows.rows, 8, 8, 1]);
      const out = loaded.predict(x);
      assert.ok(out instanceof tf.Tensor);
      const fromFile = await out.data();
      const fromTrainer = await trainer.predict(rows);
      fromTrainer.forEach((v, i) => assert.ok(Math.abs(v - fromFile[i]!) < 1e-5, `${i}: ${v} vs ${fromFile[i]}`));
      tf.dispose([x, out]);
      loaded.dispose();
    } finally {
      trainer.dispose();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("evaluates any task on the coordinator's side, as the trainer does", async () => {
    const task = getTask("digits");
    const rows = digitsRows(60);
    const evaluator = createEvaluator(task);
    const trainer = new Trainer(task, 7);
    try {
      await trainer.fit(rows, task.train, 2);
      const w = await trainer.getWeights();
      assert.deepEqual(await evaluator.evaluate(w, rows), await trainer.evaluate(rows));
    } finally {
      evaluator.dispose();
      trainer.dispose();
    }
  });

  it("trains an embedding model on the cpu backend (wasm lacks its gradient kernel)", async () => {
    await selectBackend("cpu");
    const task = smallTask([
      { type: "embedding", name: "emb", inputDim: 10, outputDim: 4 },
      { type: "flatten", name: "f" },
      { type: "dense", name: "out", units: 1, activation: "linear", useBias: true },
    ], [3], { preprocessing: { ...getTask("boston").preprocessing, scaling: { kind: "none" } } });
    const data = randomData(80, 3, 9, 10);
    const trainer = new Trainer(task, 1);
    try {
      const fit = await trainer.fit(data, { ...task.train, optimizer: "adam", learningRate: 0.05, localEpochs: 5 }, 1);
      assert.ok(fit.epochLosses[4]! < fit.epochLosses[0]!, fit.epochLosses.join(", "));
    } finally {
      trainer.dispose();
      await selectBackend("wasm");
    }
  });
});
