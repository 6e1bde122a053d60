import assert from "node:assert/strict";
import * as tf from "@tensorflow/tfjs";
import type { Dataset } from "../../shared/data/dataset";
import { loadTaskCsvSync } from "../../shared/data/task-csv";
import { applyScaler, fitScaler } from "../../shared/data/scaler";
import { trainTestSplit } from "../../shared/data/split";
import { initialWeights } from "../../shared/task/init-weights";
import type { TaskSpec } from "../../shared/task/task-spec";
import { BOSTON_TASK, PIMA_TASK } from "../../shared/task/tasks";
import { weightLayout } from "../../shared/task/weight-layout";
import { selectBackend, type BackendName } from "../../worker/backend/select-backend";
import { trainCentralized } from "../../worker/trainer/centralized";
import { Trainer } from "../../worker/trainer/trainer";

function splitTask(task: TaskSpec): { train: Dataset; test: Dataset } {
  const data = loadTaskCsvSync(task, task.dataFile!);
  return trainTestSplit(data, { seed: 1 });
}

function scaled(task: TaskSpec): { train: Dataset; test: Dataset } {
  const { train, test } = splitTask(task);
  const s = fitScaler(train);
  return { train: applyScaler(s, train), test: applyScaler(s, test) };
}

const BACKENDS: BackendName[] = ["wasm", "cpu"];

for (const backend of BACKENDS) {
  describe(`Trainer on ${backend}`, () => {
    const boston = scaled(BOSTON_TASK);
    before(async () => {
      await selectBackend(backend);
    });
    after(async () => {
      await selectBackend();
    });

    it("builds weights whose names, order and shapes match initialWeights", async () => {
      const trainer = new Trainer(BOSTON_TASK, 7);
      try {
        const got = (await trainer.getWeights());
        assert.deepEqual(got.map((w) => [w.name, w.shape]), weightLayout(BOSTON_TASK.model).map((s) => [s.name, [...s.shape]]));
        assert.deepEqual(got, initialWeights(BOSTON_TASK.model, 7));
      } finally {
        trainer.dispose();
      }
    });

    it("validates weights it is given and hands out copies, never tfjs buffers", async () => {
      const trainer = new Trainer(BOSTON_TASK, 1);
      try {
        const w = initialWeights(BOSTON_TASK.model, 3);
        assert.throws(() => trainer.setWeights(w.slice(1)), /expected 6 weight tensors/);
        assert.throws(() => trainer.setWeights([{ ...w[0]!, name: "dense_9/kernel" }, ...w.slice(1)]), /weight 0 should be dense_0\/kernel \[13, 32\]/);
        assert.throws(() => trainer.setWeights([{ ...w[0]!, shape: [32, 13] }, ...w.slice(1)]), /got dense_0\/kernel \[32, 13\]/);
        assert.throws(() => trainer.setWeights([{ ...w[0]!, values: new Float32Array(3) }, ...w.slice(1)]), /\(3 values\)/);
        trainer.setWeights(w);
        w[0]!.values[0] = 99; // the caller's array is not the model's
        const a = (await trainer.getWeights());
        assert.notEqual(a[0]!.values[0], 99);
        a[0]!.values.fill(42); // nor is the returned one
        assert.notEqual((await trainer.getWeights())[0]!.values[0], 42);
      } finally {
        trainer.dispose();
      }
    });

    it("learns Boston: loss falls and test MSE ends far below the variance of medv", async () => {
      const trainer = new Trainer(BOSTON_TASK, 1);
      try {
        const before = await trainer.evaluate(boston.test);
        const fit = await trainer.fit(boston.train, { ...BOSTON_TASK.train, localEpochs: 4 }, 1);
        assert.equal(fit.examples, 404);
        assert.equal(fit.epochLosses.length, 4);
        assert.ok(fit.epochLosses[3]! < fit.epochLosses[0]! / 2, fit.epochLosses.join(","));
        const after = await trainer.evaluate(boston.test);
        assert.equal(after.kind, "regression");
        // predicting the mean gives ~85; an untrained net ~600
        assert.ok(after.kind === "regression" && after.mse < 35, `test MSE ${after.loss}`);
        assert.ok(after.loss < before.loss / 10);
      } finally {
        trainer.dispose();
      }
    });

    it("is reproducible for a seed, and the seed matters", async () => {
      const trainer = new Trainer(BOSTON_TASK, 1);
      try {
        const start = initialWeights(BOSTON_TASK.model, 1);
        const config = { ...BOSTON_TASK.train, localEpochs: 1 };
        await trainer.fit(boston.train, config, 5);
        const a = (await trainer.getWeights());
        trainer.setWeights(start);
        await trainer.fit(boston.train, config, 5);
        const b = (await trainer.getWeights());
        trainer.setWeights(start);
        await trainer.fit(boston.train, config, 6);
        const c = (await trainer.getWeights());
        assert.deepEqual(a, b);
        assert.notDeepEqual(a[0]!.values, c[0]!.values);
      } finally {
        trainer.dispose();
      }
    });

    it("predicts a small MLP's forward pass computed by hand", async () => {
      const task = { ...PIMA_TASK, model: { inputShape: [2], layers: [
        { type: "dense", name: "dense_0", units: 2, activation: "relu", useBias: true },
        { type: "dense", name: "dense_1", units: 1, activation: "sigmoid", useBias: true },
      ] as const } };
      const trainer = new Trainer(task, 0);
      try {
        trainer.setWeights([
          { name: "dense_0/kernel", shape: [2, 2], values: Float32Array.from([1, -1, 2, 1]) },
          { name: "dense_0/bias", shape: [2], values: Float32Array.from([0, 0.5]) },
          { name: "dense_1/kernel", shape: [2, 1], values: Float32Array.from([1, -2]) },
          { name: "dense_1/bias", shape: [1], values: Float32Array.from([0.25]) },
        ]);
        // row (1, 1): hidden relu(1+2, -1+1+0.5) = (3, 0.5); out sigmoid(3 - 1 + 0.25)
        // row (-1, 0): hidden relu(-1, 1+0.5) = (0, 1.5); out sigmoid(0 - 3 + 0.25)
        const out = await trainer.predict({ x: Float32Array.from([1, 1, -1, 0]), y: Float32Array.from([1, 0]), rows: 2, cols: 2, featureNames: ["a", "b"], targetName: "y" });
        assert.ok(Math.abs(out[0]! - 1 / (1 + Math.exp(-2.25))) < 1e-6, String(out[0]));
        assert.ok(Math.abs(out[1]! - 1 / (1 + Math.exp(2.75))) < 1e-6, String(out[1]));
      } finally {
        trainer.dispose();
      }
    });

    it("does not grow tf.memory().numTensors across rounds, and frees all on dispose", async () => {
      await tf.ready();
      const start = tf.memory().numTensors;
      const trainer = new Trainer(PIMA_TASK, 1);
      const pima = scaled(PIMA_TASK);
      const round = async (r: number) => {
        trainer.setWeights(initialWeights(PIMA_TASK.model, r));
        await trainer.fit(pima.train, PIMA_TASK.train, r); // adam: optimizer state must be freed too
        (await trainer.getWeights());
        await trainer.evaluate(pima.test);
      };
      await round(0);
      const afterFirst = tf.memory().numTensors;
      for (let r = 1; r <= 3; r++) await round(r);
      assert.equal(tf.memory().numTensors, afterFirst);
      trainer.dispose();
      assert.equal(tf.memory().numTensors, start);
      await assert.rejects(trainer.getWeights(), /disposed/);
    });

    it("rejects data of the wrong width", async () => {
      const trainer = new Trainer(PIMA_TASK, 1);
      try {
        await assert.rejects(trainer.fit(boston.train, PIMA_TASK.train, 1), /model takes 8 features, data has 13/);
        await assert.rejects(trainer.fit(scaled(PIMA_TASK).train, { ...PIMA_TASK.train, batchSize: 0 }, 1), /batchSize/);
      } finally {
        trainer.dispose();
      }
    });
  });
}

describe("trainCentralized", () => {
  before(async () => {
    await selectBackend();
  });

  it("trains Pima to a useful classifier", async () => {
    const { train, test } = splitTask(PIMA_TASK);
    const result = await trainCentralized(PIMA_TASK, train, test, { epochs: 10, seed: 1 });
    assert.equal(result.test.kind, "binary");
    if (result.test.kind !== "binary") return;
    assert.ok(result.test.accuracy >= 0.7, `accuracy ${result.test.accuracy}`);
    assert.ok(result.test.auc >= 0.7, `auc ${result.test.auc}`);
    assert.equal(result.trainRows, 614);
    assert.ok(result.wallSeconds > 0);
  });

  it("trains Boston to a test MSE near the PySyft notebook's 20", async () => {
    const { train, test } = splitTask(BOSTON_TASK);
    const result = await trainCentralized(BOSTON_TASK, train, test, { epochs: 10, seed: 1 });
    assert.equal(result.test.kind, "regression");
    assert.ok(result.test.loss < 25, `test MSE ${result.test.loss}`);
    assert.equal(result.epochLosses.length, 10);
  });
});
