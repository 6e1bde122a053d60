import { Coordinator, type CoordinatorOptions } from "../../server/coordinator";
import { RingSecureDriver } from "../../server/round/ring-driver";
import { FedAvg } from "../../server/strategy/fedavg";
import { SocketIoServerTransport } from "../../server/transport/socketio-server";
import { createLocalFederation } from "../../shared/federation/local-federation";
import type { Membership } from "../../shared/federation/membership";
import type { SigningKeyPair } from "../../shared/crypto/signatures";
import { decodeMessage } from "../../shared/protocol/codec";
import type { Message } from "../../shared/protocol/messages";
import type { Connection } from "../../shared/transport/transport";
import type { RunHistory } from "../../server/run-history";
import { connectSocketIo } from "../../worker/transport/socketio-client";
import { WorkerClient } from "../../worker/worker-client";
import { LeafLink } from "../../bin/hierarchy/leaf-link";
import { leafPolicy } from "../../bin/hierarchy/join-root";
import { FakeLearner, zeroModel } from "./fake-learner";
import { TEST_POLICY, TEST_TASK, TRAIN, plainProtection, testRng } from "./federation";

/** One worker of a shard: its name, example count and the target its fake learner moves halfway to. */
export type ShardSite = { readonly name: string; readonly examples: number; readonly target: number };

/** Records every message a coordinator receives on a connection. */
export function tapDecoded(conn: Connection, seen: Message[]): Connection {
  const onMessage = conn.onMessage.bind(conn);
  conn.onMessage = (h) => onMessage((m) => { seen.push(decodeMessage(m)); h(m); });
  return conn;
}

/** A FedAvg coordinator over the fake learners' model (a root, plaintext or with `secure`; or a leaf with `secure` and `upstream`). */
export function hierarchyCoordinator(membership: Membership, identity: SigningKeyPair, rounds: number,
  leaf?: { secure?: RingSecureDriver; upstream?: LeafLink; standardise?: CoordinatorOptions["standardise"]; strategy?: CoordinatorOptions["strategy"] }): Coordinator {
  return new Coordinator({
    membership, identity, task: TEST_TASK, maxExamples: 1_000_000, initialWeights: zeroModel(), rounds,
    protection: plainProtection, rng: testRng(), strategy: new FedAvg({ train: TRAIN, minFitWorkers: 1 }), maxMessageBytes: 1 << 20, roundTimeoutMs: 30_000,
    ...(leaf ?? {}),
  });
}

export interface RunningLeaf {
  readonly leaf: Coordinator;
  readonly transport: SocketIoServerTransport;
  readonly workers: readonly WorkerClient[];
  /** The leaf's run, started once it joined the root. */
  readonly run: Promise<RunHistory>;
  /** What the leaf's coordinator received from its workers. */
  readonly seen: readonly Message[];
  /** The shard's fake learners, in the order of `sites`. */
  readonly learners: readonly FakeLearner[];
}

/**
 * A leaf: its own coordinator and socket.io server on 127.0.0.1, SecAgg+ over its shard of fake
 * workers, joined to the root at `rootUrl` as site `name` of the root's federation.
 */
export async function startLeaf(name: string, sites: readonly ShardSite[], rootUrl: string, root: { membership: Membership; identity: SigningKeyPair }, rounds: number,
  options: { standardise?: number; evaluate?: boolean } = {}): Promise<RunningLeaf> {
  const federation = createLocalFederation(sites.map((s) => s.name));
  const link = new LeafLink(() => leaf.workers.reduce((n, w) => n + w.numExamples, 0));
  const secure = new RingSecureDriver({ protocol: "secagg+", clipRange: 8, weighted: true, maxExamples: 1000, stageTimeoutMs: 20_000 });
  const leaf = hierarchyCoordinator(federation.membership, federation.coordinator, rounds,
    { secure, upstream: link, ...(options.standardise ? { standardise: { features: options.standardise } } : {}) });
  const learners = sites.map((s) => new FakeLearner(s.examples, s.target, 0.5, options.standardise ? { features: options.standardise } : {}));
  const transport = await SocketIoServerTransport.listen({ port: 0, host: "127.0.0.1", maxMessageBytes: 1 << 20 });
  const seen: Message[] = [];
  transport.onConnection((c) => leaf.addConnection(tapDecoded(c, seen)));
  const url = `http://127.0.0.1:${transport.port}`;
  const workers = await Promise.all(sites.map(async (s, i) => {
    const w = new WorkerClient(await connectSocketIo(url, { attempts: 2 }), { name: s.name, task: TEST_TASK, learner: learners[i]!,
      identity: federation.sites.get(s.name)!, membership: federation.membership,
      ...(options.evaluate ? { evaluator: learners[i]!, policy: { ...TEST_POLICY, evaluation: { allow: true, maxPerRun: 10, holdout: 0.2, requireSecure: true } } } : { policy: TEST_POLICY }) });
    await w.join();
    return w;
  }));
  const toRoot = new WorkerClient(await connectSocketIo(rootUrl, { attempts: 2 }), { name, task: TEST_TASK, learner: link, evaluator: link,
    identity: root.identity, membership: root.membership, policy: leafPolicy(TEST_POLICY, TEST_POLICY.protocols) });
  void toRoot.closed.then(() => link.close());
  await toRoot.join();
  const run = leaf.run();
  void run.finally(() => link.close());
  return { leaf, transport, workers, run, seen, learners };
}

/** Plaintext FedAvg over every worker, round by round, from the zero model (the fake learner moves each weight halfway to its target). */
export function expectedFedAvg(sites: readonly ShardSite[], rounds: number): number {
  let g = 0;
  const total = sites.reduce((n, s) => n + s.examples, 0);
  for (let r = 0; r < rounds; r++) g += sites.reduce((acc, s) => acc + s.examples * 0.5 * (s.target - g), 0) / total;
  return g;
}
