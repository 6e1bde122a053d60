/** The snippets of docs/syft-api.md, run as written (with virtual workers). */
import assert from "node:assert/strict";
import { BOSTON_TASK } from "../../shared/task/tasks";
import { initialWeights } from "../../shared/task/init-weights";
import { DeletedPointerError, model, Syft, tensor, type ModelPointer } from "../../shared/syft/index";
import { systemTimers } from "../../worker/syft/system-timers";
import { TfjsExecutor } from "../../worker/syft/tfjs-executor";

describe("docs/syft-api.md snippets", () => {
  it("quick start", async () => {
    const syft = new Syft({ timers: systemTimers });
    const alice = syft.virtualWorker("alice");
    const bob = syft.virtualWorker("bob");
    const james = syft.virtualWorker("james");
    const x = await tensor([1, 2, 3]).fixPrecision().share(alice, bob, { cryptoProvider: james });
    const y = await (await x.add(x)).mul(x);
    assert.deepEqual((await y.get()).floatPrecision().toArray(), [2, 8, 18]);
    const ptr = await tensor([[1, 2], [3, 4]]).send(alice);
    const s = await (await ptr.matmul(tensor([[1], [1]]))).sum();
    assert.deepEqual((await s.get()).toArray(), [10]);
    assert.match(String(x), /^FixedPrecisionTensor\(precision 3\) > AdditiveSharingTensor\[3\]\(provider james\) > \{PointerTensor\(alice:.* share\[3\]\)/);
  });

  it("pointers", async () => {
    const syft = new Syft({ timers: systemTimers });
    const alice = syft.virtualWorker("alice"), bob = syft.virtualWorker("bob"), james = syft.virtualWorker("james");
    const p = await tensor([1, 2, 3]).send(alice);
    const q = await (await p.add(p)).mul(tensor([1, 0, 1]));
    assert.deepEqual((await q.copy()).toArray(), [2, 0, 6]);
    await q.get();
    const f = await p.fixPrecision({ precision: 6, maxAbs: 100 });
    const sh = await f.share(alice, bob, { cryptoProvider: james });
    await p.delete();
    await assert.rejects(p.add(1), DeletedPointerError);
    assert.deepEqual((await sh.get()).floatPrecision().toArray(), [1, 2, 3]);
  });

  it("training where the data lives and secure averaging", async () => {
    const syft = new Syft({ timers: systemTimers });
    const executor = new TfjsExecutor("cpu");
    try {
      const alice = syft.virtualWorker("alice", { executor }), bob = syft.virtualWorker("bob", { executor });
      const james = syft.virtualWorker("james");
      const net = model(BOSTON_TASK, initialWeights(BOSTON_TASK.model, 1));
      const fit = { optimizer: "sgd", learningRate: 0.001, batchSize: 8, epochs: 1, seed: 1 } as const;
      const rows = (k: number) => tensor(Float64Array.from({ length: 16 * 13 }, (_, i) => Math.cos(i + k)), [16, 13]);
      const targets = (k: number) => tensor(Float64Array.from({ length: 16 }, (_, i) => 20 + Math.sin(i * k)));
      const [xAlice, yAlice, xBob, yBob] = [rows(1), targets(1), rows(2), targets(2)];
      const models: ModelPointer[] = [];
      for (const [worker, x, y] of [[alice, xAlice, yAlice], [bob, xBob, yBob]] as const) {
        const [xp, yp, m] = await Promise.all([x.send(worker), y.send(worker), net.send(worker)]);
        await m.fit(xp, yp, fit);
        models.push(m);
      }
      const shared = await Promise.all(models.map(async (m) =>
        (await (await m.parameters()).fixPrecision({ precision: 6, maxAbs: 100 })).share(alice, bob, { cryptoProvider: james })));
      const avg = (await (await (await shared[0]!.add(shared[1]!)).div(2)).get()).floatPrecision();
      await Promise.all(models.map((m) => m.setParameters(avg)));
      const back = await models[0]!.get();
      const got = back.parameters().values;
      got.forEach((v, i) => assert.ok(Math.abs(v - avg.values[i]!) < 1e-6));
    } finally {
      executor.dispose();
    }
  });
});
