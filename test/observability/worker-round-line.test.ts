import assert from "node:assert/strict";
import { configureLogging, getLogger, routeTerminal } from "../../shared/log/logger";
import { formatWorkerRound, logWorkerRound } from "../../shared/log/worker-round-line";

describe("observability/worker-round-line", () => {
  it("says in one line what the worker did in a round it took part in", () => {
    const sent = formatWorkerRound({ round: 3, outcome: "sent", protocol: "secagg+", dp: "distributed", examples: 120, epochs: 1, loss: 12.3456,
      trainSeconds: 0.4219, totalSeconds: 0.61, stagesAnswered: 4 });
    assert.equal(sent.level, "info");
    assert.equal(sent.message, "round 3: trained 1 epoch on 120 rows in 0.42 s (loss 12.35); update sent masked (secagg+, 4 stages) with distributed DP, 0.61 s in all");
    assert.deepEqual(sent.fields, { round: 3, outcome: "sent", protocol: "secagg+", dp: "distributed", examples: 120, epochs: 1, loss: 12.3456,
      trainSeconds: 0.422, totalSeconds: 0.61, stagesAnswered: 4 });
    assert.equal(formatWorkerRound({ round: 1, outcome: "sent", protocol: "none", trainSeconds: 12.34, epochs: 2 }).message,
      "round 1: trained 2 epochs in 12.3 s; update sent in plaintext");
    const dropped = formatWorkerRound({ round: 4, outcome: "dropped", protocol: "secagg+", stage: "ShareKeys", reason: "the stage's deadline passed" });
    assert.equal(dropped.level, "warn");
    assert.equal(dropped.message, "round 4: dropped out at ShareKeys: the stage's deadline passed");
    assert.equal(formatWorkerRound({ round: 5, outcome: "aborted", protocol: "additive", stage: "MaskedInput" }).message,
      "round 5: the coordinator aborted the round at MaskedInput");
    assert.equal(formatWorkerRound({ round: 6, outcome: "failed", protocol: "none", reason: "out of memory" }).message, "round 6: failed: out of memory");
  });

  it("logWorkerRound writes it on the worker's logger with its fields", () => {
    const lines: string[] = [];
    configureLogging({ level: "info", format: "json" });
    routeTerminal((l) => lines.push(l));
    try {
      logWorkerRound(getLogger("worker.hospital-a"), { round: 2, outcome: "sent", protocol: "none", trainSeconds: 0.1 });
    } finally {
      routeTerminal(null);
      configureLogging({ level: "error", format: "text" });
    }
    assert.equal(lines.length, 1);
    const entry: unknown = JSON.parse(lines[0]!);
    assert.ok(typeof entry === "object" && entry !== null);
    assert.equal(Reflect.get(entry, "module"), "worker.hospital-a");
    assert.equal(Reflect.get(entry, "message"), "round 2: trained in 0.10 s; update sent in plaintext");
    assert.equal(Reflect.get(entry, "round"), 2);
  });
});
