import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { lastJsonLine, spawnConclave } from "../support/spawn-conclave";

const PIMA = path.resolve(__dirname, "../../examples/data/pima_indians_diabetes.csv");

async function conclave(args: string[], cwd?: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const p = spawnConclave(args, { CONCLAVE_LOG_LEVEL: "info", ...(cwd ? { PWD: cwd } : {}) });
  const code = await p.exited;
  return { code, stdout: p.stdout, stderr: p.stderr };
}

describe("conclave task init / check, and a user's own CSV end to end (real processes)", function () {
  this.timeout(240_000);
  let dir = "";
  let csv = "";
  before(() => {
    dir = mkdtempSync(path.join(tmpdir(), "conclave-own-"));
    // A hospital's own file: an id column, a text column, some missing cells, CRLF line ends and a BOM.
    const [header, ...rows] = readFileSync(PIMA, "utf8").trim().split("\n");
    const lines = [`patient_id,clinic,${header}`, ...rows.map((r, i) => {
      const cells = r.split(",");
      if (i % 50 === 7) cells[2] = ""; // pressure missing
      return `${1000 + i},${["north", "south", "east"][i % 3]},${cells.join(",")}`;
    })];
    csv = path.join(dir, "our patients.csv");
    writeFileSync(csv, "\ufeff" + lines.join("\r\n") + "\r\n");
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it("init writes a starter from the CSV; check accepts both; demo --task trains a federated model on it", async () => {
    const task = path.join(dir, "our-task.json");
    const init = await conclave(["task", "init", csv, "--out", task]);
    assert.equal(init.code, 0, init.stderr);
    const written: unknown = JSON.parse(readFileSync(task, "utf8"));
    assert.equal(Reflect.get(Object(written), "kind"), "binary");
    const data = Object(Reflect.get(Object(written), "data"));
    assert.equal(Reflect.get(data, "target"), "outcome");
    assert.ok(!Reflect.get(data, "features").includes("patient_id"), "the id column is left out");
    assert.match(String(Reflect.get(data, "$comment")), /patient_id \(looks like an identifier\)/);
    const pre = Object(Reflect.get(Object(written), "preprocessing"));
    assert.deepEqual(Reflect.get(pre, "oneHot"), { clinic: ["east", "north", "south"] });
    assert.deepEqual(Reflect.get(pre, "missing"), { impute: { pressure: 72 } }, "missing cells are imputed, said explicitly");

    const check = await conclave(["task", "check", task, "--data", csv, "--json"]);
    assert.equal(check.code, 0, check.stderr);
    const summary = lastJsonLine(check.stdout);
    assert.equal(summary.rows, 768);
    assert.deepEqual(summary.ignoredColumns, ["patient_id"]);
    assert.equal(summary.modelInputs, 11, "8 numeric columns and clinic one-hot into 3");
    assert.match(String(summary.digest), /^[0-9a-f]{64}$/);

    const demo = await conclave(["demo", "--task", task, "--rounds", "4", "--json", "--no-report", "--no-progress"]);
    assert.equal(demo.code, 0, demo.stderr.slice(-3000));
    const s = lastJsonLine(demo.stdout);
    assert.equal(s.task, "our-patients", "named after the CSV");
    assert.equal(s.secureAggregation, "secagg+");
    const fed = Object(s.federated);
    assert.ok(Reflect.get(fed, "testAccuracy") > 0.6, JSON.stringify(s));
    assert.match(demo.stderr, /ignoring 1 column\(s\) the task does not use: patient_id/);
  });

  it("check names the file, line, column and field of a bad task, and the line and column of a bad CSV cell (exit 1)", async () => {
    const bad = path.join(dir, "bad.json");
    writeFileSync(bad, '{\n  "format": "conclave.task/1",\n  "name": "x",\n  "kind": "binary",\n  "data": { "features": ["glucose"], "target": "outcome" },\n  "preprocessing": { "scaling": "standardise", "missing": "refuse" },\n  "model": { "layers": [{ "type": "Dense", "units": 1 }] },\n  "loss": "binaryCrossentropy", "metrics": ["accuracy"],\n  "train": { "optimizer": "sgd", "learningRate": 0.1, "batchSize": 8, "localEpochs": 1 }, "rounds": 1, "clipNorm": 1\n}\n');
    const r = await conclave(["task", "check", bad]);
    assert.equal(r.code, 1);
    assert.match(r.stderr, /bad\.json: line 7, column \d+: model\.layers\[0\]\.type: unknown layer type "Dense" \(in a short layer list the type is camelCase/);
    const csvBad = path.join(dir, "bad.csv");
    writeFileSync(csvBad, "glucose,outcome\n120,1\nhigh,0\n");
    const ok = path.join(dir, "ok.json");
    writeFileSync(ok, readFileSync(bad, "utf8").replace('"type": "Dense", "units": 1', '"type": "dense", "units": 1, "activation": "sigmoid"'));
    const c = await conclave(["task", "check", ok, "--data", csvBad]);
    assert.equal(c.code, 1);
    assert.match(c.stderr, /bad\.csv: line 3, column 1 \("glucose"\): "high" is not a number/);
  });

  it("usage errors exit with code 2 on every command, and --help lists the partitions the parser accepts", async () => {
    for (const args of [["demo", "boston", "--partition", "quantity:0.5"], ["demo", "boston", "--bogus"], ["demo"], ["demo", "mnist"],
      ["simulate", "--task", "boston", "--workers", "0"], ["task", "init"], ["worker", "--server", "x"]]) {
      const r = await conclave(args);
      assert.equal(r.code, 2, `${args.join(" ")}: ${r.stderr}`);
      assert.notEqual(r.stderr.trim(), "");
    }
    const help = await conclave(["demo", "--help"]);
    assert.equal(help.code, 0);
    const forms = /--partition <spec>\s+how rows are split over workers: ([^\n(]+)/.exec(help.stdout.replace(/\n\s+/g, " "));
    assert.ok(forms, help.stdout);
    assert.match(help.stdout, /dirichlet-quantity:ALPHA/);
    assert.match(help.stdout, /--baseline/);
    assert.match(help.stdout, /--no-baseline/);
  });

  it("--baseline and --no-baseline mean the same on demo and simulate", async () => {
    const sim = await conclave(["simulate", "--task", "boston", "--workers", "3", "--rounds", "1", "--baseline", "--json", "--no-report", "--secagg", "none"]);
    assert.equal(sim.code, 0, sim.stderr.slice(-2000));
    assert.ok(lastJsonLine(sim.stdout).centralized !== null);
    const demo = await conclave(["demo", "pima", "--rounds", "1", "--no-baseline", "--json", "--no-report", "--secagg", "none"]);
    assert.equal(demo.code, 0, demo.stderr.slice(-2000));
    assert.equal(lastJsonLine(demo.stdout).centralized, null);
  });

  it("demo digits: the CNN trains federated over SecAgg+ and reports accuracy", async () => {
    const r = await conclave(["demo", "digits", "--rounds", "4", "--json", "--no-report", "--no-progress"]);
    assert.equal(r.code, 0, r.stderr.slice(-3000));
    const s = lastJsonLine(r.stdout);
    assert.equal(s.task, "digits");
    assert.equal(s.secureAggregation, "secagg+");
    assert.ok(Reflect.get(Object(s.federated), "testAccuracy") > 0.8, JSON.stringify(s));
    assert.ok(Reflect.get(Object(s.centralized), "testAccuracy") > 0.8, JSON.stringify(s));
  });
});

describe("conclave task describe (the description a site is given: Welcome.task_json, docs/protocol.md §6)", function () {
  this.timeout(60_000);
  it("prints the exact string of proto/vectors/task.json, and --out writes it with the SHA-256 the Join carries", async () => {
    const vectors = JSON.parse(readFileSync(path.resolve(__dirname, "../../proto/vectors/task.json"), "utf8")) as Record<string, { taskJson: string; taskDigest: string }>;
    const printed = await conclave(["task", "describe", path.resolve(__dirname, "../../examples/tasks/pima.json")]);
    assert.equal(printed.code, 0, printed.stderr);
    assert.equal(printed.stdout, `${vectors.pima!.taskJson}\n`);
    const dir = mkdtempSync(path.join(tmpdir(), "conclave-describe-"));
    try {
      const out = path.join(dir, "boston.description.json");
      const written = await conclave(["task", "describe", "boston", "--out", out]);
      assert.equal(written.code, 0, written.stderr);
      assert.equal(written.stdout.trim(), vectors.boston!.taskDigest);
      assert.equal(createHash("sha256").update(readFileSync(out)).digest("hex"), vectors.boston!.taskDigest);
      assert.equal(readFileSync(out, "utf8"), vectors.boston!.taskJson);
    } finally { rmSync(dir, { recursive: true, force: true }); }
  });
});
