import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, rmSync, existsSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { logTicks, niceTicks, renderLinePlot } from "../../server/report/line-plot-svg";
import type { RunReport } from "../../server/report/run-report";
import { writeRunReport } from "../../server/report/write-run-report";
import { BOSTON_TASK, PIMA_TASK } from "../../shared/task/tasks";

/** Checks that every tag is closed in order (a small well-formedness check). */
function assertWellFormed(svg: string): void {
  const stack: string[] = [];
  for (const m of svg.matchAll(/<(\/?)([a-zA-Z][\w:-]*)((?:\s+[\w:-]+="[^"<]*")*)\s*(\/?)>/g)) {
    const [, close, name, , selfClose] = m;
    if (selfClose === "/") continue;
    if (close === "/") assert.equal(stack.pop(), name, `unbalanced </${name}>`);
    else stack.push(name!);
  }
  assert.deepEqual(stack, []);
  // nothing tag-like left that the pattern did not understand
  assert.equal(svg.replace(/<(\/?)([a-zA-Z][\w:-]*)((?:\s+[\w:-]+="[^"<]*")*)\s*(\/?)>/g, "").includes("<"), false);
}

function bostonReport(rounds: number): RunReport {
  return {
    task: "boston",
    kind: "regression",
    createdAt: "2025-01-01T00:00:00.000Z",
    backend: "wasm",
    config: { workers: 2, rounds, seed: 1, partition: "round-robin", secureAggregation: "none", dp: null, train: BOSTON_TASK.train, model: BOSTON_TASK.model },
    rounds: Array.from({ length: rounds }, (_, i) => ({
      round: i + 1,
      test: { kind: "regression", examples: 102, loss: 80 / (i + 1) + 10, mse: 80 / (i + 1) + 10 },
      trainLoss: 50 / (i + 1),
      workersSampled: 2,
      workersSucceeded: 2,
      seconds: 0.05,
    })),
    centralized: { test: { kind: "regression", examples: 102, loss: 11.5, mse: 11.5 }, wallSeconds: 0.4, epochs: rounds },
    federated: { test: { kind: "regression", examples: 102, loss: 18, mse: 18 }, wallSeconds: 0.6 },
  };
}

describe("writeRunReport", () => {
  let dir = "";
  before(() => {
    dir = mkdtempSync(join(tmpdir(), "conclave-report-"));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it("writes report.json and a metric.svg with one point per round and a dashed baseline", async () => {
    const out = join(dir, "run-a", "nested");
    const report = bostonReport(10);
    const written = await writeRunReport(out, report);
    assert.ok(existsSync(written.jsonPath) && existsSync(written.svgPath));
    assert.deepEqual(readdirSync(out).sort(), ["metric.svg", "report.json"]);
    assert.deepEqual(JSON.parse(readFileSync(written.jsonPath, "utf8")), JSON.parse(JSON.stringify(report)));

    const svg = readFileSync(written.svgPath, "utf8");
    assert.match(svg, /^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    assertWellFormed(svg);
    const polylines = [...svg.matchAll(/<polyline[^>]*points="([^"]*)"/g)];
    assert.equal(polylines.length, 1);
    const points = polylines[0]![1]!.trim().split(/\s+/).map((p) => p.split(",").map(Number));
    assert.equal(points.length, 10);
    assert.ok(points.every((p) => p.length === 2 && p.every(Number.isFinite)));
    // x increases with the round; a smaller MSE is drawn lower (larger y in SVG)
    for (let i = 1; i < points.length; i++) {
      assert.ok(points[i]![0]! > points[i - 1]![0]!);
      assert.ok(points[i]![1]! > points[i - 1]![1]!);
    }
    assert.match(svg, /<line class="baseline"[^>]*stroke-dasharray/);
    assert.match(svg, /<title>boston: test MSE per round/);
    assert.match(svg, />round<\/text>/);
    assert.match(svg, />test MSE<\/text>/);
    assert.match(svg, /centralised, 10 epochs \(11\.50\)/);
  });

  it("plots accuracy for a binary task and writes an undefined AUC as null", async () => {
    const base = bostonReport(3);
    const report: RunReport = {
      ...base,
      task: "pima",
      kind: "binary",
      config: { ...base.config, train: PIMA_TASK.train, model: PIMA_TASK.model },
      rounds: base.rounds.map((r) => ({ ...r, test: { kind: "binary", examples: 10, loss: 0.6, accuracy: 0.6 + r.round / 100, auc: NaN } })),
      centralized: null,
      federated: { test: { kind: "binary", examples: 10, loss: 0.5, accuracy: 0.75, auc: NaN }, wallSeconds: 1 },
    };
    const written = await writeRunReport(join(dir, "run-b"), report);
    const json: unknown = JSON.parse(readFileSync(written.jsonPath, "utf8"));
    assert.ok(typeof json === "object" && json !== null && "federated" in json);
    assert.deepEqual((json as { federated: { test: { auc: unknown } } }).federated.test.auc, null);
    const svg = readFileSync(written.svgPath, "utf8");
    assertWellFormed(svg);
    assert.match(svg, />test accuracy<\/text>/);
    assert.equal([...svg.matchAll(/<polyline/g)].length, 1);
    assert.doesNotMatch(svg, /class="baseline"/);
  });
});

describe("renderLinePlot", () => {
  it("escapes text and survives a single point and an empty series", () => {
    const svg = renderLinePlot({ title: "a <b> & \"c\"", xLabel: "x", yLabel: "y", series: [{ name: "s", points: [[1, 5]] }, { name: "empty", points: [] }] });
    assertWellFormed(svg);
    assert.match(svg, /a &lt;b&gt; &amp; &quot;c&quot;/);
    assert.ok(!svg.includes("NaN"));
  });

  it("switches to a log axis when positive values span 10x or more", () => {
    assert.deepEqual(logTicks(12, 520), [10, 20, 50, 100, 200, 500, 1000]);
    const wide = renderLinePlot({ title: "t", xLabel: "round", yLabel: "test MSE", series: [{ name: "s", points: [[1, 520], [2, 40], [3, 15]] }] });
    assertWellFormed(wide);
    assert.match(wide, /test MSE \(log scale\)/);
    const narrow = renderLinePlot({ title: "t", xLabel: "round", yLabel: "test MSE", series: [{ name: "s", points: [[1, 75], [2, 15]] }] });
    assert.doesNotMatch(narrow, /log scale/);
    assert.doesNotMatch(narrow, />-/); // a non-negative metric gets no negative ticks
  });

  it("chooses 1-2-5 ticks covering the range", () => {
    assert.deepEqual(niceTicks(0.3, 9.6, 5), [0, 2, 4, 6, 8, 10]);
    assert.deepEqual(niceTicks(0.5, 10.5, 10, true), [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    const t = niceTicks(0.652, 0.741, 6);
    assert.ok(t[0]! <= 0.652 && t[t.length - 1]! >= 0.741 && t.length <= 8, t.join(","));
  });
});
