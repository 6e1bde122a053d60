/**
 * Training where the data lives: models sent to workers, trained there by the
 * worker's executor (tfjs), their parameters averaged securely with
 * fixPrecision().share(), and nothing but the average opened.
 */
import assert from "node:assert/strict";
import { loadTaskCsvSync } from "../../shared/data/task-csv";
import { selectRows } from "../../shared/data/dataset";
import { BOSTON_TASK, getTask } from "../../shared/task/tasks";
import { initialWeights } from "../../shared/task/init-weights";
import { model, RemoteError, SyftError, tensor, type Tensor } from "../../shared/syft/index";
import { selectBackend } from "../../worker/backend/select-backend";
import { TfjsExecutor } from "../../worker/syft/tfjs-executor";
import { Trainer } from "../../worker/trainer/trainer";
import { fixture } from "./support";

const FIT = { optimizer: "sgd", learningRate: 0.001, batchSize: 8, epochs: 1, seed: 3 } as const;

function data(rows: number, offset: number): { x: Tensor; y: Tensor } {
  return {
    x: tensor(Float64Array.from({ length: rows * 13 }, (_, i) => Math.sin(i + offset)), [rows, 13]),
    y: tensor(Float64Array.from({ length: rows }, (_, i) => 22 + 4 * Math.cos(i * 3 + offset)), [rows]),
  };
}

describe("syft training where the data lives", () => {
  let executor: TfjsExecutor;
  beforeEach(() => { executor = new TfjsExecutor("cpu"); });
  afterEach(() => executor.dispose());

  it("a model goes to a worker and comes back unchanged until trained", async () => {
    const { alice } = fixture();
    const m = model(BOSTON_TASK, initialWeights(BOSTON_TASK.model, 2));
    const ptr = await m.send(alice);
    const back = await ptr.get();
    assert.deepEqual(back.weights.map((w) => Array.from(w.values)), m.weights.map((w) => Array.from(w.values)));
    await assert.rejects(ptr.get(), /fetched before get/);
  });

  it("a worker without an executor refuses to train; model and data must be at one worker", async () => {
    const f = fixture({ node: (name) => (name === "alice" ? { executor } : {}) });
    const m = model(BOSTON_TASK, initialWeights(BOSTON_TASK.model, 2));
    const d = data(16, 0);
    const [onJames, xj, yj] = await Promise.all([m.send(f.james), d.x.send(f.james), d.y.send(f.james)]);
    await assert.rejects(onJames.fit(xj, yj, FIT), (e: unknown) => e instanceof RemoteError && e.code === "NO_EXECUTOR");
    const onAlice = await m.send(f.alice);
    await assert.rejects(onAlice.fit(xj, yj, FIT), (e: unknown) => e instanceof SyftError && /the model is at alice, the data at james/.test(e.message));
  });

  it("three workers train their own models; the securely averaged parameters equal the plain average to 1e-6", async () => {
    const f = fixture({ node: () => ({ executor }) });
    const holders = [f.alice, f.bob, f.charlie];
    const start = model(BOSTON_TASK, initialWeights(BOSTON_TASK.model, 5));
    const trained = await Promise.all(holders.map(async (w, i) => {
      const d = data(24, i * 100);
      const [ptr, x, y] = await Promise.all([start.send(w), d.x.send(w), d.y.send(w)]);
      await ptr.fit(x, y, FIT);
      return ptr;
    }));
    const shared = await Promise.all(trained.map(async (ptr) => {
      const params = await ptr.parameters();
      return (await params.fixPrecision({ precision: 6, maxAbs: 10 })).share(...holders, { cryptoProvider: f.james });
    }));
    const sum = await (await shared[0]!.add(shared[1]!)).add(shared[2]!);
    const average = (await (await sum.div(3)).get()).floatPrecision();
    const plain = await Promise.all(trained.map(async (ptr) => (await ptr.get()).parameters()));
    const expected = plain[0]!.add(plain[1]!).add(plain[2]!).div(3);
    assert.equal(average.size, 1265);
    average.values.forEach((v, i) => assert.ok(Math.abs(v - expected.values[i]!) <= 2e-6, `parameter ${i}: ${v} against ${expected.values[i]}`));
    const updated = await start.send(f.alice);
    await updated.setParameters(average);
    const got = (await updated.get()).parameters();
    got.values.forEach((v, i) => assert.ok(Math.abs(v - average.values[i]!) < 1e-6));
  });

  it("any task's model trains where the data lives: the digits CNN on [rows, 8, 8, 1] images, exactly as a local Trainer trains it", async () => {
    const digits = getTask("digits");
    const all = loadTaskCsvSync(digits, digits.dataFile!);
    const rows = selectRows(all, Array.from({ length: 96 }, (_, i) => i));
    const scaled = Float32Array.from(rows.x, (v) => v / 16);
    const config = { optimizer: "adam", learningRate: 0.005, batchSize: 32, epochs: 2, seed: 9 } as const;
    const start = model(digits, initialWeights(digits.model, 7));
    const { alice } = fixture({ node: () => ({ executor }) });
    const [ptr, x, y] = await Promise.all([start.send(alice), tensor(scaled, [96, 8, 8, 1]).send(alice), tensor(rows.y, [96]).send(alice)]);
    const report = await ptr.fit(x, y, config);
    assert.equal(report.examples, 96);
    assert.equal(report.epochLosses.length, 2);
    const trained = await ptr.get();

    await selectBackend("cpu");
    const local = new Trainer(digits, 7);
    try {
      const r = await local.fit({ ...rows, x: scaled }, { optimizer: "adam", learningRate: 0.005, batchSize: 32, localEpochs: 2, seed: 9 }, 9);
      assert.deepEqual(report.epochLosses, r.epochLosses);
      const want = await local.getWeights();
      trained.weights.forEach((w, i) => assert.deepEqual(w.values, want[i]!.values, w.name));
    } finally {
      local.dispose();
    }
    assert.ok(trained.weights.some((w, i) => w.values.some((v, j) => v !== start.weights[i]!.values[j])), "training changed the weights");
  });
});
