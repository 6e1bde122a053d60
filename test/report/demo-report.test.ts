import assert from "node:assert/strict";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { spawnConclave } from "../support/spawn-conclave";
import { field } from "./support/json-field";


describe("report/the DP demo's run report (a real process)", function () {
  this.timeout(240_000);
  let dir = "";
  before(() => { dir = mkdtempSync(path.join(tmpdir(), "conclave-demo-report-")); });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it("pima --dp distributed: says what ran, plots accuracy and AUC with the no-DP run beside, and epsilon", async () => {
    const p = spawnConclave(["demo", "pima", "--dp", "distributed", "--rounds", "3", "--report-dir", dir], { CONCLAVE_LOG_LEVEL: "" });
    assert.equal(await p.exited, 0, p.stderr.slice(-3000));
    const [run] = readdirSync(dir);
    const folder = path.join(dir, run!);
    const files = readdirSync(folder);
    for (const f of ["report.json", "report.html", "metric.svg", "metric-testAuc.svg", "epsilon.svg", "run.log"]) assert.ok(files.includes(f), `${f} in ${files.join(", ")}`);
    assert.match(p.stdout, new RegExp(`^report: ${path.join(folder, "report.html").replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`, "m"));
    const report: unknown = JSON.parse(readFileSync(path.join(folder, "report.json"), "utf8"));
    assert.equal(field(report, "ran", "protocol"), "secagg+");
    assert.equal(field(report, "ran", "dp", "mode"), "distributed");
    assert.ok(Number(field(report, "ran", "dp", "epsilon")) > 0);
    assert.equal(typeof field(report, "ran", "secagg", "threshold"), "number");
    assert.equal(field(report, "comparisons", "0", "label"), "federated, no DP");
    const compared = field(report, "comparisons", "0", "rounds");
    assert.ok(Array.isArray(compared) && compared.length === 3);
    assert.equal(typeof field(report, "centralized", "metrics", "testAuc"), "number", "the baseline from the comparison run");
    for (const f of ["metric.svg", "metric-testAuc.svg"]) {
      const svg = readFileSync(path.join(folder, f), "utf8");
      assert.equal([...svg.matchAll(/<polyline/g)].length, 2, f);
      assert.match(svg, /class="baseline"/);
      assert.match(svg, /DP distributed: epsilon \d/);
    }
  });
});
