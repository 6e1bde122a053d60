/**
 * Training where the data lives: models sent to workers, trained there by the
 * worker's executor (tfjs), their parameters averaged securely with
 * fixPrecision().share(), and nothing but the average opened.
 */
import assert from "node:assert/strict";
import { BOSTON_TASK } from "../../shared/task/tasks";
import { initialWeights } from "../../shared/task/init-weights";
import { model, RemoteError, SyftError, tensor, type Tensor } from "../../shared/syft/index";
import { TfjsExecutor } from "../../worker/syft/tfjs-executor";
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
    const m = model(BOSTON_TASK.model, initialWeights(BOSTON_TASK.model, 2));
    const ptr = await m.send(alice);
    const back = await ptr.get();
    assert.deepEqual(back.weights.map((w) => Array.from(w.values)), m.weights.map((w) => Array.from(w.values)));
    await assert.rejects(ptr.get(), /fetched before get/);
  });

  it("a worker without an executor refuses to train; model and data must be at one worker", async () => {
    const f = fixture({ node: (name) => (name === "alice" ? { executor } : {}) });
    const m = model(BOSTON_TASK.model, initialWeights(BOSTON_TASK.model, 2));
    const d = data(16, 0);
    const [onJames, xj, yj] = await Promise.all([m.send(f.james), d.x.send(f.james), d.y.send(f.james)]);
    await assert.rejects(onJames.fit(xj, yj, FIT), (e: unknown) => e instanceof RemoteError && e.code === "NO_EXECUTOR");
    const onAlice = await m.send(f.alice);
    await assert.rejects(onAlice.fit(xj, yj, FIT), (e: unknown) => e instanceof SyftError && /the model is at alice, the data at james/.test(e.message));
  });

  it("three workers train their own models; the securely averaged parameters equal the plain average to 1e-6", async () => {
    const f = fixture({ node: () => ({ executor }) });
    const holders = [f.alice, f.bob, f.charlie];
    const start = model(BOSTON_TASK.model, initialWeights(BOSTON_TASK.model, 5));
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
});
