import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { Coordinator } from "../../server/coordinator";
import { FedAvg } from "../../server/strategy/fedavg";
import { RingSecureDriver } from "../../server/round/ring-driver";
import type { SecureProtocol } from "../../shared/protocol/messages";
import { LeafLink } from "../../bin/hierarchy/leaf-link";
import { DEFAULT_UPSTREAM_ACCEPT, joinRoot } from "../../bin/hierarchy/join-root";
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

/** A root on its own socket.io server on 127.0.0.1, recording what it receives (`secure`: a secure sum across its leaves). */
async function startRoot(membership: Membership, identity: SigningKeyPair, rounds = ROUNDS, secure?: RingSecureDriver) {
  const root = hierarchyCoordinator(membership, identity, rounds, secure ? { secure } : undefined);
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

  /** A root (plaintext, or `secure`) over in-process leaves, each on its own socket.io server, run to the end and shut down. */
  async function runRootOverLeaves(shards: Record<string, ShardSite[]>, rounds: number, secure?: RingSecureDriver) {
    const rootFederation = createLocalFederation(Object.keys(shards));
    const { root, transport, seen, url } = await startRoot(rootFederation.membership, rootFederation.coordinator, rounds, secure);
    transports.push(transport);
    const leaves = await Promise.all(Object.entries(shards).map(([name, sites]) =>
      startLeaf(name, sites, url, { membership: rootFederation.membership, identity: rootFederation.sites.get(name)! }, rounds)));
    transports.push(...leaves.map((l) => l.transport));
    const history = await root.run();
    const rootSites = root.workers.map((w) => w.id).sort();
    await root.shutdown(); // a leaf's run ends at its root's goodbye (the root could still evaluate the last model)
    const leafHistories = await Promise.all(leaves.map((l) => l.run));
    await Promise.all(leaves.map((l) => l.leaf.shutdown()));
    return { root, history, seen, leafHistories, rootSites, leafSeen: leaves.map((l) => l.seen) };
  }

  it("2 leaves x 3-4 workers, each leaf with its own socket.io server on 127.0.0.1, 2 rounds: root model = FedAvg of all workers; it sees only shard sums", async () => {
    const { root, history, seen, leafHistories, rootSites, leafSeen } = await runRootOverLeaves(SHARDS, ROUNDS);
    assert.deepEqual(rootSites, ["leaf-a", "leaf-b"], "the root's only sites are the two leaves");
    checkRoot(root, history, seen);
    for (const h of leafHistories) {
      assert.equal(h.rounds.length, ROUNDS);
      for (const r of h.rounds) assert.ok(r.applied && r.extras.k !== undefined, `leaf round ${r.round} ran SecAgg+ and forwarded its sum: ${r.abortReason}`);
    }
    // The workers sent their updates only masked, and only to their leaf.
    const workerResults = leafSeen.flatMap((leafMessages) => leafMessages.filter((m) => m.body.type === "trainResult"));
    assert.equal(workerResults.length, ALL.length * ROUNDS);
    assert.ok(workerResults.every((m) => m.body.type === "trainResult" && m.body.update.length === 0));
  });

  it("a leaf whose secure sum aborts answers the root's round with TRAINING_FAILED; the root applies the other leaf's shard alone", async () => {
    const shards: Record<string, ShardSite[]> = { "leaf-a": SHARDS["leaf-a"]!, "leaf-b": SHARDS["leaf-b"]!.slice(0, 2) }; // 2 workers: below SecAgg+'s 3
    const { root, history } = await runRootOverLeaves(shards, 1);
    const r = history.rounds[0]!;
    assert.ok(r.applied, String(r.abortReason));
    assert.deepEqual([...r.contributors], ["leaf-a"]);
    const failure = r.failures.find((f) => f.worker === "leaf-b");
    assert.equal(failure?.code, "TRAINING_FAILED");
    assert.match(failure.reason, /secure aggregation gave no sum/);
    const expected = expectedFedAvg(shards["leaf-a"]!, 1);
    for (const t of root.globalWeights) for (const v of t.values) assert.ok(Math.abs(v - expected) <= 1e-4, `root weight ${v}, expected leaf-a's FedAvg ${expected}`);
  });

  for (const protocol of ["secagg+", "additive"] as SecureProtocol[]) {
    it(`a secure sum across 3 leaves (${protocol} at the root, SecAgg+ in each shard): the root's model = FedAvg of all workers, and it receives no shard's sum`, async () => {
      const shards: Record<string, ShardSite[]> = { ...SHARDS, "leaf-c": [{ name: "c1", examples: 50, target: -3 }, { name: "c2", examples: 8, target: 6 }, { name: "c3", examples: 12, target: 2 }] };
      const all = Object.values(shards).flat();
      const secure = new RingSecureDriver({ protocol, clipRange: 8, weighted: true, maxExamples: 1_000_000, stageTimeoutMs: 20_000 });
      const { root, history, seen } = await runRootOverLeaves(shards, ROUNDS, secure);
      assert.equal(history.outcome, "finished", history.reason);
      for (const r of history.rounds) {
        assert.ok(r.applied, `root round ${r.round}: ${r.abortReason}`);
        assert.deepEqual([...r.contributors].sort(), Object.keys(shards));
        assert.ok(r.extras.k !== undefined, "the root's round ran the secure driver");
      }
      // The leaves' inputs are re-encoded at the root's fixed-point scale: two quantisations, each far below 1e-3 here.
      const expected = expectedFedAvg(all, ROUNDS);
      for (const t of root.globalWeights) for (const v of t.values) assert.ok(Math.abs(v - expected) <= 1e-3, `root weight ${v}, expected the FedAvg of all ${all.length} workers ${expected}`);
      // Every TrainResult the root received is empty: each shard's sum reached it only masked, inside the secure sum.
      const results = seen.filter((m) => m.body.type === "trainResult");
      assert.equal(results.length, 3 * ROUNDS);
      for (const m of results) assert.ok(m.body.type === "trainResult" && m.body.update.length === 0 && m.body.numExamples === 0, "a leaf sent its shard's sum in plaintext");
    });
  }

  it("a leaf whose shard outweighs the root's weight unit fails the round with the fix, instead of being under-weighted", async () => {
    const shards: Record<string, ShardSite[]> = { "leaf-a": SHARDS["leaf-a"]!, "leaf-b": SHARDS["leaf-b"]!.slice(0, 3), "leaf-c": [{ name: "c1", examples: 5, target: 1 }, { name: "c2", examples: 5, target: 1 }, { name: "c3", examples: 5, target: 1 }] };
    // The root's cap (40) is below leaf-a's 60 and leaf-b's 45 examples; leaf-c's 15 fit.
    const secure = new RingSecureDriver({ protocol: "additive", clipRange: 8, weighted: true, maxExamples: 40, stageTimeoutMs: 20_000 });
    const { history } = await runRootOverLeaves(shards, 1, secure);
    const r = history.rounds[0]!;
    assert.equal(r.applied, false, "one leaf left is below the 3 a secure sum must hold");
    for (const leaf of ["leaf-a", "leaf-b"]) {
      const failure = r.failures.find((f) => f.worker === leaf);
      assert.equal(failure?.code, "TRAINING_FAILED", `${leaf}: ${JSON.stringify(r.failures)}`);
      assert.match(failure.reason, /more than the coordinator's weight unit of 40; .*--max-examples of at least (60|45)/);
    }
  });

  it("by default a leaf joined by joinRoot (conclave coordinator --upstream) refuses a plaintext root at its Welcome: its shard sum goes up only inside a secure sum", async () => {
    dir = dir || mkdtempSync(path.join(tmpdir(), "conclave-hier-"));
    const fed = path.join(dir, "fed-accept");
    devFederation(fed, ["leaf-a"]);
    const federationFile = path.join(fed, "federation.json");
    const { root, transport, url } = await startRoot(loadMembership(federationFile), readKeyFile(path.join(fed, "coordinator.key")), 1);
    transports.push(transport);
    const link = new LeafLink(() => 10);
    await assert.rejects(joinRoot({ upstream: url, upstreamSite: "leaf-a", upstreamKey: path.join(fed, "leaf-a.key"), upstreamFederation: federationFile, upstreamRetry: 2, insecure: false },
      link, TEST_TASK), /this run uses none but the worker's policy accepts only secagg\+, additive/);
    assert.equal(root.workers.length, 0, "the leaf never became a site of the plaintext root");
    assert.deepEqual([...DEFAULT_UPSTREAM_ACCEPT], ["secagg+", "additive"]);
    await root.shutdown();
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
