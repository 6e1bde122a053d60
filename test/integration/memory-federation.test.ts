import assert from "node:assert/strict";
import { FakeLearner } from "../support/fake-learner";
import { TEST_TASK, fedAvgCoordinator, joinVirtualWorkers, siteOptions } from "../support/federation";
import { JoinRefused } from "../../worker/worker-client";
import { createMemoryPair } from "../../shared/transport/memory-transport";
import { WorkerClient } from "../../worker/worker-client";

describe("a federation over the in-memory transport", () => {
  it("runs FedAvg rounds with the exact weighted average", async () => {
    const c = fedAvgCoordinator({ rounds: 1 });
    await joinVirtualWorkers(c, [
      { name: "alice", learner: new FakeLearner(10, 2) },
      { name: "bob", learner: new FakeLearner(30, -2) },
    ]);
    const history = await c.run();
    // alice moves 0 -> 1, bob 0 -> -1; weighted 10:30 => -0.5
    for (const t of c.globalWeights) for (const v of t.values) assert.ok(Math.abs(v + 0.5) < 1e-6, `weight ${v}`);
    assert.equal(history.rounds.length, 1);
    assert.deepEqual([...history.rounds[0]!.contributors], ["alice", "bob"]);
    c.shutdown();
  });

  it("counts a NaN update, a wrong-shaped update and a crash as failures; the round completes with the others", async () => {
    const c = fedAvgCoordinator({ rounds: 1 });
    const nan = { tamper: (b: import("../../shared/protocol/messages").Body) => b.type === "trainResult"
      ? { ...b, update: b.update.map((t, i) => i === 0 ? { ...t, values: t.values.map((v, j) => (j === 0 ? NaN : v)) } : t) } : b };
    const shape = { tamper: (b: import("../../shared/protocol/messages").Body) => b.type === "trainResult"
      ? { ...b, update: [b.update[0]!] } : b };
    const crash = new FakeLearner(5, 1, 0.5, { beforeTrain: async () => { throw new Error("GPU fell over"); } });
    await joinVirtualWorkers(c, [
      { name: "alice", learner: new FakeLearner(10, 2) },
      { name: "bob", learner: new FakeLearner(10, 2), options: nan },
      { name: "carol", learner: new FakeLearner(10, 2), options: shape },
      { name: "dave", learner: crash },
    ]);
    const { rounds } = await c.run();
    const r = rounds[0]!;
    assert.deepEqual([...r.contributors], ["alice"]);
    const byWorker = Object.fromEntries(r.failures.map((f) => [f.worker, f]));
    assert.equal(byWorker.bob!.code, "INVALID_UPDATE");
    assert.match(byWorker.bob!.reason, /non-finite/);
    assert.equal(byWorker.carol!.code, "INVALID_UPDATE");
    assert.equal(byWorker.dave!.code, "TRAINING_FAILED");
    assert.match(byWorker.dave!.reason, /GPU fell over/);
    for (const t of c.globalWeights) for (const v of t.values) assert.ok(Math.abs(v - 1) < 1e-6);
    c.shutdown();
  });

  it("treats a worker that misses the deadline as a failure", async () => {
    const c = fedAvgCoordinator({ rounds: 1, roundTimeoutMs: 200 });
    let release: () => void = () => {};
    const slow = new FakeLearner(10, 5, 0.5, { beforeTrain: () => new Promise((r) => { release = r; }) });
    await joinVirtualWorkers(c, [{ name: "alice", learner: new FakeLearner(10, 2) }, { name: "bob", learner: slow }]);
    const { rounds } = await c.run();
    assert.deepEqual([...rounds[0]!.contributors], ["alice"]);
    assert.equal(rounds[0]!.failures[0]!.code, "TIMEOUT");
    release();
    c.shutdown();
  });

  it("refuses a worker with another protocol version, with a typed error on both sides", async () => {
    const c = fedAvgCoordinator();
    const [serverEnd, workerEnd] = createMemoryPair("old");
    c.addConnection(serverEnd);
    const w = new WorkerClient(workerEnd, siteOptions(c, "alice", new FakeLearner(1, 0), { protocolVersion: 99 }));
    await assert.rejects(w.join(), (e: unknown) => e instanceof JoinRefused && e.code === "PROTOCOL_VERSION_MISMATCH" && /protocol v2 but the worker speaks v99/.test(e.message));
    assert.equal(c.workerCount, 0);
  });

  it("refuses a worker for another task, and one whose task description differs", async () => {
    const c = fedAvgCoordinator();
    const [s1, w1] = createMemoryPair("x");
    c.addConnection(s1);
    await assert.rejects(new WorkerClient(w1, siteOptions(c, "bob", new FakeLearner(1, 0), { task: { ...TEST_TASK, name: "pima" } })).join(), /trains task "boston"/);
    const [s2, w2] = createMemoryPair("y");
    c.addConnection(s2);
    await assert.rejects(new WorkerClient(w2, siteOptions(c, "carol", new FakeLearner(1, 0), { task: { ...TEST_TASK, digest: "00".repeat(32) } })).join(),
      (e: unknown) => e instanceof JoinRefused && e.code === "UNKNOWN_TASK" && /differs from this coordinator's/.test(e.message));
    assert.equal(c.workerCount, 0);
  });

  it("a reconnecting site (same name, its own key) replaces its stale connection; the old one is told why", async () => {
    const c = fedAvgCoordinator();
    const [first] = await joinVirtualWorkers(c, [{ name: "alice", learner: new FakeLearner(1, 0) }]);
    const [second] = await joinVirtualWorkers(c, [{ name: "alice", learner: new FakeLearner(1, 0) }]);
    await first!.closed;
    assert.equal(first!.bye?.outcome, "restarting");
    assert.equal(c.workerCount, 1);
    assert.ok(second!.run !== null);
    await c.shutdown();
  });
});
