/**
 * `npm pack` makes a package that installs in an empty folder (dependencies from the registry
 * cache) and runs there: `npx conclave demo boston`, and a user's TypeScript importing
 * conclave/... run with the tsx the package brings.
 */
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";

const ROOT = path.resolve(__dirname, "../..");
const exec = promisify(execFile);
const NPM = process.platform === "win32" ? "npm.cmd" : "npm";
const NPX = process.platform === "win32" ? "npx.cmd" : "npx";

describe("the packed package, installed in an empty folder", function () {
  this.timeout(900_000);
  let work: string;
  let app: string;
  let files: string[] = [];

  before(async () => {
    work = mkdtempSync(path.join(os.tmpdir(), "conclave-pack-"));
    const { stdout } = await exec(NPM, ["pack", "--json", "--pack-destination", work], { cwd: ROOT, timeout: 120_000, maxBuffer: 16 << 20 });
    const [packed] = JSON.parse(stdout) as { filename: string; files: { path: string }[] }[];
    files = packed!.files.map((f) => f.path);
    app = path.join(work, "app");
    mkdirSync(app);
    writeFileSync(path.join(app, "package.json"), JSON.stringify({ name: "conclave-user", version: "1.0.0", private: true }));
    await exec(NPM, ["install", path.join(work, packed!.filename), "--prefer-offline", "--no-audit", "--no-fund"], { cwd: app, timeout: 600_000, maxBuffer: 16 << 20 });
  });

  after(() => {
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it("holds the library, the command, the bundled tasks and data, and not the tests or benchmarks", () => {
    for (const f of ["index.ts", "bin/conclave.js", "server/index.ts", "worker/index.ts", "federation/index.ts", "shared/task/index.ts",
      "examples/tasks/boston.json", "examples/data/boston_housing.csv", "server/observability/dashboard/index.html"]) {
      assert.ok(files.includes(f), `the tarball has ${f}`);
    }
    assert.ok(!files.some((f) => f.startsWith("test/") || f.startsWith("bench/")), "no tests or benchmarks");
    assert.ok(existsSync(path.join(app, "node_modules", "conclave", "examples", "tasks", "boston.json")));
  });

  it("runs `npx conclave demo boston` there", async () => {
    const { stdout } = await exec(NPX, ["--no", "conclave", "demo", "boston", "--rounds", "2", "--no-baseline", "--no-report", "--json"], { cwd: app, timeout: 300_000 });
    const summary = JSON.parse(stdout.trim().split("\n").at(-1)!) as { task: string; rounds: number; secureAggregation: string; federated: { testMse: number } };
    assert.equal(summary.task, "boston");
    assert.equal(summary.rounds, 2);
    assert.equal(summary.secureAggregation, "secagg+");
    assert.ok(Number.isFinite(summary.federated.testMse) && summary.federated.testMse < 200, `test MSE ${summary.federated.testMse}`);
  });

  it("runs a user's TypeScript that imports conclave/... by name (through the tsx it installs)", async () => {
    writeFileSync(path.join(app, "main.ts"), [
      'import { getTask, parsePartition, taskClipNorm } from "conclave/tasks";',
      'import { runSimulation } from "conclave/federation";',
      'import { PLAINTEXT_PROTECTION } from "conclave/protocol";',
      'import { setLogLevel, syft } from "conclave";',
      'setLogLevel("warn");',
      'const task = getTask("pima");',
      "void runSimulation({ task, workers: 3, rounds: 2, seed: 1, partition: parsePartition(\"iid\"), secureAggregation: \"secagg+\",",
      "  protection: { ...PLAINTEXT_PROTECTION, clipNorm: taskClipNorm(task) }, centralized: false })",
      "  .then((r) => console.log(JSON.stringify({ kind: r.federated.test.kind, rounds: r.history.rounds.length, tensor: syft.tensor([1, 2]).toArray() })));",
    ].join("\n"));
    const { stdout } = await exec(NPX, ["--no", "tsx", "main.ts"], { cwd: app, timeout: 300_000 });
    assert.deepEqual(JSON.parse(stdout.trim().split("\n").at(-1)!), { kind: "binary", rounds: 2, tensor: [1, 2] });
  });
});
