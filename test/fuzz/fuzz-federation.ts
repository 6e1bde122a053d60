import type { Coordinator } from "../../server/coordinator";
import { InboundAudit } from "../../server/limits/inbound-audit";
import { RingSecureDriver } from "../../server/round/ring-driver";
import { FedAvg } from "../../server/strategy/fedavg";
import type { Strategy, WorkerInfo } from "../../server/strategy/strategy";
import { SocketIoServerTransport } from "../../server/transport/socketio-server";
import { signer } from "../../shared/crypto/signatures";
import { joinPayload } from "../../shared/protocol/handshake";
import { PROTOCOL_VERSION, type Body, type ChallengeBody } from "../../shared/protocol/messages";
import type { ModelWeights } from "../../shared/tensor/weights";
import { connectSocketIo } from "../../worker/transport/socketio-client";
import { WorkerClient } from "../../worker/worker-client";
import { FakeLearner } from "../support/fake-learner";
import { fedAvgCoordinator, federationOf, siteOptions, TEST_TASK, TRAIN } from "../support/federation";
import { recordCorpus } from "./seed-corpus";
import { runFuzz, type FuzzReport } from "./fuzz-client";

/** Sites the fuzzer joins as: members of the federation, never sampled (so the honest model cannot depend on them). */
const FUZZ_SITES = ["w60", "w61", "w62", "w63"];
const HONEST = ["alice", "bob", "carol", "dave"];

/** The strategy without the fuzzing sites: they are admitted but never asked to train or evaluate. */
function honestOnly(inner: Strategy): Strategy {
  const keep = (ws: readonly WorkerInfo[]): WorkerInfo[] => ws.filter((w) => !FUZZ_SITES.includes(w.id));
  return {
    name: inner.name, needsIndividualUpdates: inner.needsIndividualUpdates,
    configureFit: (r, w, a, rng) => inner.configureFit(r, w, keep(a), rng),
    aggregateFit: (r, w, agg, f) => inner.aggregateFit(r, w, agg, f),
    configureEvaluate: (r, w, a, rng) => inner.configureEvaluate(r, w, keep(a), rng),
    aggregateEvaluate: (r, res, f) => inner.aggregateEvaluate(r, res, f),
    evaluate: (r, w) => inner.evaluate(r, w),
  };
}

function fuzzJoin(c: Coordinator): (challenge: ChallengeBody, lane: number) => Body {
  const f = federationOf(c);
  return (challenge, lane) => {
    const name = FUZZ_SITES[lane % FUZZ_SITES.length]!;
    const identity = f.sites.get(name)!;
    const join = { type: "join" as const, protocolVersion: PROTOCOL_VERSION, workerName: name, capabilities: ["secagg+"], backend: "fuzz", numExamples: 10,
      task: TEST_TASK.name, taskDigest: TEST_TASK.digest, identityKey: identity.publicKey };
    return { ...join, proof: signer(identity.secretKey)(joinPayload(challenge, join)) };
  };
}

export interface FuzzRun { readonly weights: ModelWeights; readonly applied: number; readonly report: FuzzReport | null; readonly audit: InboundAudit }

/**
 * An honest SecAgg+ federation of four socket.io workers on 127.0.0.1 running `rounds` rounds,
 * with (count > 0) a fuzzer beside it. Round r's training waits until the fuzzer has sent
 * r / (rounds + 1) of its messages, so every round runs while the fuzzer is at work, and the
 * model cannot depend on the timing (the learner is deterministic).
 */
export async function fuzzedFederation(options: { count: number; seed: number; rounds: number; lanes?: number; onProgress?: (n: number) => void }): Promise<FuzzRun> {
  const audit = new InboundAudit();
  const secure = new RingSecureDriver({ protocol: "secagg+", clipRange: 8, weighted: true, maxExamples: 1000, stageTimeoutMs: 60_000 });
  const c = fedAvgCoordinator({ rounds: options.rounds, secure, roundTimeoutMs: 120_000, audit,
    strategy: honestOnly(new FedAvg({ train: TRAIN, minFitWorkers: 1, fractionEvaluate: 1 })) });
  const transport = await SocketIoServerTransport.listen({ port: 0, host: "127.0.0.1", maxMessageBytes: 1 << 20, audit });
  transport.onConnection((conn) => c.addConnection(conn));
  const url = `http://127.0.0.1:${transport.port}`;
  try {
    let progress = 0;
    let fuzzDone = options.count === 0;
    const waiters: (() => void)[] = [];
    const gate = (fraction: number): Promise<void> => new Promise((resolve) => {
      const check = (): void => { if (fuzzDone || progress >= fraction * options.count) resolve(); else waiters.push(check); };
      check();
    });
    const workers = await Promise.all(HONEST.map(async (name, i) => {
      const learner: FakeLearner = new FakeLearner(10 + 5 * i, i + 1, 0.5, { beforeTrain: () => gate(learner.trainCalls / (options.rounds + 1)) });
      const w = new WorkerClient(await connectSocketIo(url, { attempts: 3 }), siteOptions(c, name, learner));
      await w.join();
      return w;
    }));
    const fuzz = options.count === 0 ? Promise.resolve(null) : (async () => {
      const corpus = await recordCorpus();
      try {
        return await runFuzz({ url, count: options.count, seed: options.seed, lanes: options.lanes ?? 4, corpus, audit, join: fuzzJoin(c),
          onProgress: (n) => { progress = n; options.onProgress?.(n); for (const w of waiters.splice(0)) w(); } });
      } finally {
        fuzzDone = true;
        for (const w of waiters.splice(0)) w();
      }
    })();
    const [history, report] = await Promise.all([c.run(), fuzz]);
    await c.shutdown();
    await Promise.all(workers.map((w) => w.closed));
    return { weights: c.globalWeights, applied: history.rounds.filter((r) => r.applied).length, report, audit };
  } finally {
    await transport.close();
  }
}
