import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import path from "node:path";

const root = path.resolve(__dirname, "../..");

function demo(args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, ["bin/conclave.js", "demo", ...args, "--json", "--no-report", "--no-progress"], {
    cwd: root, encoding: "utf8", timeout: 120_000, env: { ...process.env, CONCLAVE_LOG_LEVEL: "warn" },
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

describe("dp-wiring: conclave demo --dp (child process)", function () {
  this.timeout(120_000);

  it("refuses bad DP input before training: a sentence on stderr, a non-zero exit, no summary", () => {
    const noSecagg = demo(["boston", "--dp", "distributed", "--secagg", "none"]);
    assert.notEqual(noSecagg.status, 0);
    assert.match(noSecagg.stderr, /Distributed DP .* needs --secagg secagg\+ or --secagg additive/);
    assert.equal(noSecagg.stdout.trim(), "", "nothing trained, nothing printed");
    assert.doesNotMatch(noSecagg.stderr, /round done|\n\s+at /, "no round ran and no stack trace");

    const budget = demo(["pima", "--dp", "central", "--noise", "0.5", "--epsilon-budget", "0.2"]);
    assert.notEqual(budget.status, 0);
    assert.match(budget.stderr, /epsilon budget 0\.2 is already exceeded after round 1/);
    assert.equal(budget.stdout.trim(), "");
  });

  it("demo boston --dp distributed --secagg secagg+ --dropout 0.2 --rounds 3 --workers 6: epsilon, dropouts and the non-DP comparison in the JSON", () => {
    const r = demo(["boston", "--dp", "distributed", "--secagg", "secagg+", "--dropout", "0.2", "--rounds", "3", "--workers", "6", "--no-baseline"]);
    assert.equal(r.status, 0, r.stderr);
    const summary: unknown = JSON.parse(r.stdout.trim().split("\n").at(-1)!);
    assert.ok(isRecord(summary));
    const dp = summary.dp;
    assert.ok(isRecord(dp));
    assert.equal(dp.mode, "distributed");
    assert.equal(dp.clip, 1);
    assert.equal(dp.delta, 1e-5);
    assert.equal(typeof dp.noise, "number");
    assert.ok(typeof dp.epsilon === "number" && Number.isFinite(dp.epsilon) && dp.epsilon > 0, `epsilon ${String(dp.epsilon)}`);
    assert.ok(typeof dp.plannedEpsilon === "number" && dp.epsilon <= dp.plannedEpsilon);
    assert.equal(dp.minSurvivors, 4); // 6 workers: k = 5, c = 1, t = 4
    const dropouts = summary.dropouts;
    assert.ok(isRecord(dropouts));
    assert.ok(typeof dropouts.injected === "number" && dropouts.injected > 0, "the seeded injector drops someone in 3 rounds of 6 workers");
    assert.ok(isRecord(summary.federated) && typeof summary.federated.testMse === "number");
    assert.ok(isRecord(summary.federatedNoDp) && typeof summary.federatedNoDp.testMse === "number");
    assert.equal(summary.rounds, 3);
  });
});
