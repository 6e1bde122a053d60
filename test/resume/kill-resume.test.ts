import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import * as tf from "@tensorflow/tfjs";
import { lastJsonLine, type Running } from "../support/spawn-conclave";
import { waitFor } from "../support/wait-for";
import { devFederation, listeningPort, splitBoston } from "../support/processes";
import { finalWeights, freePort, ProcessFederation } from "./support";
import { selectBackend } from "../../worker/backend/select-backend";

const ROUNDS = 3;

/**
 * The real `conclave coordinator` with real `conclave worker` processes on 127.0.0.1: SIGKILL
 * the coordinator when a stage of a round has been sent (its debug log line), restart it with
 * the same --state, and the run ends with exactly the planned rounds and the model a run
 * without the kill gives.
 */
describe("coordinator killed mid-round and resumed from --state", function () {
  this.timeout(300_000);
  let dir = "";
  let fed: ProcessFederation;
  const sites = ["hospital-0", "hospital-1", "hospital-2"];

  before(() => {
    dir = mkdtempSync(path.join(tmpdir(), "conclave-resume-"));
    splitBoston(dir, 3);
    devFederation(path.join(dir, "fed"), sites);
    fed = new ProcessFederation(dir, sites);
  });
  afterEach(() => fed.killAll());
  after(() => rmSync(dir, { recursive: true, force: true }));

  async function finished(c: Running, workers: readonly Running[]): Promise<Record<string, unknown>> {
    assert.equal(await c.exited, 0, c.stderr.slice(-3000));
    for (const w of workers) assert.equal(await w.exited, 0, w.stderr.slice(-2000));
    return lastJsonLine(c.stdout);
  }

  /** An uninterrupted run; returns its summary and final weights. */
  async function baseline(name: string, flags: readonly string[], workerFlags: readonly string[]): Promise<{ summary: Record<string, unknown>; weights: Buffer }> {
    const state = path.join(dir, `${name}-state`);
    const port = await freePort();
    const c = fed.coordinator(port, ["--rounds", String(ROUNDS), "--state", state, ...flags]);
    const summary = await finished(c, fed.workers(port, workerFlags));
    return { summary, weights: finalWeights(state) };
  }

  /**
   * A run whose coordinator is SIGKILLed once `killLine` appears in its log, then restarted with
   * the same --state on the same port. `workersReconnect`: the workers (--retry forever) reconnect
   * to it by themselves; otherwise (--retry 1) they exit 5 and are restarted, as a supervisor would.
   */
  async function killed(name: string, killLine: RegExp, flags: readonly string[], workerFlags: readonly string[], workersReconnect: boolean):
  Promise<{ summary: Record<string, unknown>; weights: Buffer; first: Running; second: Running }> {
    const state = path.join(dir, `${name}-state`);
    const port = await freePort();
    const args = ["--rounds", String(ROUNDS), "--state", state, ...flags];
    const first = fed.coordinator(port, args, { CONCLAVE_LOG_LEVEL: "debug" });
    await listeningPort(first);
    const workers = fed.workers(port, [...workerFlags, "--retry", workersReconnect ? "forever" : "1"]);
    await waitFor(() => killLine.test(first.stderr) || first.child.exitCode !== null, `the coordinator to log ${killLine}`, 120_000);
    first.child.kill("SIGKILL");
    await first.exited;
    assert.ok(killLine.test(first.stderr), first.stderr.slice(-3000));
    if (!workersReconnect) {
      for (const w of workers) assert.equal(await w.exited, 5, w.stderr.slice(-2000));
      const second = fed.coordinator(port, args);
      await listeningPort(second);
      const summary = await finished(second, fed.workers(port, workerFlags));
      return { summary, weights: finalWeights(state), first, second };
    }
    const second = fed.coordinator(port, args);
    const summary = await finished(second, workers);
    for (const w of workers) assert.match(w.stderr, /reconnected to run [0-9a-f-]{36} \(\d of 3 rounds completed\); taking part from the next round/);
    return { summary, weights: finalWeights(state), first, second };
  }

  function runIdOf(c: Running): string {
    const m = /run ([0-9a-f-]{36}) (starting|resuming)/.exec(c.stderr);
    assert.ok(m, c.stderr.slice(-2000));
    return m[1]!;
  }

  describe("plaintext (bit-identical model)", () => {
    const flags = ["--secagg", "none"];
    const workerFlags = ["--accept", "none"];
    let reference: { summary: Record<string, unknown>; weights: Buffer };
    before(async () => { reference = await baseline("plain", flags, workerFlags); });

    for (const [label, line, reconnect] of [["round 2, fit", /round 2: training requested/, false], ["round 1, fit", /round 1: training requested/, true]] as const) {
      it(`killed at ${label} (${reconnect ? "workers reconnect" : "workers restarted"}): resumes the same run, runs each round once, ends with the same bits`, async () => {
        const r = await killed(`plain-${label.replace(/\W+/g, "-")}`, line, flags, workerFlags, reconnect);
        assert.equal(runIdOf(r.second), runIdOf(r.first), "same run id");
        assert.match(r.second.stderr, new RegExp(`resuming run ${runIdOf(r.first)} from its checkpoint after round ${label.startsWith("round 2") ? 1 : 0}`));
        assert.equal(r.summary.rounds, ROUNDS);
        assert.equal(r.summary.roundsApplied, ROUNDS);
        assert.equal(r.summary.runId, runIdOf(r.first));
        assert.equal(r.weights.toString("hex"), reference.weights.toString("hex"));
      });
    }

    it("exports every kept checkpoint's model and the final one in the tfjs format, and tf.loadLayersModel opens it", async () => {
      const state = path.join(dir, "plain-state");
      const entries = readdirSync(state).sort();
      assert.deepEqual(entries.filter((e) => e.startsWith("checkpoint-")), ["checkpoint-000001.json", "checkpoint-000002.json", "checkpoint-000003.json"]);
      assert.deepEqual(entries.filter((e) => e.startsWith("model-")), ["model-final", "model-round-000001", "model-round-000002", "model-round-000003"]);
      assert.ok(!entries.some((e) => e.includes(".tmp")), "no temporary file left");
      assert.equal(readFileSync(path.join(state, "model-round-000003", "weights.bin")).toString("hex"), reference.weights.toString("hex"));
      const modelDir = path.join(state, "model-final");
      const json: unknown = JSON.parse(readFileSync(path.join(modelDir, "model.json"), "utf8"));
      const manifest: unknown = Reflect.get(Object(Reflect.get(Object(json), "weightsManifest")), 0);
      const specs: unknown = Reflect.get(Object(manifest), "weights");
      assert.ok(Array.isArray(specs));
      const bin = readFileSync(path.join(modelDir, "weights.bin"));
      await selectBackend("wasm");
      const model = await tf.loadLayersModel(tf.io.fromMemory({
        modelTopology: Object(Reflect.get(Object(json), "modelTopology")),
        weightSpecs: specs.map((e: unknown) => ({ name: String(Reflect.get(Object(e), "name")), shape: Array.from(Reflect.get(Object(e), "shape") ?? [], Number), dtype: "float32" as const })),
        weightData: bin.buffer.slice(bin.byteOffset, bin.byteOffset + bin.byteLength),
      }));
      const out = model.predict(tf.zeros([1, 13]));
      assert.ok(out instanceof tf.Tensor);
      assert.deepEqual(out.shape, [1, 1]);
      assert.ok(Number.isFinite((await out.data())[0]));
      tf.dispose(out);
      model.dispose();
    });

    it("refuses a checkpoint made with another configuration (exit 2), naming what differs", async () => {
      const c = fed.coordinator(await freePort(), ["--rounds", "5", "--state", path.join(dir, "plain-state"), ...flags]);
      assert.equal(await c.exited, 2, c.stderr.slice(-2000));
      assert.match(c.stderr, /made with another configuration \(rounds: 3 in the checkpoint, 5 now\)/);
    });
  });

  describe("SecAgg+ (the same applied rounds)", () => {
    let reference: { summary: Record<string, unknown>; weights: Buffer };
    before(async () => { reference = await baseline("secagg", [], []); });

    for (const [label, line] of [["round 0, AdvertiseKeys", /round 0: secagg\+ AdvertiseKeys stage sent/], ["round 2, ShareKeys", /round 2: secagg\+ ShareKeys stage sent/],
      ["round 3, MaskedInput", /round 3: secagg\+ MaskedInput stage sent/], ["round 1, Unmask", /round 1: secagg\+ Unmask stage sent/]] as const) {
      it(`killed at ${label}: the run resumes and applies each planned round once`, async () => {
        const r = await killed(`secagg-${label.replace(/\W+/g, "-")}`, line, [], [], true);
        assert.equal(runIdOf(r.second), runIdOf(r.first));
        assert.equal(r.summary.rounds, ROUNDS);
        assert.equal(r.summary.roundsApplied, reference.summary.roundsApplied);
        assert.equal(r.summary.roundsApplied, ROUNDS);
        const a = new Float32Array(r.weights.buffer.slice(r.weights.byteOffset, r.weights.byteOffset + r.weights.byteLength));
        const b = new Float32Array(reference.weights.buffer.slice(reference.weights.byteOffset, reference.weights.byteOffset + reference.weights.byteLength));
        const worst = a.reduce((m, v, i) => Math.max(m, Math.abs(v - b[i]!)), 0);
        // Measured: 0 at every kill point (the ring sum of the same contributors is exact).
        assert.equal(worst, 0, `SecAgg+ ${label}: largest weight difference to the uninterrupted run ${worst}`);
      });
    }
  });
});
