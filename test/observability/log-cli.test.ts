import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { spawnConclave } from "../support/spawn-conclave";

/** Run conclave with no log level from the environment (the command's own default applies). */
async function conclave(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const p = spawnConclave(args, { CONCLAVE_LOG_LEVEL: "", CONCLAVE_LOG_FORMAT: "" });
  const code = await p.exited;
  return { code, stdout: p.stdout, stderr: p.stderr };
}

describe("observability/log options on the command line (real processes)", function () {
  this.timeout(240_000);
  let dir = "";
  before(() => { dir = mkdtempSync(path.join(tmpdir(), "conclave-logs-")); });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it("a 100-worker simulate prints one progress line per round and the table; every log line goes to --log-file as JSON", async () => {
    const file = path.join(dir, "sim.log");
    const r = await conclave(["simulate", "--task", "boston", "--workers", "100", "--rounds", "2", "--secagg", "none", "--no-report", "--log-format", "json", "--log-file", file]);
    assert.equal(r.code, 0, r.stderr.slice(-2000));
    assert.deepEqual(r.stderr.trimEnd().split("\n").map((l) => l.replace(/ \|.*/, "")), ["simulate boston round 1/2", "simulate boston round 2/2"]);
    assert.match(r.stdout, /^task boston \| workers 100 \| rounds 2/m);
    assert.match(r.stdout, /^federated \(none\)\s+\d/m);
    const lines = readFileSync(file, "utf8").trimEnd().split("\n");
    const entries = lines.map((l): unknown => JSON.parse(l));
    for (const e of entries) {
      assert.ok(typeof e === "object" && e !== null);
      for (const field of ["timestamp", "level", "module", "message"]) assert.equal(typeof Reflect.get(e, field), "string", `${field} in ${JSON.stringify(e)}`);
    }
    const message = (e: unknown): string => (typeof e === "object" && e !== null ? String(Reflect.get(e, "message")) : "");
    assert.equal(entries.filter((e) => /^site worker-\d+ joined/.test(message(e))).length, 100);
    assert.equal(entries.filter((e) => /^round \d applied/.test(message(e))).length, 2);
  });

  it("--log-level info brings the rest back to the terminal; a demo's report folder holds its log", async () => {
    const reports = path.join(dir, "runs");
    const r = await conclave(["demo", "boston", "--rounds", "2", "--no-baseline", "--workers", "3", "--report-dir", reports, "--log-level", "info"]);
    assert.equal(r.code, 0, r.stderr.slice(-2000));
    assert.match(r.stderr, /info \[coordinator\] site worker-001 joined/);
    assert.match(r.stderr, /info \[coordinator\.round\] round 1 applied/);
    const [run] = readdirSync(reports);
    const log = readFileSync(path.join(reports, run!, "run.log"), "utf8");
    assert.match(log, /^\d{4}-\d\d-\d\dT\S+Z info \[coordinator\] site worker-001 joined/m);
    assert.match(r.stdout, new RegExp(`^log: +${path.join(reports, run!, "run.log").replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`, "m"));
  });

  it("refuses an unknown level or format, and a log file it cannot open, before anything runs", async () => {
    const level = await conclave(["demo", "boston", "--log-level", "loud"]);
    assert.notEqual(level.code, 0);
    assert.match(level.stderr, /--log-level.*loud.*Allowed choices are error, warn, info, verbose, debug/);
    const format = await conclave(["demo", "boston", "--log-format", "xml"]);
    assert.match(format.stderr, /Allowed choices are text, json/);
    const notADir = path.join(dir, "a-file");
    writeFileSync(notADir, "");
    const file = await conclave(["demo", "boston", "--log-file", path.join(notADir, "x.log")]);
    assert.notEqual(file.code, 0);
    assert.match(file.stderr, /cannot open the log file .*a-file\/x\.log \((ENOTDIR|EEXIST).*\); give --log-file a path this user can write/);
    assert.doesNotMatch(file.stdout, /testMse/);
  });
});
