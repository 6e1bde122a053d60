import assert from "node:assert/strict";
import { mkdtempSync, readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { loadTaskCsvSync, parseTaskCsv } from "../../shared/data/task-csv";
import type { Dataset } from "../../shared/data/dataset";
import { fitSynthProfile, SynthProfileError } from "../../shared/data/synth-profile";
import { synthCsvLines } from "../../shared/data/synth-rows";
import { resolveTaskSync } from "../../shared/task/resolve-task";
import type { TaskSpec } from "../../shared/task/task-spec";
import { spawnConclave } from "../support/spawn-conclave";

function synth(task: TaskSpec, rows: number, seed: number): string {
  return [...synthCsvLines(fitSynthProfile(task, loadTaskCsvSync(task, task.dataFile!)), rows, seed)].join("");
}

function columnStats(d: Dataset, j: number): { mean: number; std: number } {
  let s = 0, q = 0;
  for (let i = 0; i < d.rows; i++) { const v = j < d.cols ? d.x[i * d.cols + j]! : d.y[i]!; s += v; q += v * v; }
  const mean = s / d.rows;
  return { mean, std: Math.sqrt(Math.max(0, q / d.rows - mean * mean)) };
}

/** Ranks with ties averaged. */
function ranks(values: readonly number[]): number[] {
  const order = values.map((_, i) => i).sort((i, j) => values[i]! - values[j]!);
  const r = new Array<number>(values.length);
  for (let s = 0; s < order.length;) {
    let e = s;
    while (e + 1 < order.length && values[order[e + 1]!] === values[order[s]!]) e++;
    for (let k = s; k <= e; k++) r[order[k]!] = (s + e) / 2;
    s = e + 1;
  }
  return r;
}

/** Spearman's rank correlation of two columns (the target is column d.cols): what a Gaussian copula keeps. */
function rankCorrelation(d: Dataset, a: number, b: number): number {
  const col = (j: number): number[] => Array.from({ length: d.rows }, (_, i) => (j < d.cols ? d.x[i * d.cols + j]! : d.y[i]!));
  const ra = ranks(col(a)), rb = ranks(col(b));
  const m = (d.rows - 1) / 2;
  let sab = 0, saa = 0, sbb = 0;
  for (let i = 0; i < d.rows; i++) { sab += (ra[i]! - m) * (rb[i]! - m); saa += (ra[i]! - m) ** 2; sbb += (rb[i]! - m) ** 2; }
  return sab / Math.sqrt(saa * sbb);
}

describe("conclave data synth (synthetic rows for scale tests)", () => {
  for (const name of ["boston", "pima", "breast-cancer", "digits"]) {
    it(`${name}: the rows are read by the task's own CSV reader (its columns, classes, bounds)`, () => {
      const task = resolveTaskSync(name);
      const table = parseTaskCsv(task, synth(task, 500, 7), "synth.csv");
      assert.equal(table.data.rows, 500);
      assert.deepEqual(table.ignoredColumns, []);
    });
  }

  it("the same seed gives the same text, another seed other rows", () => {
    const task = resolveTaskSync("pima");
    assert.equal(synth(task, 200, 3), synth(task, 200, 3));
    assert.notEqual(synth(task, 200, 3), synth(task, 200, 4));
  });

  it("pima: the documented positive rate (0.349) and every feature's mean and std of the source", () => {
    const task = resolveTaskSync("pima");
    const source = loadTaskCsvSync(task, task.dataFile!);
    const data = parseTaskCsv(task, synth(task, 20_000, 1), "synth.csv").data;
    const rate = data.y.reduce((s, v) => s + v, 0) / data.rows;
    assert.ok(Math.abs(rate - 268 / 768) < 0.015, `positive rate ${rate}`);
    for (let j = 0; j < data.cols; j++) {
      const a = columnStats(source, j), b = columnStats(data, j);
      assert.ok(Math.abs(a.mean - b.mean) < 0.05 * a.std, `${task.features[j]}: mean ${b.mean} vs ${a.mean}`);
      assert.ok(Math.abs(a.std - b.std) < 0.1 * a.std, `${task.features[j]}: std ${b.std} vs ${a.std}`);
    }
    // The zeros standing for missing insulin readings (374 of 768) are kept as an atom.
    const zeros = Array.from({ length: data.rows }, (_, i) => data.x[i * data.cols + 4]).filter((v) => v === 0).length / data.rows;
    assert.ok(Math.abs(zeros - 374 / 768) < 0.03, `insulin zeros ${zeros}`);
  });

  it("boston: medv's documented mean (22.53) and cap (50), and its rank correlation with rm and lstat", () => {
    const task = resolveTaskSync("boston");
    const source = loadTaskCsvSync(task, task.dataFile!);
    const data = parseTaskCsv(task, synth(task, 20_000, 2), "synth.csv").data;
    const medv = columnStats(data, data.cols);
    assert.ok(Math.abs(medv.mean - 22.5328) < 0.3, `medv mean ${medv.mean}`);
    assert.ok(Math.max(...data.y) <= 50);
    for (const feature of ["rm", "lstat"]) {
      const j = task.features.indexOf(feature);
      const a = rankCorrelation(source, j, source.cols), b = rankCorrelation(data, j, data.cols);
      assert.ok(Math.abs(a - b) < 0.05, `rank corr(${feature}, medv) ${b} vs ${a}`);
    }
  });

  it("a task with one-hot columns is refused with a sentence that says why", () => {
    const task = resolveTaskSync("pima");
    const oneHot: TaskSpec = { ...task, preprocessing: { ...task.preprocessing, oneHot: { pregnant: [0, 1] } } };
    assert.throws(() => fitSynthProfile(oneHot, loadTaskCsvSync(task, task.dataFile!)), (e: unknown) => e instanceof SynthProfileError && /one-hot columns \(pregnant\)/.test(e.message));
  });

  it("the command writes the rows to --out and says they are for scale tests only", async () => {
    const out = path.join(mkdtempSync(path.join(os.tmpdir(), "synth-")), "pima-synth.csv");
    const run = spawnConclave(["data", "synth", "--task", "pima", "--rows", "25", "--seed", "5", "--out", out]);
    assert.equal(await run.exited, 0, run.stderr);
    const text = readFileSync(out, "utf8");
    assert.equal(text, synth(resolveTaskSync("pima"), 25, 5));
    assert.match(run.stderr, /25 synthetic rows .* for scale tests only/);
    const refused = spawnConclave(["data", "synth", "--task", "pima", "--rows", "5", "--out", out]);
    assert.equal(await refused.exited, 2);
    assert.match(refused.stderr, /exists; pass --force/);
  });
});
