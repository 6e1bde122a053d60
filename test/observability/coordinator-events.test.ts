import assert from "node:assert/strict";
import { combineEvents, noEvents, type CoordinatorEvents } from "../../server/observability/coordinator-events";
import { routeTerminal } from "../../shared/log/logger";
import { roundRecord } from "./support/round-records";

/** Records every call as "name:arg" (an observer for tests). */
function recorder(log: string[], tag: string): CoordinatorEvents {
  const on = (name: string) => (e: unknown): void => { log.push(`${tag}.${name}:${JSON.stringify(e)}`); };
  return { workerJoined: on("workerJoined"), workerLeft: on("workerLeft"), runState: on("runState"), roundStarted: on("roundStarted"), stageFinished: on("stageFinished"),
    roundFinished: (r) => { log.push(`${tag}.roundFinished:${r.round}`); }, refusal: on("refusal"), bytes: on("bytes"), privacy: on("privacy") };
}

describe("observability/coordinator-events", () => {
  it("combineEvents hands every event to every target, in order", () => {
    const log: string[] = [];
    const events = combineEvents(recorder(log, "a"), recorder(log, "b"));
    events.workerJoined({ worker: "alice", backend: "wasm", peer: "memory:alice" });
    events.workerLeft({ worker: "alice", reason: "bye" });
    events.runState({ state: "running", round: 0, rounds: 3, runId: "r" });
    events.roundStarted({ round: 1, sampled: ["alice"] });
    events.stageFinished({ round: 1, stage: "fit", seconds: 0.5 });
    events.roundFinished(roundRecord(1));
    events.refusal({ code: "NOT_ADMITTED", reason: "x" });
    events.bytes({ direction: "in", bytes: 10 });
    events.privacy({ epsilon: 1, delta: 1e-5 });
    const names = ["workerJoined", "workerLeft", "runState", "roundStarted", "stageFinished", "roundFinished", "refusal", "bytes", "privacy"];
    assert.deepEqual(log.map((l) => l.split(":")[0]), names.flatMap((n) => [`a.${n}`, `b.${n}`]));
    assert.equal(log[0], 'a.workerJoined:{"worker":"alice","backend":"wasm","peer":"memory:alice"}');
    assert.equal(log[10], "a.roundFinished:1");
  });

  it("a target that throws is skipped, the others still get the event, and the failure is logged once", () => {
    const log: string[] = [];
    const lines: string[] = [];
    const broken: CoordinatorEvents = { ...noEvents(), roundFinished: () => { throw new Error("observer bug"); } };
    const events = combineEvents(broken, recorder(log, "ok"));
    routeTerminal((line) => lines.push(line));
    try {
      assert.doesNotThrow(() => { events.roundFinished(roundRecord(1)); events.roundFinished(roundRecord(2)); });
    } finally {
      routeTerminal(null);
    }
    assert.deepEqual(log, ["ok.roundFinished:1", "ok.roundFinished:2"]);
    assert.equal(lines.length, 1, lines.join("\n"));
    assert.match(lines[0]!, /error \[observability\] an observer failed.*"event":"roundFinished","error":"observer bug"/);
  });

  it("noEvents accepts every event and does nothing; combining nothing is a no-op too", () => {
    for (const events of [noEvents(), combineEvents()]) {
      assert.doesNotThrow(() => {
        events.workerJoined({ worker: "a", backend: "cpu", peer: "p" });
        events.roundFinished(roundRecord(1));
        events.privacy({ epsilon: 1, delta: 0 });
      });
    }
  });
});
