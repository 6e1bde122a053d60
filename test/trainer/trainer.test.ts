import assert from "node:assert/strict";
import * as tf from "@tensorflow/tfjs";
import type { Dataset } from "../../shared/data/dataset";
import { loadCsvSync } from "../../shared/data/load-csv";
import { applyScaler, fitScaler } from "../../shared/data/scaler";
import { trainTestSplit } from "../../shared/data/split";
import { initialWeights } from "../../shared/task/init-weights";
import { predictMlp } from "../../shared/task/predict-mlp";
import type { TaskSpec } from "../../shared/task/task-spec";
import { BOSTON_TASK, PIMA_TASK } from "../../shared/task/tasks";
import { weightLayout } from "../../shared/task/weight-layout";
import { selectBackend, type BackendName } from "../../worker/backend/select-backend";
import { trainCentralized } from "../../worker/trainer/centralized";
import { Trainer } from "../../worker/trainer/trainer";

function splitTask(task: TaskSpec): { train: Dataset; test: Dataset } {
  const data = loadCsvSync(`examples/data/${task.csvFile}`, { features: task.features, target: task.target, binaryTarget: task.kind === "binary" });
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

    it("builds weights whose names, order and shapes match initialWeights", () => {
      const trainer = new Trainer(BOSTON_TASK.model, 7);
      try {
        const got = trainer.getWeights();
        assert.deepEqual(got.map((w) => [w.name, w.shape]), weightLayout(BOSTON_TASK.model).map((s) => [s.name, s.shape]));
        assert.deepEqual(got, initialWeights(BOSTON_TASK.model, 7));
      } finally {
        trainer.dispose();
      }
    });

    it("validates weights it is given and hands out copies, never tfjs buffers", () => {
      const trainer = new Trainer(BOSTON_TASK.model, 1);
      try {
        const w = initialWeights(BOSTON_TASK.model, 3);
        assert.throws(() => trainer.setWeights(w.slice(1)), /expected 6 weight tensors/);
        assert.throws(() => trainer.setWeights([{ ...w[0]!, name: "dense_9/kernel" }, ...w.slice(1)]), /weight 0 should be dense_0\/kernel \[13, 32\]/);
        assert.throws(() => trainer.setWeights([{ ...w[0]!, shape: [32, 13] }, ...w.slice(1)]), /got dense_0\/kernel \[32, 13\]/);
        assert.throws(() => trainer.setWeights([{ ...w[0]!, values: new Float32Array(3) }, ...w.slice(1)]), /\(3 values\)/);
        trainer.setWeights(w);
        w[0]!.values[0] = 99; // the caller's array is not the model's
        const a = trainer.getWeights();
        assert.notEqual(a[0]!.values[0], 99);
        a[0]!.values.fill(42); // nor is the returned one
        assert.notEqual(trainer.getWeights()[0]!.values[0], 42);
      } finally {
        trainer.dispose();
      }
    });

    it("learns Boston: loss falls and test MSE ends far below the variance of medv", async () => {
      const trainer = new Trainer(BOSTON_TASK.model, 1);
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
      const trainer = new Trainer(BOSTON_TASK.model, 1);
      try {
        const start = initialWeights(BOSTON_TASK.model, 1);
        const config = { ...BOSTON_TASK.train, localEpochs: 1 };
        await trainer.fit(boston.train, config, 5);
        const a = trainer.getWeights();
        trainer.setWeights(start);
        await trainer.fit(boston.train, config, 5);
        const b = trainer.getWeights();
        trainer.setWeights(start);
        await trainer.fit(boston.train, config, 6);
        const c = trainer.getWeights();
        assert.deepEqual(a, b);
        assert.notDeepEqual(a[0]!.values, c[0]!.values);
      } finally {
        trainer.dispose();
      }
    });

    it("predicts what the pure-TypeScript forward pass predicts", async () => {
      const trainer = new Trainer(PIMA_TASK.model, 2);
      try {
        const pima = scaled(PIMA_TASK);
        await trainer.fit(pima.train, PIMA_TASK.train, 2);
        const tfOut = await trainer.predict(pima.test);
        const tsOut = predictMlp(PIMA_TASK.model, trainer.getWeights(), pima.test.x, pima.test.rows);
        assert.equal(tfOut.length, pima.test.rows);
        for (let i = 0; i < tfOut.length; i++) assert.ok(Math.abs(tfOut[i]! - tsOut[i]!) < 1e-4, `row ${i}: ${tfOut[i]} vs ${tsOut[i]}`);
      } finally {
        trainer.dispose();
      }
    });

    it("does not grow tf.memory().numTensors across rounds, and frees all on dispose", async () => {
      await tf.ready();
      const start = tf.memory().numTensors;
      const trainer = new Trainer(PIMA_TASK.model, 1);
      const pima = scaled(PIMA_TASK);
      const round = async (r: number) => {
        trainer.setWeights(initialWeights(PIMA_TASK.model, r));
        await trainer.fit(pima.train, PIMA_TASK.train, r); // adam: optimizer state must be freed too
        trainer.getWeights();
        await trainer.evaluate(pima.test);
      };
      await round(0);
      const afterFirst = tf.memory().numTensors;
      for (let r = 1; r <= 3; r++) await round(r);
      assert.equal(tf.memory().numTensors, afterFirst);
      trainer.dispose();
      assert.equal(tf.memory().numTensors, start);
      assert.throws(() => trainer.getWeights(), /disposed/);
    });

    it("rejects data of the wrong width", async () => {
      const trainer = new Trainer(PIMA_TASK.model, 1);
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
