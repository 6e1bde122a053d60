import assert from "node:assert/strict";
import { Coordinator } from "../../server/coordinator";
import { RingSecureDriver } from "../../server/round/ring-driver";
import { FedAvg } from "../../server/strategy/fedavg";
import { SocketIoServerTransport } from "../../server/transport/socketio-server";
import { createLocalFederation, type LocalFederation } from "../../shared/federation/local-federation";
import { decodeMessage } from "../../shared/protocol/codec";
import type { Message } from "../../shared/protocol/messages";
import type { Connection } from "../../shared/transport/transport";
import { connectSocketIo } from "../../worker/transport/socketio-client";
import { WorkerClient } from "../../worker/worker-client";
import { LeafLink } from "../../bin/hierarchy/leaf-link";
import { FakeLearner, zeroModel } from "../support/fake-learner";
import { TEST_POLICY, TEST_TASK, TRAIN, plainProtection, testRng } from "../support/federation";

/** Records every message a coordinator receives on a connection. */
function tap(conn: Connection, seen: Message[]): Connection {
  const onMessage = conn.onMessage.bind(conn);
  conn.onMessage = (h) => onMessage((m) => { seen.push(decodeMessage(m)); h(m); });
  return conn;
}

type Site = { readonly name: string; readonly examples: number; readonly target: number };

const ROUNDS = 2;

function coordinator(federation: LocalFederation, secure?: RingSecureDriver, upstream?: LeafLink): Coordinator {
  return new Coordinator({
    membership: federation.membership, identity: federation.coordinator, task: TEST_TASK, maxExamples: 1_000_000, initialWeights: zeroModel(), rounds: ROUNDS,
    protection: plainProtection, rng: testRng(), strategy: new FedAvg({ train: TRAIN, minFitWorkers: 1 }), maxMessageBytes: 1 << 20, roundTimeoutMs: 20_000,
    ...(secure ? { secure } : {}), ...(upstream ? { upstream } : {}),
  });
}

/** A leaf: its own coordinator and socket.io server on 127.0.0.1, SecAgg+ over its shard, joined to the root as site `name`. */
async function startLeaf(name: string, sites: readonly Site[], rootUrl: string, rootFederation: LocalFederation, seen: Message[]) {
  const federation = createLocalFederation(sites.map((s) => s.name));
  const link = new LeafLink(() => leaf.workers.reduce((n, w) => n + w.numExamples, 0));
  const leaf = coordinator(federation, new RingSecureDriver({ protocol: "secagg+", clipRange: 8, weighted: true, maxExamples: 1000, stageTimeoutMs: 10_000 }), link);
  const transport = await SocketIoServerTransport.listen({ port: 0, host: "127.0.0.1", maxMessageBytes: 1 << 20 });
  transport.onConnection((c) => leaf.addConnection(tap(c, seen)));
  const url = `http://127.0.0.1:${transport.port}`;
  const workers = await Promise.all(sites.map(async (s) => {
    const w = new WorkerClient(await connectSocketIo(url, { attempts: 2 }), { name: s.name, task: TEST_TASK, learner: new FakeLearner(s.examples, s.target),
      identity: federation.sites.get(s.name)!, membership: federation.membership, policy: TEST_POLICY });
    await w.join();
    return w;
  }));
  const toRoot = new WorkerClient(await connectSocketIo(rootUrl, { attempts: 2 }), { name, task: TEST_TASK, learner: link,
    identity: rootFederation.sites.get(name)!, membership: rootFederation.membership, policy: TEST_POLICY });
  void toRoot.closed.then(() => link.close());
  await toRoot.join();
  const run = leaf.run();
  return { leaf, transport, workers, run };
}

/** Plaintext FedAvg over every worker, round by round (the fake learner moves each weight halfway to its target). */
function expectedFedAvg(sites: readonly Site[], rounds: number): number {
  let g = 0;
  const total = sites.reduce((n, s) => n + s.examples, 0);
  for (let r = 0; r < rounds; r++) g += sites.reduce((acc, s) => acc + s.examples * 0.5 * (s.target - g), 0) / total;
  return g;
}

describe("hierarchical aggregation: leaves run SecAgg+ over their shards and forward only shard sums to a root", function () {
  this.timeout(120_000);
  const transports: SocketIoServerTransport[] = [];
  after(async () => { await Promise.all(transports.map((t) => t.close())); });

  it("2 leaves x 3-4 workers over socket.io, 2 rounds: the root's model is the FedAvg of all workers; the root sees only the leaves' shard sums", async () => {
    const shards: Record<string, Site[]> = {
      "leaf-a": [{ name: "a1", examples: 10, target: 2 }, { name: "a2", examples: 30, target: -2 }, { name: "a3", examples: 20, target: 4 }],
      "leaf-b": [{ name: "b1", examples: 5, target: 1 }, { name: "b2", examples: 15, target: 3 }, { name: "b3", examples: 25, target: -1 }, { name: "b4", examples: 40, target: 0.5 }],
    };
    const rootFederation = createLocalFederation(Object.keys(shards));
    const root = coordinator(rootFederation);
    const rootTransport = await SocketIoServerTransport.listen({ port: 0, host: "127.0.0.1", maxMessageBytes: 1 << 20 });
    transports.push(rootTransport);
    const atRoot: Message[] = [];
    const atLeaves: Message[] = [];
    rootTransport.onConnection((c) => root.addConnection(tap(c, atRoot)));
    const rootUrl = `http://127.0.0.1:${rootTransport.port}`;
    const leaves = await Promise.all(Object.entries(shards).map(([name, sites]) => startLeaf(name, sites, rootUrl, rootFederation, atLeaves)));
    transports.push(...leaves.map((l) => l.transport));

    const history = await root.run();
    const leafHistories = await Promise.all(leaves.map((l) => l.run));
    assert.deepEqual(root.workers.map((w) => w.id).sort(), ["leaf-a", "leaf-b"], "the root's only sites are the two leaves");
    await root.shutdown();
    await Promise.all(leaves.map((l) => l.leaf.shutdown()));

    assert.equal(history.outcome, "finished", history.reason);
    assert.equal(history.rounds.length, ROUNDS);
    for (const r of history.rounds) {
      assert.ok(r.applied, `root round ${r.round}: ${r.abortReason}`);
      assert.deepEqual([...r.contributors].sort(), ["leaf-a", "leaf-b"]);
    }
    for (const h of leafHistories) {
      assert.equal(h.rounds.length, ROUNDS);
      for (const r of h.rounds) assert.ok(r.applied && r.extras.k !== undefined, `leaf round ${r.round} ran SecAgg+ and forwarded its sum: ${r.abortReason}`);
    }
    const all = Object.values(shards).flat();
    const expected = expectedFedAvg(all, ROUNDS);
    for (const t of root.globalWeights) for (const v of t.values) assert.ok(Math.abs(v - expected) <= 1e-4, `root weight ${v}, expected the FedAvg of all workers ${expected}`);

    // The root's only peers are the two leaves; its only updates are one per leaf per round, each the shard's FedAvg delta with the shard's count.
    const updates = atRoot.filter((m) => m.body.type === "trainResult");
    assert.equal(updates.length, 2 * ROUNDS);
    const shardCounts = Object.values(shards).map((s) => s.reduce((n, w) => n + w.examples, 0)).sort();
    for (const m of updates) {
      assert.ok(m.body.type === "trainResult");
      assert.ok(shardCounts.includes(m.body.numExamples), `a leaf reported ${m.body.numExamples} examples, not a shard's total (${shardCounts.join(", ")})`);
    }
    // Round 1 (from the zero model): each leaf's update is its shard's FedAvg delta, the shard sum over the shard's count.
    for (const m of updates.filter((u) => u.meta.round === 1)) {
      const body = m.body;
      assert.ok(body.type === "trainResult");
      const shard = Object.values(shards).find((s) => s.reduce((n, w) => n + w.examples, 0) === body.numExamples)!;
      const mean = shard.reduce((acc, w) => acc + w.examples * 0.5 * w.target, 0) / body.numExamples;
      for (const t of body.update) for (const v of t.values) assert.ok(Math.abs(v - mean) <= 1e-4, `a leaf's update ${v}, expected its shard's mean delta ${mean}`);
    }
    // The workers sent their updates only masked, to their leaf: no worker's trainResult carries a plaintext update.
    const workerResults = atLeaves.filter((m) => m.body.type === "trainResult");
    assert.equal(workerResults.length, all.length * ROUNDS);
    assert.ok(workerResults.every((m) => m.body.type === "trainResult" && m.body.update.length === 0));
    await Promise.all(leaves.flatMap((l) => l.workers.map((w) => w.closed)));
  });
});
