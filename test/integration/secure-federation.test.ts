import assert from "node:assert/strict";
import { RingSecureDriver } from "../../server/round/ring-driver";
import { createMemoryPair } from "../../shared/transport/memory-transport";
import type { Connection } from "../../shared/transport/transport";
import type { Body, SecureProtocol } from "../../shared/protocol/messages";
import { WorkerClient, type DropPoint } from "../../worker/worker-client";
import type { Coordinator } from "../../server/coordinator";
import { FakeLearner } from "../support/fake-learner";
import { fedAvgCoordinator, siteOptions } from "../support/federation";

/** Wraps the coordinator's end of a connection to record every byte it receives. */
function tap(conn: Connection, seen: Uint8Array[]): Connection {
  const onMessage = conn.onMessage.bind(conn);
  conn.onMessage = (h) => onMessage((m) => { seen.push(m); h(m); });
  return conn;
}

type Spec = { name: string; examples: number; target: number; dropAt?: (round: number, p: DropPoint) => boolean; tamper?: (b: Body) => Body | null };

async function secureFederation(protocol: SecureProtocol, specs: Spec[], seen: Uint8Array[] = [], weighted = true, stageTimeoutMs = 2_000, minContributors?: number): Promise<Coordinator> {
  const secure = new RingSecureDriver({ protocol, clipRange: 8, weighted, maxExamples: 1000, stageTimeoutMs, ...(minContributors ? { minContributors } : {}) });
  const c = fedAvgCoordinator({ rounds: 1, secure });
  await Promise.all(specs.map(async (s) => {
    const [serverEnd, workerEnd] = createMemoryPair(s.name);
    c.addConnection(tap(serverEnd, seen));
    const w = new WorkerClient(workerEnd, siteOptions(c, s.name, new FakeLearner(s.examples, s.target), {
      ...(s.dropAt ? { dropAt: s.dropAt } : {}), ...(s.tamper ? { tamper: s.tamper } : {}) }));
    await w.join();
  }));
  return c;
}

function assertAllClose(c: Coordinator, expected: number, tol = 1e-4): void {
  for (const t of c.globalWeights) for (const v of t.values) assert.ok(Math.abs(v - expected) <= tol, `weight ${v}, expected ${expected}`);
}

describe("secure aggregation end to end (in-memory transport)", function () {
  this.timeout(30_000);
  for (const protocol of ["secagg+", "additive"] as const) {
    it(`${protocol}: the model equals the plaintext weighted FedAvg within the fixed-point error`, async () => {
      const c = await secureFederation(protocol, [
        { name: "alice", examples: 10, target: 2 }, { name: "bob", examples: 30, target: -2 }, { name: "carol", examples: 20, target: 4 },
      ]);
      const { rounds } = await c.run();
      // deltas 1, -1, 2 weighted 10:30:20 => (10 - 30 + 40) / 60 = 1/3
      assertAllClose(c, 1 / 3);
      assert.equal(rounds[0]!.contributors.length, 3);
      assert.equal(rounds[0]!.extras.dropped, 0);
      c.shutdown();
    });
  }

  it("secagg+: a worker that drops after sharing keys is recovered; the sum is exactly the survivors'", async () => {
    const names = ["w1", "w2", "w3", "w4", "w5", "w6"];
    const c = await secureFederation("secagg+", names.map((name, i) => ({ name, examples: 10, target: i + 1,
      ...(name === "w2" ? { dropAt: (_r: number, p: DropPoint) => p === "MaskedInput" } : {}) })));
    const { rounds } = await c.run();
    const r = rounds[0]!;
    assert.ok(r.applied, `aborted: ${r.abortReason}`);
    assert.deepEqual([...r.contributors].sort(), ["w1", "w3", "w4", "w5", "w6"]);
    // survivors' deltas (target/2): 0.5, 1.5, 2, 2.5, 3 => mean 1.9
    assertAllClose(c, 1.9);
    assert.equal(r.failures.find((f) => f.worker === "w2")?.code, "ROUND_ABORTED");
    c.shutdown();
  });

  it("secagg+: a worker that stalls past the stage deadline (connected, silent) is treated as a drop and the survivors' sum is exact", async () => {
    const names = ["w1", "w2", "w3", "w4", "w5"];
    const stall = (b: Body): Body | null => (b.type === "secaggReply" && b.reply.stage === "ShareKeys" ? null : b);
    const c = await secureFederation("secagg+", names.map((name, i) => ({ name, examples: 10, target: i + 1, ...(name === "w4" ? { tamper: stall } : {}) })), [], true, 300);
    const { rounds } = await c.run();
    const r = rounds[0]!;
    assert.ok(r.applied, `aborted: ${r.abortReason}`);
    assert.deepEqual([...r.contributors].sort(), ["w1", "w2", "w3", "w5"]);
    assert.equal(r.failures.find((f) => f.worker === "w4")?.code, "TIMEOUT");
    assertAllClose(c, (0.5 + 1 + 1.5 + 2.5) / 4);
    c.shutdown();
  });

  it("additive: a drop at AdvertiseKeys aborts too (threshold = n: every participant must share), before any input is masked", async () => {
    const c = await secureFederation("additive", [
      { name: "alice", examples: 10, target: 2 }, { name: "bob", examples: 10, target: 2, dropAt: (_r, p) => p === "AdvertiseKeys" }, { name: "carol", examples: 10, target: 2 },
      { name: "dave", examples: 10, target: 2 },
    ], [], true, 2_000, 4);
    const { rounds } = await c.run();
    assert.equal(rounds[0]!.applied, false);
    assert.match(rounds[0]!.abortReason ?? "", /dropped at AdvertiseKeys/);
    assertAllClose(c, 0, 0);
    c.shutdown();
  });

  it("additive: a drop after sharing began aborts the round and leaves the model unchanged", async () => {
    const c = await secureFederation("additive", [
      { name: "alice", examples: 10, target: 2 }, { name: "bob", examples: 10, target: 2, dropAt: (_r, p) => p === "MaskedInput" }, { name: "carol", examples: 10, target: 2 },
    ]);
    const { rounds } = await c.run();
    assert.equal(rounds[0]!.applied, false);
    assert.match(rounds[0]!.abortReason ?? "", /worker\(s\) bob dropped at MaskedInput|dropped at MaskedInput/);
    assertAllClose(c, 0, 0);
    c.shutdown();
  });

  it("canary: with secure aggregation on, no byte the coordinator receives carries a worker's update", async () => {
    const seen: Uint8Array[] = [];
    // alice's update is exactly 1.25 everywhere (0 -> 2.5 halfway): its float32 and fixed-point encodings must never appear.
    const c = await secureFederation("secagg+", [{ name: "alice", examples: 10, target: 2.5 }, { name: "bob", examples: 10, target: -1 }, { name: "carol", examples: 10, target: 0.5 }], seen, false);
    const secure = new RingSecureDriver({ protocol: "secagg+", clipRange: 8, weighted: false, maxExamples: 1000, stageTimeoutMs: 1 });
    const scale = secure.protection(c["options"].protection, c.workers).scale;
    await c.run();
    assertAllClose(c, (1.25 - 0.5 + 0.25) / 3);
    const float = new Uint8Array(Float32Array.from([1.25, 1.25]).buffer);
    const fixed = new Uint8Array(Uint32Array.from([Math.round(1.25 * scale), Math.round(1.25 * scale)]).buffer);
    const contains = (hay: Uint8Array, needle: Uint8Array): boolean => Buffer.from(hay).indexOf(Buffer.from(needle)) >= 0;
    assert.ok(seen.length > 10);
    for (const m of seen) {
      assert.ok(!contains(m, float), "a float32 copy of alice's update reached the coordinator");
      assert.ok(!contains(m, fixed), "a fixed-point copy of alice's update reached the coordinator");
    }
    c.shutdown();
  });
});
