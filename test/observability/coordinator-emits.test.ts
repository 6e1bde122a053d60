import assert from "node:assert/strict";
import type { CoordinatorEvents } from "../../server/observability/coordinator-events";
import { MetricsEvents } from "../../server/observability/metrics-events";
import { DEFAULT_CLIP_RANGE, RingSecureDriver } from "../../server/round/ring-driver";
import { FakeLearner } from "../support/fake-learner";
import { fedAvgCoordinator, joinVirtualWorkers } from "../support/federation";
import { waitFor } from "../support/wait-for";

/** Every event as "name" or "name:detail", in order. */
function recorder(): { events: CoordinatorEvents; log: string[]; bytes: { in: number; out: number } } {
  const log: string[] = [];
  const bytes = { in: 0, out: 0 };
  return {
    log, bytes,
    events: {
      workerJoined: (e) => log.push(`joined:${e.worker}:${e.backend}`),
      workerLeft: (e) => log.push(`left:${e.worker}`),
      runState: (e) => log.push(`state:${e.state}:${e.round}`),
      roundStarted: (e) => log.push(`started:${e.round}:${e.sampled.length}`),
      stageFinished: (e) => log.push(`stage:${e.round}:${e.stage}`),
      roundFinished: (r) => log.push(`finished:${r.round}:${r.applied}`),
      refusal: (e) => log.push(`refusal:${e.code}`),
      bytes: (e) => { bytes[e.direction] += e.bytes; },
      privacy: (e) => log.push(`privacy:${e.worker ?? "run"}`),
    },
  };
}

describe("observability/the coordinator's events", function () {
  this.timeout(60_000);

  it("a SecAgg+ run reports joins, the run's states, each round's sampling, stages and end, and the bytes both ways", async () => {
    const rec = recorder();
    const metrics = new MetricsEvents();
    const { combineEvents } = await import("../../server/observability/coordinator-events");
    const coordinator = fedAvgCoordinator({
      rounds: 2, events: combineEvents(rec.events, metrics),
      secure: new RingSecureDriver({ protocol: "secagg+", clipRange: DEFAULT_CLIP_RANGE, weighted: true, maxExamples: 1_000_000, stageTimeoutMs: 10_000 }),
    });
    const names = ["alice", "bob", "carol", "dave"];
    await joinVirtualWorkers(coordinator, names.map((name, i) => ({ name, learner: new FakeLearner(10 * (i + 1), i) })));
    await coordinator.waitForWorkers(4, 5_000);
    const history = await coordinator.run();
    await coordinator.shutdown();
    assert.equal(history.outcome, "finished");
    assert.deepEqual(rec.log.filter((l) => l.startsWith("joined")), names.map((n) => `joined:${n}:fake`));
    const run = rec.log.filter((l) => !l.startsWith("joined") && !l.startsWith("left"));
    assert.deepEqual(run, [
      "state:waiting:0", "state:running:0",
      "started:1:4", "stage:1:fit", "stage:1:AdvertiseKeys", "stage:1:ShareKeys", "stage:1:MaskedInput", "stage:1:ConsistencyCheck", "stage:1:Unmask", "finished:1:true",
      "started:2:4", "stage:2:fit", "stage:2:AdvertiseKeys", "stage:2:ShareKeys", "stage:2:MaskedInput", "stage:2:ConsistencyCheck", "stage:2:Unmask", "finished:2:true",
      "state:finished:2",
    ]);
    assert.deepEqual(rec.log.filter((l) => l.startsWith("left")).sort(), names.map((n) => `left:${n}`));
    assert.ok(rec.bytes.in > 1000 && rec.bytes.out > 1000, `bytes in ${rec.bytes.in}, out ${rec.bytes.out}`);
    const text = await metrics.registry.metrics();
    assert.match(text, /^conclave_rounds_total\{outcome="applied"\} 2$/m);
    assert.match(text, /^conclave_round_stage_duration_seconds_count\{stage="ShareKeys"\} 2$/m);
    assert.match(text, /^conclave_bytes_total\{direction="in"\} \d{4,}$/m);
    assert.match(text, /^conclave_run_state\{state="finished"\} 1$/m);
  });

  it("a connection that talks before joining is a refusal by code", async () => {
    const rec = recorder();
    const coordinator = fedAvgCoordinator({ events: rec.events });
    const { createMemoryPair } = await import("../../shared/transport/memory-transport");
    const { encodeMessage } = await import("../../shared/protocol/codec");
    const [server, client] = createMemoryPair("stranger");
    coordinator.addConnection(server);
    client.send(encodeMessage({ meta: { runId: coordinator.runId, round: 0, messageId: 1, replyTo: 0, sender: "stranger" }, body: { type: "bye", reason: "x", outcome: "finished", roundsCompleted: 0, roundsPlanned: 0 } }));
    client.send(encodeMessage({ meta: { runId: coordinator.runId, round: 0, messageId: 2, replyTo: 0, sender: "stranger" }, body: { type: "evaluateResult", numExamples: 1, loss: 0, metrics: {} } }));
    await waitFor(() => rec.log.some((l) => l.startsWith("refusal")), "the refusal");
    await coordinator.shutdown();
    client.close();
    // A reply that answers no request is refused by the session (WRONG_STAGE); the goodbye is not a refusal.
    assert.deepEqual(rec.log.filter((l) => l.startsWith("refusal")), ["refusal:WRONG_STAGE"]);
  });

  it("a site with its own DP reports its epsilon with each update: a privacy event per round, named by the site", async () => {
    const rec = recorder();
    const { TEST_POLICY } = await import("../support/federation");
    const coordinator = fedAvgCoordinator({ rounds: 2, events: rec.events });
    const dpPolicy = { ...TEST_POLICY, dp: { mode: "local" as const, noiseMultiplier: 1, epsilonBudget: 1000, delta: 1e-5 } };
    await joinVirtualWorkers(coordinator, [
      { name: "alice", learner: new FakeLearner(10, 1), options: { policy: dpPolicy } },
      { name: "bob", learner: new FakeLearner(20, 2) },
    ]);
    const history = await coordinator.run();
    await coordinator.shutdown();
    assert.equal(history.outcome, "finished", history.reason);
    assert.deepEqual(rec.log.filter((l) => l.startsWith("privacy")), ["privacy:alice", "privacy:alice"]);
    // The site's epsilon travels with the delta it holds at (its policy's), not a placeholder.
    const deltas: number[] = [];
    const withDelta = fedAvgCoordinator({ rounds: 1, events: { ...recorder().events, privacy: (e) => { if (e.worker !== undefined) deltas.push(e.delta); } } });
    await joinVirtualWorkers(withDelta, [
      { name: "alice", learner: new FakeLearner(10, 1), options: { policy: dpPolicy } },
      { name: "bob", learner: new FakeLearner(20, 2) },
    ]);
    assert.equal((await withDelta.run()).outcome, "finished");
    await withDelta.shutdown();
    assert.deepEqual(deltas, [1e-5]);
  });
});
