import assert from "node:assert/strict";
import { lastJsonLine, spawnConclave } from "../support/spawn-conclave";

async function conclave(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const p = spawnConclave(args, { CONCLAVE_LOG_LEVEL: "warn" });
  const code = await p.exited;
  return { code, stdout: p.stdout, stderr: p.stderr };
}

function field(o: Record<string, unknown>, a: string, b: string): unknown {
  const inner = o[a];
  return typeof inner === "object" && inner !== null ? Reflect.get(inner, b) : undefined;
}

describe("--strategy on the command line (real processes)", function () {
  this.timeout(120_000);
  const quick = ["--no-report", "--no-progress", "--json"];

  it("refuses a robust strategy under secure aggregation before training, saying why and what to do", async () => {
    const r = await conclave(["simulate", "--task", "pima", "--workers", "5", "--strategy", "fedmedian", ...quick]);
    assert.equal(r.code, 2, "a usage error");
    assert.match(r.stderr, /strategy fedmedian screens each worker's update, but secure aggregation \(secagg\+\) shows the coordinator only their sum.*use --secagg none with fedmedian, or a strategy that needs only the sum: fedavg, fedavgm/);
    assert.equal(r.stdout, "", "nothing trained");
  });

  it("refuses a robust strategy under DP, a parameter the strategy does not take, and an unknown name", async () => {
    const dp = await conclave(["simulate", "--task", "pima", "--workers", "5", "--secagg", "none", "--dp", "central", "--noise", "1", "--clip", "1", "--strategy", "krum", ...quick]);
    assert.equal(dp.code, 2, "a usage error");
    assert.match(dp.stderr, /krum screens each worker's update, but DP-FedAvg hands the strategy only a \(noisy\) sum/);
    const unused = await conclave(["simulate", "--task", "pima", "--workers", "5", "--strategy", "fedadam", "--trim-fraction", "0.1", ...quick]);
    assert.equal(unused.code, 2);
    assert.match(unused.stderr, /fedadam does not use --trim-fraction/);
    const defaulted = await conclave(["simulate", "--task", "pima", "--workers", "5", "--byzantine", "1", ...quick]);
    assert.match(defaulted.stderr, /fedavg does not use --byzantine.*the default for this task and partition; pick another with --strategy/);
    const unknown = await conclave(["simulate", "--task", "pima", "--strategy", "fedsgd", ...quick]);
    assert.equal(unknown.code, 2);
    assert.match(unknown.stderr, /Allowed choices are fedavg, fedavgm/);
  });

  it("runs a chosen strategy with its parameters and reports them", async () => {
    const r = await conclave(["simulate", "--task", "pima", "--workers", "9", "--rounds", "2", "--secagg", "none", "--strategy", "multikrum", "--byzantine", "2", "--keep", "4", ...quick]);
    assert.equal(r.code, 0, r.stderr.slice(-2000));
    const s = lastJsonLine(r.stdout);
    assert.deepEqual(s.strategy, { name: "multikrum", serverLearningRate: 1, byzantine: 2, keep: 4 });
    assert.equal(s.rounds, 2);
  });

  it("the Pima demo on a non-IID split picks FedYogi and clears 0.70 (seed 1, 50 workers, Dirichlet 0.5)", async () => {
    const r = await conclave(["demo", "pima", "--workers", "50", "--partition", "dirichlet:0.5", "--secagg", "none", "--no-baseline", "--seed", "1", ...quick]);
    assert.equal(r.code, 0, r.stderr.slice(-2000));
    const s = lastJsonLine(r.stdout);
    assert.equal(field(s, "strategy", "name"), "fedyogi");
    assert.equal(field(s, "strategy", "serverLearningRate"), 0.1);
    const accuracy = field(s, "federated", "testAccuracy");
    assert.ok(typeof accuracy === "number" && accuracy >= 0.7, `accuracy ${String(accuracy)}`);
  });

  it("the Boston demo picks FedAvgM", async () => {
    const r = await conclave(["demo", "boston", "--rounds", "2", "--secagg", "none", "--no-baseline", ...quick]);
    assert.equal(r.code, 0, r.stderr.slice(-2000));
    assert.deepEqual(lastJsonLine(r.stdout).strategy, { name: "fedavgm", serverLearningRate: 1, serverMomentum: 0.5 });
  });
});
