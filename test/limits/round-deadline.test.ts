import assert from "node:assert/strict";
import { RingSecureDriver } from "../../server/round/ring-driver";
import { createMemoryPair } from "../../shared/transport/memory-transport";
import type { Connection } from "../../shared/transport/transport";
import { WorkerClient } from "../../worker/worker-client";
import { FakeLearner } from "../support/fake-learner";
import { fedAvgCoordinator, siteOptions } from "../support/federation";

/** A worker's end that holds every message it sends for `delayMs` (the finding's 4.5 s of 5 s, scaled down). */
function slowLoris(connection: Connection, delayMs: number): Connection {
  const send = connection.send.bind(connection);
  connection.send = (bytes: Uint8Array): void => { setTimeout(() => { if (!connection.closed) send(bytes); }, delayMs); };
  return connection;
}

describe("bounded resources: one deadline bounds a whole round", function () {
  this.timeout(30_000);

  it("a SecAgg+ worker answering every request at 80% of the budget cannot stretch round 0 or round 1 past the round's deadline", async () => {
    const budgetMs = 1_000;
    // The CLI's default: a stage may wait the whole round budget, so only the round deadline bounds a slow worker.
    const secure = new RingSecureDriver({ protocol: "secagg+", clipRange: 8, weighted: true, maxExamples: 1000, stageTimeoutMs: budgetMs });
    const c = fedAvgCoordinator({ rounds: 1, secure, roundTimeoutMs: budgetMs, standardise: { features: 2 } });
    const names = ["alice", "bob", "carol", "dave", "erin"];
    await Promise.all(names.map(async (name, i) => {
      const [serverEnd, workerEnd] = createMemoryPair(name);
      c.addConnection(serverEnd);
      const w = new WorkerClient(name === "erin" ? slowLoris(workerEnd, 0.8 * budgetMs) : workerEnd, siteOptions(c, name, new FakeLearner(10, i + 1)));
      await w.join();
    }));
    const t0 = performance.now();
    const history = await c.run();
    const runSeconds = (performance.now() - t0) / 1000;
    const r = history.rounds[0]!;
    // Unbounded, round 0 (statistics + 4 stages) and round 1 (training + 5 stages) would take 0.8 s per exchange: about 8 s.
    assert.ok(r.seconds.total < (budgetMs + 400) / 1000, `round 1 took ${r.seconds.total} s with a budget of ${budgetMs} ms`);
    assert.ok(runSeconds < (2 * budgetMs + 800) / 1000, `round 0 and round 1 took ${runSeconds} s in all`);
    assert.ok(r.applied, `round 1 applied with the workers that kept up: ${r.abortReason}`);
    assert.ok(!r.contributors.includes("erin"), "the slow worker fell out of the round");
    await c.shutdown();
  });
});
