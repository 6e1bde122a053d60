import assert from "node:assert/strict";
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { lastJsonLine, spawnConclave } from "../support/spawn-conclave";

async function demo(args: string[]): Promise<Record<string, unknown>> {
  const p = spawnConclave(args, { CONCLAVE_LOG_LEVEL: "warn" });
  const code = await p.exited;
  assert.equal(code, 0, p.stderr.slice(-3000));
  return lastJsonLine(p.stdout);
}

function num(o: Record<string, unknown>, a: string, b: string): number {
  const inner = o[a];
  const v = typeof inner === "object" && inner !== null ? Reflect.get(inner, b) : undefined;
  if (typeof v !== "number") throw new Error(`${a}.${b} is not a number in ${JSON.stringify(o)}`);
  return v;
}

describe("demos (fixed seed, real processes)", function () {
  this.timeout(240_000);
  let dir = "";
  before(() => { dir = mkdtempSync(path.join(tmpdir(), "conclave-demo-")); });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it("boston: secagg+ by default, federated test MSE within 20% of the centralised baseline, and a report with a plot", async () => {
    const s = await demo(["demo", "boston", "--seed", "1", "--json", "--report-dir", dir, "--no-progress"]);
    assert.equal(s.task, "boston");
    assert.equal(s.workers, 4);
    assert.equal(s.secureAggregation, "secagg+");
    assert.equal(s.dp, null);
    assert.deepEqual(Object.keys(s.secagg as object).sort(), ["neighbors", "threshold"]);
    const central = num(s, "centralized", "testMse");
    const federated = num(s, "federated", "testMse");
    assert.ok(federated <= 1.2 * central, `federated ${federated} vs centralised ${central}`);
    assert.ok(num(s, "federated", "wallSeconds") > 0);
    const runs = readdirSync(dir);
    assert.equal(runs.length, 1);
    const report: unknown = JSON.parse(readFileSync(path.join(dir, runs[0]!, "report.json"), "utf8"));
    assert.equal(Reflect.get(report as object, "task"), "boston");
    assert.equal((Reflect.get(report as object, "rounds") as unknown[]).length, 20);
    const svg = readFileSync(path.join(dir, runs[0]!, "metric.svg"), "utf8");
    assert.match(svg, /^<svg/);
    assert.match(svg, /<polyline/);
  });

  it("boston: secagg+ gives the plaintext result within the fixed-point error", async () => {
    const [plain, secure] = await Promise.all([
      demo(["demo", "boston", "--seed", "2", "--rounds", "5", "--json", "--no-report", "--no-baseline", "--secagg", "none"]),
      demo(["demo", "boston", "--seed", "2", "--rounds", "5", "--json", "--no-report", "--no-baseline", "--secagg", "secagg+"]),
    ]);
    const a = num(plain, "federated", "testMse");
    const b = num(secure, "federated", "testMse");
    assert.ok(Math.abs(a - b) / a < 1e-3, `plaintext ${a} vs secagg+ ${b}`);
    assert.equal(plain.centralized, null);
  });

  it("pima: federated accuracy >= 0.70, with accuracy and AUC in the summary", async () => {
    const s = await demo(["demo", "pima", "--seed", "1", "--json", "--no-report"]);
    assert.ok(num(s, "federated", "testAccuracy") >= 0.7, JSON.stringify(s));
    const auc = num(s, "federated", "testAuc");
    assert.ok(auc > 0.5 && auc <= 1);
    assert.ok(num(s, "centralized", "testAccuracy") > 0.6);
  });

  it("boston with injected dropouts: rounds complete for the survivors and the summary counts the drops", async () => {
    const s = await demo(["demo", "boston", "--seed", "3", "--workers", "8", "--rounds", "4", "--dropout", "0.3", "--json", "--no-report", "--no-baseline"]);
    const d = s.dropouts as Record<string, number>;
    assert.ok(d.injected! > 0, JSON.stringify(d));
    assert.ok(d.recovered! >= 1 && d.recovered! <= d.injected!);
    assert.ok(Number.isFinite(num(s, "federated", "testMse")));
  });

  it("simulate: many workers on a non-IID split, per-round metrics and timings", async () => {
    const s = await demo(["simulate", "--task", "pima", "--workers", "40", "--rounds", "2", "--partition", "dirichlet:0.5", "--seed", "4", "--json", "--no-report"]);
    assert.equal(s.workers, 40);
    assert.equal(s.partition, "dirichlet:0.5");
    const perRound = s.perRound as { round: number; seconds: number; contributors: number }[];
    assert.deepEqual(perRound.map((r) => r.round), [1, 2]);
    assert.ok(perRound.every((r) => r.seconds > 0 && r.contributors === 40));
  });

  it("an unknown task is a clear error and a non-zero exit", async () => {
    const p = spawnConclave(["demo", "mnist", "--json"]);
    assert.notEqual(await p.exited, 0);
    assert.match(p.stderr, /unknown task "mnist": valid tasks are boston, pima/);
    assert.ok(!existsSync(path.join(dir, "mnist")));
  });
});
