import assert from "node:assert/strict";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { CheckpointError } from "../../server/checkpoint/checkpoint-error";
import type { Checkpoint } from "../../server/checkpoint/checkpoint-file";
import { CheckpointStore } from "../../server/checkpoint/checkpoint-store";
import type { RunSnapshot } from "../../server/checkpoint/run-snapshot";
import { DifferentialPrivacyStrategy } from "../../server/strategy/dp-strategy";
import { createStrategy } from "../../server/strategy/create-strategy";
import { StrategyConfigError } from "../../server/strategy/strategy-config-error";
import { WorkerAccountant, localCharge } from "../../worker/privacy/worker-accountant";
import { DEFAULT_WORKER_POLICY } from "../../worker/policy/worker-policy";
import { SiteStateFile } from "../../bin/worker/site-state-file";
import { TRAIN } from "../support/federation";

const snapshot = (round: number): RunSnapshot => ({
  runId: "run-1", round, consecutiveFailures: 0, standardisation: { mean: [1.5], std: [0.25] },
  // Values whose float32 bits a decimal round trip could lose if it were done carelessly: NaN-free, subnormal, -0.
  weights: [{ name: "dense/kernel", shape: [2, 2], values: Float32Array.from([Math.fround(0.1), -0, 1.4e-45, 3.4028234663852886e38]) }],
  records: [],
});

const checkpoint = (round: number): Checkpoint => ({
  snapshot: snapshot(round), roundsPlanned: 9, configHash: "a".repeat(64), config: { rounds: 9 }, strategy: null, sampling: { source: "csprng" }, savedAt: "now",
});

describe("checkpoint store", () => {
  let dir = "";
  beforeEach(() => { dir = mkdtempSync(path.join(tmpdir(), "conclave-store-")); });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it("round-trips a checkpoint bit for bit, keeps the newest N with their models, and leaves no temporary file", async () => {
    const exported: string[] = [];
    const store = new CheckpointStore(dir, 2, async (d, w) => {
      exported.push(d);
      const { mkdirSync } = await import("node:fs");
      mkdirSync(d);
      writeFileSync(path.join(d, "weights.bin"), Buffer.from(w[0]!.values.buffer));
    });
    assert.equal(store.latest(), null);
    for (const r of [0, 1, 2, 3]) await store.save(checkpoint(r));
    assert.deepEqual(readdirSync(dir).sort(), ["checkpoint-000002.json", "checkpoint-000003.json", "model-round-000002", "model-round-000003"]);
    const back = store.latest()!;
    assert.equal(back.snapshot.round, 3);
    assert.equal(Buffer.from(back.snapshot.weights[0]!.values.buffer).toString("hex"), Buffer.from(snapshot(3).weights[0]!.values.buffer).toString("hex"));
    assert.deepEqual(back.snapshot.standardisation, { mean: [1.5], std: [0.25] });
    assert.equal(exported.length, 3, "round 0 has no model to export");
    await store.saveFinal(back.snapshot.weights);
    assert.ok(readdirSync(dir).includes("model-final"));
  });

  it("a damaged newest checkpoint is refused with a sentence naming the file", async () => {
    const store = new CheckpointStore(dir);
    await store.save(checkpoint(1));
    const file = path.join(dir, "checkpoint-000001.json");
    writeFileSync(file, readFileSync(file, "utf8").slice(0, 100));
    assert.throws(() => store.latest(), (e: unknown) => e instanceof CheckpointError && e.code === "malformed" && e.message.includes(file) && /move it away/.test(e.message));
    writeFileSync(file, JSON.stringify({ version: 1 }));
    assert.throws(() => store.latest(), (e: unknown) => e instanceof CheckpointError && /is not a version 1 checkpoint: runId/.test(e.message));
  });
});

describe("DP strategy and site accountant state", () => {
  it("DP-FedAvg: state -> JSON -> restore gives the same epsilon and rounds; another strategy's state is refused", () => {
    const config = { mode: "central" as const, noiseMultiplier: 1.1, clip: 1, delta: 1e-5 };
    const make = (): DifferentialPrivacyStrategy => new DifferentialPrivacyStrategy(createStrategy("fedavg", { train: TRAIN }), { config, totalWorkers: 4, maxWorkersPerRound: 4, secureAggregation: false });
    const a = make();
    const w = [{ name: "w", shape: [1], values: new Float32Array(1) }];
    for (const r of [1, 2]) {
      a.configureFit(r, w, [{ id: "x", numExamples: 1 }, { id: "y", numExamples: 1 }], { int: () => 0 });
      a.aggregateFit(r, w, { kind: "individual", results: [{ worker: "x", update: new Float32Array([0.1]), numExamples: 1, metrics: {} }] }, []);
    }
    const b = make();
    b.restore(JSON.parse(JSON.stringify(a.state())));
    assert.equal(b.epsilon(), a.epsilon());
    assert.equal(b.accountedRounds, 2);
    assert.throws(() => createStrategy("fedadam", { train: TRAIN }).restore(JSON.parse(JSON.stringify(a.state()))), StrategyConfigError);
  });

  it("the site's state file brings back its accountant: a restarted worker goes on from the epsilon it spent", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "conclave-site-"));
    try {
      const policy = { ...DEFAULT_WORKER_POLICY, dp: { mode: "local" as const, noiseMultiplier: 1, epsilonBudget: 10, delta: 1e-5 } };
      const accountant = new WorkerAccountant(1e-5);
      accountant.charge(localCharge(1));
      accountant.charge(localCharge(1));
      new SiteStateFile(dir).save({ runId: "run-7", accountant, evaluations: 1, roundsTrained: 2 });
      const back = new SiteStateFile(dir).load(policy)!;
      assert.equal(back.runId, "run-7");
      assert.equal(back.evaluations, 1);
      assert.equal(back.accountant!.epsilon(), accountant.epsilon());
      assert.deepEqual(back.accountant!.spent(), accountant.spent());
      assert.equal(new SiteStateFile(path.join(dir, "empty")).load(policy), undefined);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("--state: a round interrupted under DP", () => {
  it("is charged to the coordinator's accountant on resume (at the planned rate), and only when the mark names the next round", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "conclave-inflight-"));
    const { openStateDir } = await import("../../bin/coordinator/state-dir");
    const config = { mode: "central" as const, noiseMultiplier: 1.1, clip: 1, delta: 1e-5 };
    const make = (): DifferentialPrivacyStrategy => new DifferentialPrivacyStrategy(createStrategy("fedavg", { train: TRAIN }), { config, totalWorkers: 4, maxWorkersPerRound: 4, secureAggregation: false });
    const open = (strategy: DifferentialPrivacyStrategy) => openStateDir({ dir, keep: 3, config: { rounds: 9 }, roundsPlanned: 9, strategy });
    try {
      const first = make();
      const state = open(first);
      assert.equal(state.resume, null);
      await state.checkpoint(snapshot(0));
      await state.roundStarting(1);
      // Killed during round 1: resuming charges round 1 once, though the checkpoint holds no release.
      const resumed = make();
      assert.equal(open(resumed).resume!.round, 0);
      assert.equal(resumed.accountedRounds, 1);
      assert.ok(resumed.epsilon() > 0);
      // The charge is on disk, and the mark gone: restarting again (before round 1 starts again) charges nothing more.
      const again = make();
      open(again);
      assert.equal(again.accountedRounds, 1);
      assert.equal(again.epsilon(), resumed.epsilon());
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
