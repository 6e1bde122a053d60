// The independent client (test/interop/client, written from docs/protocol.md and proto/ only)
// joins a live coordinator over socket.io on 127.0.0.1 beside four of the project's own workers,
// takes part in round 0 (secure statistics) and a SecAgg+ round in which one real worker drops
// after sharing its keys, and the coordinator's model is the survivors' FedAvg including ours.
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { loadMembership } from "../../bin/federation-io";
import { readKeyFile } from "../../bin/key-store";
import { Coordinator } from "../../server/coordinator";
import { DEFAULT_CLIP_RANGE, RingSecureDriver } from "../../server/round/ring-driver";
import { FedAvg } from "../../server/strategy/fedavg";
import { SocketIoServerTransport } from "../../server/transport/socketio-server";
import { PLAINTEXT_PROTECTION, type Standardisation } from "../../shared/protocol/messages";
import { describeTask } from "../../shared/protocol/task-description";
import { initialTaskWeights } from "../../shared/task/init-weights";
import { BOSTON_TASK } from "../../shared/task/tasks";
import { connectSocketIo } from "../../worker/transport/socketio-client";
import { WorkerClient } from "../../worker/worker-client";
import { FakeLearner } from "../support/fake-learner";
import { TEST_POLICY, testRng } from "../support/federation";
import { devFederation } from "../support/processes";
import { InteropWorker } from "./client/interop-worker";

const MAX_EXAMPLES = 1000;
const CLIP_NORM = 5;
const STEP = 0.01;
/** The project's workers: name, examples, the target their fake training moves toward. */
const REAL = [["alice", 100, 2], ["bob", 200, -3], ["carol", 300, 1], ["dave", 400, -1]] as const;
const DROPPER = "bob";
/** The client's own site: its examples, its fixed update (+0.05 on every weight, clipped by its own bound), its statistics. */
const OURS = { name: "interop", examples: 250, delta: 0.05, ownClip: 0.5, loss: 0.75 };
const F = BOSTON_TASK.model.inputShape.reduce((a, b) => a * b, 1); // model columns (section 10)
const OUR_MOMENTS = { mean: Array.from({ length: F }, (_, j) => (j === 0 ? 2 : 1.5)), meanSquare: Array.from({ length: F }, (_, j) => (j === 0 ? 4 + 9 : 2.25 + 0.25)) };

describe("interop: an independent client in a live SecAgg+ round with a dropout", function () {
  this.timeout(120_000);
  let dir = "";
  let transport: SocketIoServerTransport | null = null;
  let coordinator: Coordinator | null = null;
  before(() => { dir = mkdtempSync(path.join(tmpdir(), "conclave-interop-")); });
  after(async () => {
    await coordinator?.shutdown("failed", "test cleanup", 0);
    await transport?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("the coordinator's model is exactly the FedAvg of the survivors' updates, the client's included", async () => {
    const fed = path.join(dir, "fed");
    devFederation(fed, [...REAL.map(([n]) => n), OURS.name]);
    const described = describeTask(BOSTON_TASK);
    // The site is handed the task's description, as `conclave task describe boston --out FILE` writes it (section 6).
    writeFileSync(path.join(dir, "task.json"), described.json);
    const membership = loadMembership(path.join(fed, "federation.json"));
    const initial = initialTaskWeights(BOSTON_TASK, 1);
    const computed: { standardisation: Standardisation | null } = { standardisation: null };
    coordinator = new Coordinator({
      membership, identity: readKeyFile(path.join(fed, "coordinator.key")), task: { ...described, kind: BOSTON_TASK.kind },
      maxExamples: MAX_EXAMPLES, rounds: 1, initialWeights: initial, rng: testRng(), maxMessageBytes: 1 << 24, roundTimeoutMs: 30_000,
      strategy: new FedAvg({ train: { ...BOSTON_TASK.train, seed: 1 }, minFitWorkers: 1 }),
      protection: { ...PLAINTEXT_PROTECTION, clipNorm: CLIP_NORM },
      secure: new RingSecureDriver({ protocol: "secagg+", clipRange: DEFAULT_CLIP_RANGE, weighted: true, maxExamples: MAX_EXAMPLES, stageTimeoutMs: 10_000 }),
      standardise: { features: F, onComputed: (s) => { computed.standardisation = s; } },
    });
    const c = coordinator;
    transport = await SocketIoServerTransport.listen({ port: 0, host: "127.0.0.1", maxMessageBytes: 1 << 24 });
    transport.onConnection((conn) => c.addConnection(conn));
    const url = `http://127.0.0.1:${transport.port}`;

    const ours = new InteropWorker({
      url, federationFile: path.join(fed, "federation.json"), keyFile: path.join(fed, `${OURS.name}.key`), name: OURS.name,
      task: JSON.parse(readFileSync(path.join(dir, "task.json"), "utf8")), taskName: "boston", numExamples: OURS.examples,
      update: (weights) => weights.map((w) => new Float64Array(w.shape.reduce((a, b) => a * b, 1)).fill(OURS.delta)),
      loss: OURS.loss, ownClipNorm: OURS.ownClip, moments: OUR_MOMENTS,
      ...(process.env.INTEROP_TRACE ? { trace: (line: string) => process.stderr.write(`[interop] ${line}\n`) } : {}),
    });
    await ours.connect();
    const workers = await Promise.all(REAL.map(async ([name, examples, target]) => {
      const w = new WorkerClient(await connectSocketIo(url, { attempts: 2 }), {
        name, task: { ...described, kind: BOSTON_TASK.kind, clipNorm: 1000 }, learner: new FakeLearner(examples, target, STEP, { features: F }),
        identity: readKeyFile(path.join(fed, `${name}.key`)), membership, policy: TEST_POLICY,
        ...(name === DROPPER ? { dropAt: (round: number, point: string) => round === 1 && point === "MaskedInput" } : {}),
      });
      await w.join();
      return w;
    }));
    await c.waitForWorkers(REAL.length + 1, 30_000);
    const history = await c.run();
    await c.shutdown("finished");
    const record = await ours.finished;
    await Promise.all(workers.map((w) => w.closed));

    // The client was admitted, took part in both secure sums, and heard how the run ended.
    assert.deepEqual(record.refusalsSent, [], "the client refused nothing");
    assert.deepEqual(record.errorsReceived, [], "the coordinator refused nothing of the client's");
    assert.equal(record.welcome?.participantId, membership.sites.findIndex((s) => s.name === OURS.name) + 1);
    for (const round of [0, 1]) {
      assert.deepEqual(record.secaggReplies.filter((r) => r.startsWith(`${round}:`)),
        ["AdvertiseKeys", "ShareKeys", "MaskedInput", "ConsistencyCheck", "Unmask"].map((s) => `${round}:${s}`));
    }
    assert.equal(record.bye?.outcome, "FINISHED");

    const r = history.rounds.find((x) => x.round === 1);
    assert.ok(r?.applied, `round 1 did not apply: ${r?.abortReason}`);
    const survivors = [...REAL.filter(([n]) => n !== DROPPER), [OURS.name, OURS.examples, 0] as const];
    assert.deepEqual([...r.contributors].sort(), survivors.map(([n]) => n).sort());

    // Round 0: the federation-wide means and (population) deviations of every site's rows, all five included.
    const everyone = [
      ...REAL.map(([, e, t]) => ({ e, mean: Array.from({ length: F }, (_, j) => (j === 0 ? t : 1)), meanSquare: Array.from({ length: F }, (_, j) => (j === 0 ? t * t + 4 : 2)) })),
      { e: OURS.examples, ...OUR_MOMENTS },
    ];
    const rows = everyone.reduce((a, s) => a + s.e, 0);
    const s0 = computed.standardisation;
    assert.ok(s0 !== null, "round 0 computed the standardisation");
    assert.equal(record.protections.get("0/stats")?.clipRange, 1e8);
    for (let j = 0; j < F; j++) {
      const mean = everyone.reduce((a, s) => a + s.e * s.mean[j]!, 0) / rows;
      const std = Math.sqrt(everyone.reduce((a, s) => a + s.e * s.meanSquare[j]!, 0) / rows - mean * mean);
      assert.ok(Math.abs(s0.mean[j]! - mean) < 1e-6, `mean of feature ${j}: ${s0.mean[j]} vs ${mean}`);
      assert.ok(Math.abs(s0.std[j]! - std) < 1e-6, `std of feature ${j}: ${s0.std[j]} vs ${std}`);
    }

    // Round 1: w1 = w0 + Σ c_i Δ_i / Σ c_i over the survivors, c_i = min(examples, max_examples of the round),
    // Δ our clipped constant update or the fake learner's step; off by at most 1/scale per contributor (in the
    // round's weight unit) plus the float32 rounding of the stored weight.
    const p = record.protections.get("1/fit");
    assert.ok(p !== undefined);
    const unit = p.maxExamples;
    const parameters = initial.reduce((a, t) => a + t.values.length, 0);
    const ourValue = Math.min(OURS.delta, OURS.ownClip / Math.sqrt(parameters));
    const counts = survivors.reduce((a, [, e]) => a + Math.min(e, unit), 0);
    const resolution = (survivors.length / p.scale) * (unit / counts);
    let worst = 0;
    initial.forEach((t, ti) => {
      const now = c.globalWeights[ti]!;
      assert.equal(now.name, t.name);
      t.values.forEach((w0, i) => {
        const sum = survivors.reduce((a, [name, e, target]) => a + Math.min(e, unit) * (name === OURS.name ? ourValue : STEP * (target - w0)), 0);
        const expected = w0 + sum / counts;
        worst = Math.max(worst, Math.abs(now.values[i]! - expected) / (resolution + Math.abs(expected) * 2 ** -23));
      });
    });
    assert.ok(worst <= 1, `the model is off the survivors' FedAvg by ${worst} times the fixed-point resolution ${resolution}`);
    // Without our update the model would be off by far more than the tolerance: the client's input is in the sum.
    assert.ok((Math.min(OURS.examples, unit) * ourValue) / counts > 1000 * resolution);
  });
});
