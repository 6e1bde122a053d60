import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, rmSync, existsSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { logTicks, niceTicks, renderLinePlot } from "../../server/report/line-plot-svg";
import { writeRunReport } from "../../server/report/write-run-report";
import { bostonReport, pimaDpReport } from "./support/reports";
import { field } from "./support/json-field";

const TAG = /<(\/?)([a-zA-Z][\w:-]*)((?:\s+[\w:-]+="[^"<]*")*)\s*(\/?)>/g;

/** Checks that every tag is closed in order (a small well-formedness check). */
export function assertWellFormed(svg: string): void {
  const stack: string[] = [];
  for (const m of svg.matchAll(TAG)) {
    const [, close, name, , selfClose] = m;
    if (selfClose === "/") continue;
    if (close === "/") assert.equal(stack.pop(), name, `unbalanced </${name}>`);
    else stack.push(name!);
  }
  assert.deepEqual(stack, []);
  // nothing tag-like left that the pattern did not understand
  assert.equal(svg.replace(TAG, "").includes("<"), false);
}


/** The [x, y] pixel points of each polyline, in order. */
function polylines(svg: string): number[][][] {
  return [...svg.matchAll(/<polyline[^>]*points="([^"]*)"/g)].map((m) => m[1]!.trim().split(/\s+/).filter((p) => p !== "").map((p) => p.split(",").map(Number)));
}

describe("writeRunReport", () => {
  let dir = "";
  before(() => { dir = mkdtempSync(join(tmpdir(), "conclave-report-")); });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it("writes report.json, a metric.svg with one point per round and a dashed baseline, a training-loss plot and report.html", async () => {
    const out = join(dir, "run-a", "nested");
    const report = bostonReport(10);
    const written = await writeRunReport(out, report);
    assert.ok(existsSync(written.jsonPath) && existsSync(written.svgPath) && existsSync(written.htmlPath));
    assert.deepEqual(readdirSync(out).sort(), ["metric.svg", "report.html", "report.json", "train-loss.svg"]);
    assert.deepEqual(JSON.parse(readFileSync(written.jsonPath, "utf8")), JSON.parse(JSON.stringify(report)));

    const svg = readFileSync(written.svgPath, "utf8");
    assert.match(svg, /^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    assertWellFormed(svg);
    const [points] = polylines(svg);
    assert.equal(polylines(svg).length, 1);
    assert.equal(points!.length, 10);
    assert.ok(points!.every((p) => p.length === 2 && p.every(Number.isFinite)));
    // x increases with the round; a smaller MSE is drawn lower (larger y in SVG)
    for (let i = 1; i < points!.length; i++) {
      assert.ok(points![i]![0]! > points![i - 1]![0]!);
      assert.ok(points![i]![1]! > points![i - 1]![1]!);
    }
    assert.match(svg, /<line class="baseline"[^>]*stroke-dasharray/);
    assert.match(svg, /<title>boston: test MSE per round/);
    assert.match(svg, /<text class="subtitle"[^>]*>plaintext FedAvg \(no secure aggregation\) \| no DP \| 10 of 10 rounds<\/text>/);
    assert.match(svg, />round<\/text>/);
    assert.match(svg, />test MSE<\/text>/);
    assert.match(svg, /centralised, 10 epochs \(11\.50\)/);
    assert.doesNotMatch(svg, /class="marker"/, "no aborted round, no marker");
    const loss = readFileSync(join(out, "train-loss.svg"), "utf8");
    assertWellFormed(loss);
    assert.equal(polylines(loss)[0]!.length, 10);
    assert.equal(written.plotPaths.length, 2);
  });

  it("Pima with DP: accuracy and AUC each plotted, the run without DP beside it, aborted rounds marked, epsilon plotted; AUC NaN becomes null", async () => {
    const report = pimaDpReport();
    const nan = { ...report, federated: { ...report.federated, test: { kind: "binary" as const, examples: 10, loss: 0.5, accuracy: 0.75, auc: Number.NaN },
      metrics: { testAccuracy: 0.75, testAuc: Number.NaN } } };
    const written = await writeRunReport(join(dir, "run-b"), nan);
    assert.deepEqual(readdirSync(join(dir, "run-b")).sort(), ["epsilon.svg", "metric-testAuc.svg", "metric.svg", "report.html", "report.json", "train-loss.svg"]);
    const json: unknown = JSON.parse(readFileSync(written.jsonPath, "utf8"));
    assert.equal(field(json, "federated", "test", "auc"), null);
    for (const [file, label, baseline] of [["metric.svg", "test accuracy", "0.740"], ["metric-testAuc.svg", "test AUC", "0.830"]] as const) {
      const svg = readFileSync(join(dir, "run-b", file), "utf8");
      assertWellFormed(svg);
      assert.match(svg, new RegExp(`>${label}</text>`));
      const lines = polylines(svg);
      assert.equal(lines.length, 2, `${file}: the DP run and the run without DP`);
      assert.ok(lines.every((l) => l.length === 4));
      assert.match(svg, />federated, DP distributed \(/);
      assert.match(svg, />federated, no DP \(/);
      assert.match(svg, new RegExp(`centralised, 4 epochs \\(${baseline}\\)`));
      assert.equal([...svg.matchAll(/class="marker"/g)].length, 1, "round 3 aborted");
      assert.match(svg, /<title>aborted round: 3<\/title>/);
      assert.match(svg, /secagg\+ \(k=3, t=2\) \| DP distributed: epsilon 2 at delta 0\.00001 \(noise 1\.1, clip 1\) \| dropout 0\.2: 3 injected, 1 recovered \| 4 of 4 rounds, 1 aborted/);
    }
    const eps = readFileSync(join(dir, "run-b", "epsilon.svg"), "utf8");
    assert.equal(polylines(eps).length, 1);
    assert.equal(polylines(eps)[0]!.length, 4);
    const loss = readFileSync(join(dir, "run-b", "train-loss.svg"), "utf8");
    assert.deepEqual(polylines(loss).map((l) => l.length), [3, 4], "the aborted round has no training loss");
  });

  it("report.html says what ran and marks aborted rounds, with every plot inline and no script", async () => {
    const written = await writeRunReport(join(dir, "run-c"), pimaDpReport());
    const html = readFileSync(written.htmlPath, "utf8");
    assert.match(html, /^<!doctype html>/);
    assert.doesNotMatch(html, /<script|src="http|href="http/);
    assert.equal([...html.matchAll(/<svg /g)].length, 4);
    assert.match(html, /<dt>what ran<\/dt><dd>secagg\+ \(k=3, t=2\) \| DP distributed: epsilon 2 at delta 0\.00001/);
    assert.match(html, /<tr class="aborted"><td>3<\/td><td class="text bad">aborted: round 3 aborted at ShareKeys: 1 workers remain<\/td>/);
    assert.match(html, /<td class="text">federated, no DP<\/td><td>0\.73<\/td><td>0\.79<\/td>/);
    assert.match(html, /<th>test accuracy<\/th><th>test AUC<\/th>/);
  });
});

describe("renderLinePlot", () => {
  it("escapes text and survives a single point and an empty series", () => {
    const svg = renderLinePlot({ title: "a <b> & \"c\"", xLabel: "x", yLabel: "y", series: [{ name: "s", points: [[1, 5]] }, { name: "empty", points: [] }] });
    assertWellFormed(svg);
    assert.match(svg, /a &lt;b&gt; &amp; &quot;c&quot;/);
    assert.ok(!svg.includes("NaN"));
  });

  it("marks rounds on the x axis with crosses and a legend entry", () => {
    const svg = renderLinePlot({ title: "t", xLabel: "round", yLabel: "m", series: [{ name: "s", points: [[1, 5], [2, 4], [4, 3]] }], markers: { name: "aborted round", x: [3] } });
    assertWellFormed(svg);
    assert.equal([...svg.matchAll(/class="marker"/g)].length, 1);
    assert.match(svg, />aborted round \(1\)<\/text>/);
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
