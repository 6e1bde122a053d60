import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { Coordinator } from "../../server/coordinator";
import { FedAvg } from "../../server/strategy/fedavg";
import { LeafLink } from "../../bin/hierarchy/leaf-link";
import { zeroModel } from "../support/fake-learner";
import { TEST_TASK, TRAIN, plainProtection, testRng } from "../support/federation";
import type { RunHistory } from "../../server/run-history";
import { SocketIoServerTransport } from "../../server/transport/socketio-server";
import { createLocalFederation } from "../../shared/federation/local-federation";
import type { Membership } from "../../shared/federation/membership";
import type { SigningKeyPair } from "../../shared/crypto/signatures";
import type { Message } from "../../shared/protocol/messages";
import { loadMembership } from "../../bin/federation-io";
import { readKeyFile } from "../../bin/key-store";
import { devFederation } from "../support/processes";
import { expectedFedAvg, hierarchyCoordinator, startLeaf, tapDecoded, type ShardSite } from "../support/hierarchy-leaf";

const ROUNDS = 2;
const SHARDS: Record<string, ShardSite[]> = {
  "leaf-a": [{ name: "a1", examples: 10, target: 2 }, { name: "a2", examples: 30, target: -2 }, { name: "a3", examples: 20, target: 4 }],
  "leaf-b": [{ name: "b1", examples: 5, target: 1 }, { name: "b2", examples: 15, target: 3 }, { name: "b3", examples: 25, target: -1 }, { name: "b4", examples: 40, target: 0.5 }],
};
const ALL = Object.values(SHARDS).flat();

/** A root on its own socket.io server on 127.0.0.1, recording what it receives. */
async function startRoot(membership: Membership, identity: SigningKeyPair, rounds = ROUNDS) {
  const root = hierarchyCoordinator(membership, identity, rounds);
  const transport = await SocketIoServerTransport.listen({ port: 0, host: "127.0.0.1", maxMessageBytes: 1 << 20 });
  const seen: Message[] = [];
  transport.onConnection((c) => root.addConnection(tapDecoded(c, seen)));
  return { root, transport, seen, url: `http://127.0.0.1:${transport.port}` };
}

/** The root's model is the FedAvg of every worker, and all it received were the leaves' shard means and counts. */
function checkRoot(root: Coordinator, history: RunHistory, seen: readonly Message[]): void {
  assert.equal(history.outcome, "finished", history.reason);
  assert.equal(history.rounds.length, ROUNDS);
  for (const r of history.rounds) {
    assert.ok(r.applied, `root round ${r.round}: ${r.abortReason}`);
    assert.deepEqual([...r.contributors].sort(), ["leaf-a", "leaf-b"]);
  }
  const expected = expectedFedAvg(ALL, ROUNDS);
  for (const t of root.globalWeights) for (const v of t.values) assert.ok(Math.abs(v - expected) <= 1e-4, `root weight ${v}, expected the FedAvg of all workers ${expected}`);
  // The root's only updates are one per leaf per round, each carrying a shard's total count.
  const updates = seen.filter((m) => m.body.type === "trainResult");
  assert.equal(updates.length, 2 * ROUNDS);
  const counts = Object.values(SHARDS).map((s) => s.reduce((n, w) => n + w.examples, 0));
  for (const m of updates) {
    const body = m.body;
    assert.ok(body.type === "trainResult");
    const shard = Object.values(SHARDS).find((s) => s.reduce((n, w) => n + w.examples, 0) === body.numExamples);
    assert.ok(shard, `a leaf reported ${body.numExamples} examples, not a shard's total (${counts.join(", ")})`);
    // Round 1 (from the zero model): the shard's FedAvg delta, the shard sum over the shard's count.
    if (m.meta.round !== 1) continue;
    const mean = shard.reduce((acc, w) => acc + w.examples * 0.5 * w.target, 0) / body.numExamples;
    for (const t of body.update) for (const v of t.values) assert.ok(Math.abs(v - mean) <= 1e-4, `a leaf's update ${v}, expected its shard's mean delta ${mean}`);
  }
}

describe("hierarchical aggregation: leaves run SecAgg+ over their shards and forward only shard sums to a root", function () {
  this.timeout(180_000);
  const transports: SocketIoServerTransport[] = [];
  let dir = "";
  after(async () => {
    await Promise.all(transports.map((t) => t.close()));
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it("2 leaves x 3-4 workers, each leaf with its own socket.io server on 127.0.0.1, 2 rounds: root model = FedAvg of all workers; it sees only shard sums", async () => {
    const rootFederation = createLocalFederation(Object.keys(SHARDS));
    const { root, transport, seen, url } = await startRoot(rootFederation.membership, rootFederation.coordinator);
    transports.push(transport);
    const leaves = await Promise.all(Object.entries(SHARDS).map(([name, sites]) =>
      startLeaf(name, sites, url, { membership: rootFederation.membership, identity: rootFederation.sites.get(name)! }, ROUNDS)));
    transports.push(...leaves.map((l) => l.transport));
    const history = await root.run();
    const leafHistories = await Promise.all(leaves.map((l) => l.run));
    assert.deepEqual(root.workers.map((w) => w.id).sort(), ["leaf-a", "leaf-b"], "the root's only sites are the two leaves");
    await root.shutdown();
    await Promise.all(leaves.map((l) => l.leaf.shutdown()));
    checkRoot(root, history, seen);
    for (const h of leafHistories) {
      assert.equal(h.rounds.length, ROUNDS);
      for (const r of h.rounds) assert.ok(r.applied && r.extras.k !== undefined, `leaf round ${r.round} ran SecAgg+ and forwarded its sum: ${r.abortReason}`);
    }
    // The workers sent their updates only masked, and only to their leaf.
    const workerResults = leaves.flatMap((l) => l.seen.filter((m) => m.body.type === "trainResult"));
    assert.equal(workerResults.length, ALL.length * ROUNDS);
    assert.ok(workerResults.every((m) => m.body.type === "trainResult" && m.body.update.length === 0));
  });

  it("a leaf whose secure sum aborts answers the root's round with TRAINING_FAILED; the root applies the other leaf's shard alone", async () => {
    const shards: Record<string, ShardSite[]> = { "leaf-a": SHARDS["leaf-a"]!, "leaf-b": SHARDS["leaf-b"]!.slice(0, 2) }; // 2 workers: below SecAgg+'s 3
    const rootFederation = createLocalFederation(Object.keys(shards));
    const { root, transport, url } = await startRoot(rootFederation.membership, rootFederation.coordinator, 1);
    transports.push(transport);
    const leaves = await Promise.all(Object.entries(shards).map(([name, sites]) =>
      startLeaf(name, sites, url, { membership: rootFederation.membership, identity: rootFederation.sites.get(name)! }, 1)));
    transports.push(...leaves.map((l) => l.transport));
    const history = await root.run();
    await Promise.all(leaves.map((l) => l.run));
    await root.shutdown();
    await Promise.all(leaves.map((l) => l.leaf.shutdown()));
    const r = history.rounds[0]!;
    assert.ok(r.applied, String(r.abortReason));
    assert.deepEqual([...r.contributors], ["leaf-a"]);
    const failure = r.failures.find((f) => f.worker === "leaf-b");
    assert.equal(failure?.code, "TRAINING_FAILED");
    assert.match(failure.reason, /secure aggregation gave no sum/);
    const expected = expectedFedAvg(shards["leaf-a"]!, 1);
    for (const t of root.globalWeights) for (const v of t.values) assert.ok(Math.abs(v - expected) <= 1e-4, `root weight ${v}, expected leaf-a's FedAvg ${expected}`);
  });

  it("a leaf coordinator needs secure aggregation", () => {
    const f = createLocalFederation(["a1"]);
    assert.throws(() => new Coordinator({ membership: f.membership, identity: f.coordinator, task: TEST_TASK, maxExamples: 10, initialWeights: zeroModel(), rounds: 1,
      protection: plainProtection, rng: testRng(), strategy: new FedAvg({ train: TRAIN }), maxMessageBytes: 1 << 20, upstream: new LeafLink(() => 0) }),
    /needs secure aggregation; run it with --secagg secagg\+/);
  });

  it("the same with each leaf a separate process joined to the root over socket.io", async () => {
    dir = mkdtempSync(path.join(tmpdir(), "conclave-hier-"));
    const fed = path.join(dir, "fed");
    devFederation(fed, Object.keys(SHARDS));
    const federationFile = path.join(fed, "federation.json");
    const { root, transport, seen, url } = await startRoot(loadMembership(federationFile), readKeyFile(path.join(fed, "coordinator.key")));
    transports.push(transport);
    const script = path.resolve(__dirname, "../support/hierarchy-leaf-process.ts");
    const runTs = path.resolve(__dirname, "../../bin/run-ts.js");
    const leaves = Object.entries(SHARDS).map(([name, sites]) => {
      const child = spawn(process.execPath, [runTs, script, url, federationFile, path.join(fed, `${name}.key`), name, String(ROUNDS), JSON.stringify(sites)],
        { env: { ...process.env, CONCLAVE_LOG_LEVEL: "warn" }, stdio: ["ignore", "pipe", "pipe"] });
      let stdout = "";
      let stderr = "";
      child.stdout.on("data", (d: Buffer) => { stdout += d.toString(); });
      child.stderr.on("data", (d: Buffer) => { stderr += d.toString(); });
      return { child, out: () => stdout, err: () => stderr, exited: new Promise<number | null>((resolve) => child.on("exit", resolve)) };
    });
    try {
      await root.waitForWorkers(2, 120_000);
      const history = await root.run();
      await root.shutdown();
      checkRoot(root, history, seen);
      for (const l of leaves) {
        assert.equal(await l.exited, 0, l.err().slice(-2000));
        const report = JSON.parse(l.out().trim().split("\n").pop()!) as { rounds: { applied: boolean; k: number | null }[]; workerUpdates: number; plaintextWorkerUpdates: number };
        assert.equal(report.rounds.length, ROUNDS);
        assert.ok(report.rounds.every((r) => r.applied && r.k !== null), "every leaf round ran SecAgg+ and was forwarded");
        assert.ok(report.workerUpdates >= 3 * ROUNDS);
        assert.equal(report.plaintextWorkerUpdates, 0);
      }
    } finally {
      for (const l of leaves) if (l.child.exitCode === null) l.child.kill("SIGKILL");
    }
  });
});
