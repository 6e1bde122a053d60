import assert from "node:assert/strict";
import { DASHBOARD_LIMITS, DashboardState } from "../../server/observability/dashboard-state";
import { abortedRound, roundRecord } from "./support/round-records";

function stateOf(d: DashboardState): Record<string, string> {
  return Object.fromEntries(d.snapshot().workers.map((w) => [w.name, w.state === "secagg" ? `secagg:${w.stage}` : w.state]));
}

describe("observability/dashboard-state", () => {
  it("derives each worker's state: joined, training, a secure-aggregation stage, idle, left", () => {
    const d = new DashboardState();
    for (const w of ["alice", "bob", "charlie"]) d.workerJoined({ worker: w, backend: "wasm", peer: `memory:${w}` });
    assert.deepEqual(stateOf(d), { alice: "joined", bob: "joined", charlie: "joined" });
    d.roundStarted({ round: 1, sampled: ["alice", "bob"] });
    assert.deepEqual(stateOf(d), { alice: "training", bob: "training", charlie: "idle" });
    d.stageFinished({ round: 1, stage: "fit", seconds: 0.2, next: "AdvertiseKeys", remaining: ["alice", "bob"] });
    assert.deepEqual(stateOf(d), { alice: "secagg:AdvertiseKeys", bob: "secagg:AdvertiseKeys", charlie: "idle" });
    // Without `next`, a secure-aggregation stage is followed by the protocol's next one; a worker not in `remaining` is out.
    d.stageFinished({ round: 1, stage: "AdvertiseKeys", seconds: 0.01, remaining: ["alice"] });
    assert.deepEqual(stateOf(d), { alice: "secagg:ShareKeys", bob: "idle", charlie: "idle" });
    d.stageFinished({ round: 1, stage: "ShareKeys", seconds: 0.01 });
    assert.equal(stateOf(d).alice, "secagg:MaskedInput");
    d.workerLeft({ worker: "charlie", reason: "closed by the peer" });
    d.roundFinished(roundRecord(1, { sampled: ["alice", "bob"], contributors: ["alice"], failures: [{ worker: "bob", code: "TIMEOUT", reason: "late" }] }));
    assert.deepEqual(stateOf(d), { alice: "idle", bob: "idle", charlie: "left" });
    const s = d.snapshot();
    const byName = new Map(s.workers.map((w) => [w.name, w]));
    assert.equal(byName.get("alice")!.contributed, 1);
    assert.equal(byName.get("bob")!.failed, 1);
    assert.equal(byName.get("bob")!.lastFailure, "TIMEOUT");
    assert.equal(byName.get("charlie")!.leftReason, "closed by the peer");
    assert.equal(s.connected, 2);
    assert.deepEqual(s.rounds[0]!.stages, { fit: 0.2, AdvertiseKeys: 0.01, ShareKeys: 0.01 });
    assert.deepEqual(s.rounds[0]!.failures, { TIMEOUT: 1 });
    // A worker that comes back keeps its history and is "joined" again.
    d.workerJoined({ worker: "charlie", backend: "cpu", peer: "memory:charlie" });
    const again = d.snapshot().workers.find((w) => w.name === "charlie")!;
    assert.equal(again.state, "joined");
    assert.equal(again.backend, "cpu");
    assert.equal(again.leftReason, null);
  });

  it("keeps rounds, series and aborted rounds; takes epsilon from the record or the accountant", () => {
    const d = new DashboardState();
    d.roundFinished(roundRecord(1, { fitMetrics: { trainLoss: 3, epsilon: 0.5, examples: 1234 } }));
    d.roundFinished(abortedRound(2, "round 2 aborted at ShareKeys: 1 workers remain"));
    d.privacy({ epsilon: 0.9, delta: 1e-5 });
    d.roundFinished(roundRecord(3, { extras: { k: 4, t: 3, dropped: 1 } }));
    const s = d.snapshot();
    assert.deepEqual(s.rounds.map((r) => [r.round, r.applied, r.epsilon]), [[1, true, 0.5], [2, false, null], [3, true, 0.9]]);
    assert.equal(s.rounds[1]!.abortReason, "round 2 aborted at ShareKeys: 1 workers remain");
    assert.deepEqual(s.rounds[0]!.fit, { trainLoss: 3 }, "the summed example count and epsilon are not fit metrics on the page");
    assert.deepEqual(s.rounds[2]!.extras, { k: 4, t: 3, dropped: 1 });
    assert.deepEqual(s.series.test, { mse: [[1, 40], [2, 25], [3, 20]] });
    assert.deepEqual(s.series.epsilon, [[1, 0.5], [3, 0.9]]);
    assert.deepEqual(s.series.aborted, [2]);
    assert.equal(s.roundsApplied, 2);
    assert.equal(s.roundsAborted, 1);
    assert.deepEqual(s.privacy, { epsilon: 0.9, delta: 1e-5 });
  });

  it("plots every test metric but the loss, or the loss when it is all there is", () => {
    const d = new DashboardState();
    d.roundFinished(roundRecord(1, { serverEval: { loss: 0.6, metrics: { accuracy: 0.7, auc: 0.8 } } }));
    assert.deepEqual(Object.keys(d.snapshot().series.test), ["accuracy", "auc"]);
    const e = new DashboardState();
    e.roundFinished(roundRecord(1, { serverEval: { loss: 0.6, metrics: {} } }));
    assert.deepEqual(e.snapshot().series.test, { loss: [[1, 0.6]] });
  });

  it("stays bounded over a long run and counts refusals and bytes", () => {
    const d = new DashboardState();
    for (let r = 1; r <= DASHBOARD_LIMITS.rounds + 50; r++) d.roundFinished(roundRecord(r));
    for (let i = 0; i < DASHBOARD_LIMITS.refusals + 5; i++) d.refusal({ code: i % 2 === 0 ? "NOT_ADMITTED" : "WRONG_STAGE", reason: `r${i}` });
    d.bytes({ direction: "in", bytes: 100 });
    d.bytes({ direction: "out", bytes: 7 });
    d.bytes({ direction: "out", bytes: -3 });
    const s = d.snapshot();
    assert.equal(s.rounds.length, DASHBOARD_LIMITS.rounds);
    assert.equal(s.rounds[0]!.round, 51);
    assert.equal(s.series.test.mse!.length, DASHBOARD_LIMITS.rounds + 50);
    assert.equal(s.refusals.length, DASHBOARD_LIMITS.refusals);
    assert.equal(s.refusals[0]!.reason, "r5");
    assert.deepEqual(s.refusalCounts, { NOT_ADMITTED: 53, WRONG_STAGE: 52 });
    assert.deepEqual(s.bytes, { in: 100, out: 7 });
  });

  it("tells its listeners about every change, and the snapshot is a copy", () => {
    const d = new DashboardState();
    let calls = 0;
    const off = d.onChange(() => { calls++; });
    d.workerJoined({ worker: "a", backend: "wasm", peer: "p" });
    d.runState({ state: "running", round: 0, rounds: 2, runId: "r1" });
    const before = d.snapshot();
    d.roundFinished(roundRecord(1, { sampled: ["a"], contributors: ["a"] }));
    assert.equal(calls, 3);
    assert.equal(before.rounds.length, 0);
    assert.equal(before.workers[0]!.contributed, 0);
    assert.ok(d.snapshot().seq > before.seq);
    off();
    d.refusal({ code: "X", reason: "y" });
    assert.equal(calls, 3);
  });
});
