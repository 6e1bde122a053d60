import assert from "node:assert/strict";
import { runSimulation, type SimulationResult } from "../../federation/simulation";
import { DEFAULT_CLIP_RANGE, RingSecureDriver } from "../../server/round/ring-driver";
import { PLAINTEXT_PROTECTION, type SecureAggregationMode } from "../../shared/protocol/messages";
import { BOSTON_TASK } from "../../shared/task/tasks";
import { DropoutInjector } from "../../worker/virtual/dropout-injector";
import { PoolError, WorkerPool } from "../../worker/pool/worker-pool";

async function simulate(threads: number | WorkerPool, secagg: SecureAggregationMode, dropout?: DropoutInjector, seed = 3): Promise<SimulationResult> {
  const secure = secagg === "none" ? undefined : new RingSecureDriver({ protocol: secagg, clipRange: DEFAULT_CLIP_RANGE, weighted: true, maxExamples: 1_000_000, stageTimeoutMs: 20_000,
    ...(dropout ? { dropoutRate: dropout.probability } : {}) });
  return runSimulation({ task: BOSTON_TASK, workers: 8, rounds: 2, seed, partition: { kind: "iid" }, secureAggregation: secagg, protection: { ...PLAINTEXT_PROTECTION, clipNorm: 10 },
    ...(secure ? { secure } : {}), centralized: false, evaluateEveryRound: false, backend: "wasm", ...(typeof threads === "number" ? { threads } : { pool: threads }), ...(dropout ? { dropout } : {}) });
}

function mse(r: SimulationResult): number {
  assert.equal(r.federated.test.kind, "regression");
  return r.federated.test.kind === "regression" ? r.federated.test.mse : NaN;
}

describe("worker-thread pool for virtual workers", function () {
  this.timeout(120_000);

  for (const secagg of ["none", "secagg+"] as const) {
    it(`${secagg}: 8 workers in 2 threads train the model one thread trains, to the bit`, async () => {
      const one = await simulate(1, secagg);
      const two = await simulate(2, secagg);
      assert.equal(two.history.rounds.length, 2);
      assert.ok(two.history.rounds.every((r) => r.applied && r.contributors.length === 8));
      assert.equal(mse(two), mse(one));
    });
  }

  it("seeded dropout injection runs in the threads and is recorded as in one thread", async () => {
    const inOne = new DropoutInjector(0.3, "secagg+", 5);
    const inTwo = new DropoutInjector(0.3, "secagg+", 5);
    const one = await simulate(1, "secagg+", inOne);
    const two = await simulate(2, "secagg+", inTwo);
    assert.ok(inOne.events.length > 0);
    const key = (e: { round: number; worker: string; point: string }): string => `${e.round}:${e.worker}:${e.point}`;
    assert.deepEqual(inTwo.events.map(key).sort(), inOne.events.map(key).sort());
    assert.equal(mse(two), mse(one));
  });

  describe("a pool kept across simulations", () => {
    let pool: WorkerPool;
    before(async () => { pool = await WorkerPool.start({ threads: 2, task: BOSTON_TASK, backend: "wasm", workers: 8 }); });
    after(async () => { await pool.close(); });

    it("runs simulations one after another, each training what a fresh run trains, to the bit", async () => {
      // plaintext, SecAgg+ with dropouts, then plaintext on another seed: nothing of one session reaches the next
      const first = await simulate(pool, "none");
      const dropout = new DropoutInjector(0.3, "secagg+", 5);
      const second = await simulate(pool, "secagg+", dropout);
      const third = await simulate(pool, "none", undefined, 4);
      assert.equal(mse(first), mse(await simulate(1, "none")));
      const fresh = new DropoutInjector(0.3, "secagg+", 5);
      assert.equal(mse(second), mse(await simulate(1, "secagg+", fresh)));
      assert.ok(dropout.events.length > 0);
      assert.equal(dropout.events.length, fresh.events.length);
      assert.equal(mse(third), mse(await simulate(1, "none", undefined, 4)));
      assert.notEqual(mse(third), mse(first));
    });

    it("runs one simulation at a time and says so", async () => {
      const open = await pool.open({ task: BOSTON_TASK, seed: 1 });
      try {
        await assert.rejects(simulate(pool, "none"), (e: unknown) => e instanceof PoolError && /already runs a simulation/.test(e.message));
      } finally {
        open.dispose();
      }
      assert.equal((await simulate(pool, "none")).history.rounds.length, 2);
    });

    it("refuses a thread count or backend other than its own", async () => {
      await assert.rejects(runSimulation({ task: BOSTON_TASK, workers: 8, rounds: 1, seed: 1, partition: { kind: "iid" }, secureAggregation: "none",
        protection: { ...PLAINTEXT_PROTECTION, clipNorm: 10 }, centralized: false, pool, threads: 3 }), /threads is 3 but the pool given has 2/);
      await assert.rejects(runSimulation({ task: BOSTON_TASK, workers: 8, rounds: 1, seed: 1, partition: { kind: "iid" }, secureAggregation: "none",
        protection: { ...PLAINTEXT_PROTECTION, clipNorm: 10 }, centralized: false, pool, backend: "cpu" }), /backend is cpu but the pool given runs wasm/);
    });
  });

  it("a closed pool says so", async () => {
    const pool = await WorkerPool.start({ threads: 1, task: BOSTON_TASK, backend: "wasm", workers: 8 });
    assert.equal(pool.size, 1);
    await pool.close();
    await assert.rejects(pool.open({ task: BOSTON_TASK, seed: 1 }), (e: unknown) => e instanceof PoolError && /closed/.test(e.message));
  });
});
