/**
 * The coordinator side of a simulation (server/simulation) runs on any worker factory: here one
 * with no tfjs at all (the protocol tests' FakeLearner behind the real WorkerClient), which is
 * what lets server/ drive virtual workers without importing worker/'s trainer.
 */
import assert from "node:assert/strict";
import { simulateFederation, type SimulationWorkers, type StrategyContext } from "conclave/coordinator";
import { FedAvg } from "conclave/strategies";
import { flatten, getTask, parsePartition, initialTaskWeights, type Dataset } from "conclave/tasks";
import { createMemoryPair } from "conclave/transport";
import { PLAINTEXT_PROTECTION } from "conclave/protocol";
import { WorkerClient } from "conclave/worker";
import { FakeLearner } from "../support/fake-learner";
import { TEST_POLICY } from "../support/federation";

const task = getTask("boston");

function fakeWorkers(log: { connected: { index: number; name: string; rows: number }[]; disposed: number }, failAt = -1): SimulationWorkers<string, string> {
  return {
    backend: "fake-backend",
    connect(index: number, partition: Dataset, context) {
      if (index === failAt) throw new Error(`worker ${index} could not start`);
      log.connected.push({ index, name: context.name, rows: partition.rows });
      const [serverEnd, workerEnd] = createMemoryPair(context.name);
      const client = new WorkerClient(workerEnd, { name: context.name, task: context.task, learner: new FakeLearner(partition.rows, 1), identity: context.identity,
        membership: context.membership, policy: TEST_POLICY });
      return { connection: serverEnd, join: async () => { await client.join(); } };
    },
    evaluate: async (weights) => {
      const flat = flatten(weights);
      const mse = flat.reduce((s, v) => s + (v - 1) ** 2, 0) / flat.length;
      return { kind: "regression", examples: 1, loss: mse, mse };
    },
    centralized: async () => "baseline",
    dispose: () => { log.disposed++; },
  };
}

describe("server/simulation: the coordinator driver over an injected worker factory", () => {
  it("connects one worker per partition (Flower's client_fn), runs SecAgg+ rounds with its default driver, and disposes the factory", async () => {
    const log = { connected: [] as { index: number; name: string; rows: number }[], disposed: 0 };
    let context: StrategyContext | null = null;
    const result = await simulateFederation({
      task, workers: 4, rounds: 3, seed: 1, partition: parsePartition("iid"), secureAggregation: "secagg+",
      protection: { ...PLAINTEXT_PROTECTION, clipNorm: 1e6 }, centralized: true, standardise: false,
      strategy: (c) => { context = c; return new FedAvg({ train: c.train, minFitWorkers: c.minFitWorkers, evaluateFn: c.evaluateFn }); },
    }, fakeWorkers(log));
    assert.deepEqual(log.connected.map((c) => [c.index, c.name]), [[0, "worker-001"], [1, "worker-002"], [2, "worker-003"], [3, "worker-004"]]);
    assert.equal(log.connected.reduce((s, c) => s + c.rows, 0), 404, "the training split (506 rows less the test fifth) over the four");
    assert.equal(result.backend, "fake-backend");
    assert.equal(result.centralized, "baseline");
    assert.equal(log.disposed, 1);
    assert.equal(result.history.rounds.length, 3);
    assert.ok(result.history.rounds.every((r) => r.applied && r.contributors.length === 4 && r.extras.k === 3), "SecAgg+ (k = 3) summed every round");
    const ctx = context as StrategyContext | null;
    assert.equal(ctx?.rounds, 3);
    assert.equal(ctx?.workersPerRound, 4);
    assert.equal(ctx?.secureAggregation, "secagg+");
    // Every fake worker pulls the weights halfway to 1 each round (updates clipped to the task's norm): the model moves to 1.
    const distance = (w: Float32Array) => Math.sqrt(w.reduce((s, v) => s + (v - 1) ** 2, 0));
    const [start, end] = [distance(flatten(initialTaskWeights(task, 1))), distance(flatten(result.weights))];
    assert.ok(end < start / 2, `distance to the workers' target ${start} -> ${end}`);
    assert.ok(result.perRoundTest.every((m) => m !== null) && result.federated.test.kind === "regression");
  });

  it("disposes the factory when a worker cannot be made, and says which", async () => {
    const log = { connected: [] as { index: number; name: string; rows: number }[], disposed: 0 };
    await assert.rejects(simulateFederation({ task, workers: 3, rounds: 1, seed: 1, partition: parsePartition("iid"), secureAggregation: "none",
      protection: PLAINTEXT_PROTECTION, centralized: false, standardise: false }, fakeWorkers(log, 1)), /worker 1 could not start/);
    assert.equal(log.disposed, 1);
  });
});
