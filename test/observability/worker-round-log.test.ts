import assert from "node:assert/strict";
import { DEFAULT_CLIP_RANGE, RingSecureDriver } from "../../server/round/ring-driver";
import { configureLogging, routeTerminal } from "../../shared/log/logger";
import { FakeLearner } from "../support/fake-learner";
import { fedAvgCoordinator, joinVirtualWorkers } from "../support/federation";

interface Entry { readonly module: string; readonly level: string; readonly message: string; readonly [k: string]: unknown }

/** Run a federation with JSON logs at info captured; returns alice's entries. */
async function aliceLines(secure: boolean, rounds: number): Promise<Entry[]> {
  const lines: string[] = [];
  configureLogging({ level: "info", format: "json" });
  routeTerminal((l) => lines.push(l));
  try {
    const coordinator = fedAvgCoordinator({
      rounds,
      ...(secure ? { secure: new RingSecureDriver({ protocol: "secagg+", clipRange: DEFAULT_CLIP_RANGE, weighted: true, maxExamples: 1_000_000, stageTimeoutMs: 10_000 }) } : {}),
    });
    await joinVirtualWorkers(coordinator, ["alice", "bob", "carol", "dave"].map((name, i) => ({ name, learner: new FakeLearner(10 * (i + 1), i) })));
    const history = await coordinator.run();
    assert.equal(history.outcome, "finished");
    await coordinator.shutdown();
  } finally {
    routeTerminal(null);
    configureLogging({ level: "error", format: "text" });
  }
  return lines.map((l) => JSON.parse(l) as Entry).filter((e) => e.module === "worker.alice");
}

describe("observability/the worker's one line per round", function () {
  this.timeout(60_000);

  it("SecAgg+: one info line per round, after its last stage, with what it trained and sent", async () => {
    const all = await aliceLines(true, 3);
    const roundLines = all.filter((e) => /^round \d+:/.test(e.message));
    // Nothing else at info or above names a round: the round's line is the one.
    assert.deepEqual(all.filter((e) => e.round !== undefined && !roundLines.includes(e)).map((e) => e.message), []);
    assert.deepEqual(roundLines.map((e) => e.round), [1, 2, 3]);
    for (const e of roundLines) {
      assert.equal(e.level, "info");
      assert.equal(e.outcome, "sent");
      assert.equal(e.stagesAnswered, 5);
      assert.match(e.message, /^round \d: trained 1 epoch on 10 rows in \d+\.\d\d s \(loss [\d.]+\); update sent masked \(secagg\+, 5 stages\), [\d.]+ s in all$/);
    }
  });

  it("plaintext: one line per round, sent in plaintext", async () => {
    const roundLines = (await aliceLines(false, 2)).filter((e) => /^round \d+:/.test(e.message));
    assert.deepEqual(roundLines.map((e) => [e.round, e.outcome, e.level]), [[1, "sent", "info"], [2, "sent", "info"]]);
    assert.match(roundLines[0]!.message, /update sent in plaintext/);
  });
});
