/** The runnable examples (examples/custom-task, custom-strategy, simulation-from-code) run as a user runs them and do what they say. */
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { mkdtempSync, rmSync, existsSync, readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";

const ROOT = path.resolve(__dirname, "../..");
const run = promisify(execFile);

/** Runs an example with --json; its last stdout line is its report. */
async function runExample(file: string, ...args: string[]): Promise<Record<string, unknown>> {
  const { stdout } = await run(process.execPath, [path.join(ROOT, "bin/run-ts.js"), file, "--json", ...args], { cwd: ROOT, timeout: 120_000 });
  const last = stdout.trim().split("\n").at(-1)!;
  return JSON.parse(last) as Record<string, unknown>;
}

describe("examples/", function () {
  this.timeout(180_000);

  it("import the library only by its package name (conclave/...), never by a relative path into it", () => {
    for (const file of ["custom-task/main.ts", "custom-strategy/main.ts", "custom-strategy/decaying-fedavgm.ts", "simulation-from-code/main.ts"]) {
      const text = readFileSync(path.join(ROOT, "examples", file), "utf8");
      const sources = [...text.matchAll(/from "([^"]+)"/g)].map((m) => m[1]!);
      assert.ok(sources.some((s) => s.startsWith("conclave")), `${file} imports conclave`);
      for (const s of sources) assert.ok(s.startsWith("conclave") || s.startsWith("node:") || s.startsWith("./"), `${file}: ${s}`);
    }
  });

  it("custom-task: a task defined in code trains under SecAgg+ near its baseline, and its tfjs model reopens as a task's model", async () => {
    const out = mkdtempSync(path.join(os.tmpdir(), "conclave-example-task-"));
    try {
      const r = await runExample("examples/custom-task/main.ts", "--out", out);
      assert.equal(r.task, "clinic-readmission");
      assert.equal(r.rows, 600);
      assert.deepEqual(r.features, ["age", "bmi", "systolic_bp", "smoker"]); // patient_id left out
      assert.equal(r.rounds, 8);
      const [central, federated] = [r.centralisedAccuracy as number, r.federatedAccuracy as number];
      assert.ok(central > 0.7, `centralised accuracy ${central}`);
      assert.ok(federated > central - 0.05, `federated ${federated} within 5 points of centralised ${central}`);
      assert.equal(r.modelJson, path.join(out, "model", "model.json"));
      assert.ok(existsSync(path.join(out, "model", "weights.bin")));
      assert.equal(r.reopenedWeightsEqual, true);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });

  it("custom-strategy: a user's Strategy class runs every round under SecAgg+ with its decaying server step, and the model learns", async () => {
    const r = await runExample("examples/custom-strategy/main.ts", "--rounds", "10");
    const steps = r.steps as { round: number; learningRate: number; contributors: number }[];
    assert.deepEqual(steps.map((s) => s.round), [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    for (const s of steps) {
      assert.ok(Math.abs(s.learningRate - 1 / Math.sqrt(s.round)) < 1e-12);
      assert.equal(s.contributors, 4);
    }
    const mse = r.testMsePerRound as number[];
    assert.equal(mse.length, 10);
    assert.ok(mse[9]! < 40 && mse[9]! < mse[0]! / 5, `test MSE ${mse[0]} -> ${mse[9]}`);
  });

  it("simulation-from-code: a client function of one's own feeds the coordinator driver; injected drops are survived", async () => {
    const r = await runExample("examples/simulation-from-code/main.ts", "--rounds", "6");
    assert.equal(r.partition, "dirichlet:0.5");
    const rows = Object.values(r.rowsPerSite as Record<string, number>);
    assert.equal(rows.length, 10);
    assert.ok(new Set(rows).size > 3, "non-IID: the sites hold different numbers of rows");
    const perRound = r.perRound as { round: number; contributors: number; failed: number; applied: boolean; accuracy: number }[];
    assert.equal(perRound.length, 6);
    assert.ok((r.injectedDrops as number) > 0);
    assert.ok(perRound.some((p) => p.failed > 0) && perRound.every((p) => p.applied), "rounds with a dropped site still apply (SecAgg+ recovers)");
    assert.ok((r.finalAccuracy as number) > 0.66, `accuracy ${r.finalAccuracy} above the majority class (0.65)`);
  });
});
