import assert from "node:assert/strict";
import { runSimulation, type SimulationResult } from "../../federation/simulation";
import { DEFAULT_CLIP_RANGE, RingSecureDriver } from "../../server/round/ring-driver";
import { PLAINTEXT_PROTECTION, type SecureAggregationMode } from "../../shared/protocol/messages";
import { BOSTON_TASK } from "../../shared/task/tasks";
import { DropoutInjector } from "../../worker/virtual/dropout-injector";

async function simulate(threads: number, secagg: SecureAggregationMode, dropout?: DropoutInjector): Promise<SimulationResult> {
  const secure = secagg === "none" ? undefined : new RingSecureDriver({ protocol: secagg, clipRange: DEFAULT_CLIP_RANGE, weighted: true, maxExamples: 1_000_000, stageTimeoutMs: 20_000,
    ...(dropout ? { dropoutRate: dropout.probability } : {}) });
  return runSimulation({ task: BOSTON_TASK, workers: 8, rounds: 2, seed: 3, partition: { kind: "iid" }, secureAggregation: secagg, protection: { ...PLAINTEXT_PROTECTION, clipNorm: 10 },
    ...(secure ? { secure } : {}), centralized: false, evaluateEveryRound: false, backend: "wasm", threads, ...(dropout ? { dropout } : {}) });
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
});
