import { RingSecureDriver } from "../../server/round/ring-driver";
import { FedAvg } from "../../server/strategy/fedavg";
import { decodeMessage, encodeMessage } from "../../shared/protocol/codec";
import { errorBody, type Body } from "../../shared/protocol/messages";
import { createMemoryPair } from "../../shared/transport/memory-transport";
import type { Connection } from "../../shared/transport/transport";
import { WorkerClient } from "../../worker/worker-client";
import { FakeLearner } from "../support/fake-learner";
import { fedAvgCoordinator, siteOptions, TEST_POLICY, TRAIN } from "../support/federation";

/** Wrap the coordinator's end so every message in both directions is recorded. */
function record(conn: Connection, into: Uint8Array[]): Connection {
  const onMessage = conn.onMessage.bind(conn);
  conn.onMessage = (h) => onMessage((m) => { into.push(m); h(m); });
  const send = conn.send.bind(conn);
  conn.send = (m) => { into.push(m.slice()); send(m); };
  return conn;
}

/**
 * Valid messages of every type, recorded from two small honest runs in memory (plaintext and
 * SecAgg+, each with round 0 statistics, training and federated evaluation): challenge, join,
 * welcome, stats request and result, round start, train result, every secure-aggregation stage
 * both ways, evaluate request and result, bye, plus an Error. The fuzzer mutates these.
 */
export async function recordCorpus(): Promise<Uint8Array[]> {
  const corpus: Uint8Array[] = [];
  for (const secure of [undefined, new RingSecureDriver({ protocol: "secagg+", clipRange: 8, weighted: true, maxExamples: 1000, stageTimeoutMs: 5_000 })]) {
    const c = fedAvgCoordinator({ rounds: 1, ...(secure ? { secure } : {}), standardise: { features: 2 },
      strategy: new FedAvg({ train: TRAIN, minFitWorkers: 1, fractionEvaluate: 1 }) });
    await Promise.all(["alice", "bob", "carol"].map(async (name, i) => {
      const [serverEnd, workerEnd] = createMemoryPair(name);
      c.addConnection(record(serverEnd, corpus));
      const policy = { ...TEST_POLICY, evaluation: { allow: true, maxPerRun: 10, holdout: 0.2, requireSecure: false } };
      const learner = new FakeLearner(10 + i, i + 1);
      await new WorkerClient(workerEnd, siteOptions(c, name, learner, { policy, evaluator: learner })).join();
    }));
    await c.run();
    await c.shutdown();
  }
  const types = new Set(corpus.map((m) => decodeMessage(m).body.type));
  for (const t of ["challenge", "join", "welcome", "statsRequest", "statsResult", "roundStart", "trainResult", "secaggRequest", "secaggReply", "evaluateRequest", "evaluateResult", "bye"]) {
    if (!types.has(t as Body["type"])) throw new Error(`the recorded runs sent no ${t}`);
  }
  corpus.push(encodeMessage({ meta: { runId: "r", round: 1, messageId: 9, replyTo: 3, sender: "alice" }, body: errorBody("TRAINING_FAILED", "local training diverged") }));
  return corpus;
}
