import assert from "node:assert/strict";
import { RingSecureDriver } from "../../server/round/ring-driver";
import { SocketIoServerTransport } from "../../server/transport/socketio-server";
import { createLocalFederation } from "../../shared/federation/local-federation";
import { decodeMessage } from "../../shared/protocol/codec";
import type { Message, SecureProtocol, Standardisation } from "../../shared/protocol/messages";
import { FedAvg } from "../../server/strategy/fedavg";
import { expectedFedAvg, hierarchyCoordinator, startLeaf, tapDecoded, type ShardSite } from "../support/hierarchy-leaf";
import { TRAIN } from "../support/federation";

/** TEST_TASK is Boston's description: 13 features. */
const FEATURES = 13;
const SHARDS: Record<string, ShardSite[]> = {
  "leaf-a": [{ name: "a1", examples: 10, target: 2 }, { name: "a2", examples: 30, target: -2 }, { name: "a3", examples: 20, target: 4 }],
  "leaf-b": [{ name: "b1", examples: 5, target: 1 }, { name: "b2", examples: 15, target: 3 }, { name: "b3", examples: 25, target: -1 }],
  "leaf-c": [{ name: "c1", examples: 50, target: -3 }, { name: "c2", examples: 8, target: 6 }, { name: "c3", examples: 12, target: 2 }],
};
const ALL = Object.values(SHARDS).flat();

/** The pooled standardisation of every worker's rows (a FakeLearner's feature 0: mean its target, variance 4; the others: mean 1, variance 1). */
function expectedStandardisation(): { mean: number[]; std: number[] } {
  const rows = ALL.reduce((n, s) => n + s.examples, 0);
  const mean0 = ALL.reduce((acc, s) => acc + s.examples * s.target, 0) / rows;
  const square0 = ALL.reduce((acc, s) => acc + s.examples * (s.target * s.target + 4), 0) / rows;
  return { mean: [mean0, ...Array<number>(FEATURES - 1).fill(1)], std: [Math.sqrt(square0 - mean0 * mean0), ...Array<number>(FEATURES - 1).fill(1)] };
}

function close(got: readonly number[], want: readonly number[], what: string): void {
  assert.equal(got.length, want.length, what);
  got.forEach((v, j) => assert.ok(Math.abs(v - want[j]!) <= 1e-4, `${what}[${j}] is ${v}, expected ${want[j]}`));
}

describe("hierarchical aggregation: round 0 and federated evaluation through the leaves", function () {
  this.timeout(120_000);
  const transports: SocketIoServerTransport[] = [];
  after(async () => { await Promise.all(transports.map((t) => t.close())); });

  /** A root (options as hierarchyCoordinator takes them) over SHARDS' 3 leaves, each on its own socket.io server on 127.0.0.1, run for one round and shut down. */
  async function runOverLeaves(root: Parameters<typeof hierarchyCoordinator>[3], leaf: Parameters<typeof startLeaf>[5]) {
    const federation = createLocalFederation(Object.keys(SHARDS));
    const coordinator = hierarchyCoordinator(federation.membership, federation.coordinator, 1, root);
    const transport = await SocketIoServerTransport.listen({ port: 0, host: "127.0.0.1", maxMessageBytes: 1 << 20 });
    transports.push(transport);
    const seen: Message[] = [];
    transport.onConnection((c) => coordinator.addConnection(tapDecoded(c, seen)));
    const url = `http://127.0.0.1:${transport.port}`;
    const leaves = await Promise.all(Object.entries(SHARDS).map(([name, sites]) =>
      startLeaf(name, sites, url, { membership: federation.membership, identity: federation.sites.get(name)! }, 1, leaf)));
    transports.push(...leaves.map((l) => l.transport));
    const history = await coordinator.run();
    await coordinator.shutdown(); // a leaf's run ends at its root's goodbye
    await Promise.all(leaves.map((l) => l.run));
    await Promise.all(leaves.map((l) => l.leaf.shutdown()));
    return { history, seen, leaves };
  }

  for (const protocol of ["secagg+", "additive"] as SecureProtocol[]) {
    it(`${protocol === "additive" ? "an" : "a"} ${protocol} root over 3 SecAgg+ leaves standardises with every worker's rows, learning only the total; every worker then trains with it`, async () => {
      const root0: { computed: Standardisation | null } = { computed: null };
      const secure = new RingSecureDriver({ protocol, clipRange: 8, weighted: true, maxExamples: 1_000_000, stageTimeoutMs: 20_000 });
      const { history, seen, leaves } = await runOverLeaves({ secure, standardise: { features: FEATURES, onComputed: (s) => { root0.computed = s; } } }, { standardise: FEATURES });

      assert.equal(history.outcome, "finished", history.reason);
      assert.ok(history.rounds[0]?.applied, history.rounds[0]?.abortReason ?? "no round");
      const computed = root0.computed;
      assert.ok(computed !== null, "the root computed no standardisation");
      const want = expectedStandardisation();
      close(computed.mean, want.mean, "mean");
      close(computed.std, want.std, "std");
      // The root saw each leaf's statistics only inside the secure sum, and each leaf saw its workers' the same way.
      const rootStats = seen.filter((m) => m.body.type === "statsResult");
      assert.equal(rootStats.length, 3);
      assert.ok(rootStats.every((m) => m.body.type === "statsResult" && m.body.values.length === 0 && m.body.numExamples === 0), "a leaf sent its shard's moments in plaintext");
      for (const leaf of leaves) {
        const workerStats = leaf.seen.filter((m) => m.body.type === "statsResult");
        assert.equal(workerStats.length, 3);
        assert.ok(workerStats.every((m) => m.body.type === "statsResult" && m.body.values.length === 0));
      }
      // Every worker of every shard trained with the root's standardisation, not its leaf's own.
      for (const learner of leaves.flatMap((l) => l.learners)) {
        const s = learner.lastStandardisation as Standardisation | null;
        assert.ok(s !== null, "a worker trained without the federation's standardisation");
        close(s.mean, computed.mean, "a worker's mean");
        close(s.std, computed.std, "a worker's std");
      }
    });
  }

  it("a leaf whose task does not standardise answers the root's round 0 with why (TRAINING_FAILED), instead of hanging it", async () => {
    const federation = createLocalFederation(["leaf-a"]);
    let computed = false;
    const root = hierarchyCoordinator(federation.membership, federation.coordinator, 1, { standardise: { features: FEATURES, onComputed: () => { computed = true; } } });
    const transport = await SocketIoServerTransport.listen({ port: 0, host: "127.0.0.1", maxMessageBytes: 1 << 20 });
    transports.push(transport);
    let onError: (m: Message) => void = () => undefined;
    const answered = new Promise<Message>((resolve) => { onError = resolve; });
    transport.onConnection((c) => {
      const onMessage = c.onMessage.bind(c);
      c.onMessage = (h) => onMessage((bytes) => {
        const m = decodeMessage(bytes);
        if (m.body.type === "error") onError(m);
        h(bytes);
      });
      root.addConnection(c);
    });
    const leaf = await startLeaf("leaf-a", SHARDS["leaf-a"]!, `http://127.0.0.1:${transport.port}`, { membership: federation.membership, identity: federation.sites.get("leaf-a")! }, 1);
    transports.push(leaf.transport);
    // The root's round 0 fails and would be retried: stop at the leaf's first answer.
    const run = root.run();
    const reply = await answered;
    root.stop("test over");
    await root.shutdown();
    await Promise.all([run, leaf.run].map((p) => p.catch(() => undefined)));
    await leaf.leaf.shutdown();
    assert.ok(reply.body.type === "error");
    assert.equal(reply.body.code, "TRAINING_FAILED");
    assert.match(reply.body.message, /task does not standardise its features/);
    assert.equal(computed, false);
  });

  it("federated evaluation through 3 leaves (an additive root): the root gets every worker's weighted mean loss, only as a secure sum of the shards' sums", async () => {
    const secure = new RingSecureDriver({ protocol: "additive", clipRange: 8, weighted: true, maxExamples: 1_000_000, stageTimeoutMs: 20_000 });
    const { history, seen, leaves } = await runOverLeaves({ secure, strategy: new FedAvg({ train: TRAIN, minFitWorkers: 1, fractionEvaluate: 1 }) }, { evaluate: true });

    const record = history.rounds[0]!;
    assert.ok(record.applied, record.abortReason ?? "");
    assert.ok(record.federatedEval !== null, `no federated evaluation: ${JSON.stringify(record.failures)}`);
    // The model after round 1 is the FedAvg of all workers; a FakeLearner's loss is the squared distance of every weight to its target.
    const g = expectedFedAvg(ALL, 1);
    const rows = ALL.reduce((n, w) => n + w.examples, 0);
    const want = ALL.reduce((acc, w) => acc + w.examples * (g - w.target) ** 2, 0) / rows;
    assert.ok(Math.abs(record.federatedEval.loss - want) <= 1e-3, `federated loss ${record.federatedEval.loss}, expected the workers' weighted mean ${want}`);
    assert.ok(Math.abs(record.federatedEval.metrics.mse! - want) <= 1e-3);
    // Each leaf's answer reached the root only masked, and each worker's only masked at its leaf.
    const rootResults = seen.filter((m) => m.body.type === "evaluateResult");
    assert.equal(rootResults.length, 3);
    assert.ok(rootResults.every((m) => m.body.type === "evaluateResult" && m.body.numExamples === 0 && Object.keys(m.body.metrics).length === 0));
    for (const leaf of leaves) {
      const results = leaf.seen.filter((m) => m.body.type === "evaluateResult");
      assert.equal(results.length, 3, "the leaf asked each worker of its shard");
      assert.ok(results.every((m) => m.body.type === "evaluateResult" && m.body.numExamples === 0));
    }
  });
});
