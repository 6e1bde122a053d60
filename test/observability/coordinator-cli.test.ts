import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { devFederation, splitBoston } from "../support/processes";
import { spawnConclave, type Running } from "../support/spawn-conclave";
import { waitFor } from "../support/wait-for";

/** The JSON entries of a process's stderr (every line must be one). */
function entries(p: Running): Record<string, unknown>[] {
  return p.stderr.trimEnd().split("\n").map((l) => {
    try {
      return JSON.parse(l) as Record<string, unknown>;
    } catch {
      throw new Error(`a log line is not JSON: ${l}`);
    }
  });
}

function find(p: Running, pattern: RegExp): string | null {
  for (const line of p.stderr.split("\n")) {
    const m = pattern.exec(line);
    if (m) return m[1]!;
  }
  return null;
}

describe("observability/conclave coordinator and worker: JSON logs, /metrics, the dashboard, the run report (real processes)", function () {
  this.timeout(180_000);
  let dir = "";
  const procs: Running[] = [];
  const sites = ["hospital-0", "hospital-1", "hospital-2"];
  before(() => {
    dir = mkdtempSync(path.join(tmpdir(), "conclave-obs-cli-"));
    splitBoston(dir, 3);
    devFederation(path.join(dir, "fed"), sites);
  });
  after(() => {
    for (const p of procs) if (p.child.exitCode === null) p.child.kill("SIGKILL");
    rmSync(dir, { recursive: true, force: true });
  });

  it("serves metrics and the dashboard while it waits, logs JSON, and writes its run report; each worker logs one JSON line per round", async () => {
    const reports = path.join(dir, "runs");
    const coordinator = spawnConclave(["coordinator", "--task", "boston", "--port", "0", "--min-workers", "3", "--rounds", "2", "--wait-seconds", "120",
      "--federation", path.join(dir, "fed", "federation.json"), "--key", path.join(dir, "fed", "coordinator.key"), "--test-data", path.join(dir, "hospital-0.csv"),
      "--metrics-port", "0", "--dashboard", "--dashboard-port", "0", "--log-format", "json", "--report-dir", reports], { CONCLAVE_LOG_LEVEL: "" });
    procs.push(coordinator);
    await waitFor(() => /"message":"listening"/.test(coordinator.stderr) && /dashboard: http/.test(coordinator.stderr) && /metrics: http/.test(coordinator.stderr)
      || coordinator.child.exitCode !== null, "the coordinator to listen", 60_000);
    const metricsUrl = find(coordinator, /"url":"(http:\/\/127\.0\.0\.1:\d+\/metrics)"/);
    const dashboardUrl = find(coordinator, /dashboard: (http:\/\/127\.0\.0\.1:\d+\/\?token=[^"]+)"/);
    const port = find(coordinator, /"message":"listening".*"port":(\d+)/);
    assert.ok(metricsUrl && dashboardUrl && port, coordinator.stderr);
    const waiting = await (await fetch(metricsUrl)).text();
    assert.match(waiting, /^conclave_run_state\{state="waiting"\} 1$/m);
    assert.match(waiting, /^conclave_workers_connected 0$/m);
    const token = new URL(dashboardUrl).searchParams.get("token")!;
    const api = new URL("/api/state", dashboardUrl).toString();
    assert.equal((await fetch(api)).status, 401);
    const state = await (await fetch(api, { headers: { authorization: `Bearer ${token}` } })).json() as { run: { state: string; rounds: number } };
    assert.equal(state.run.state, "waiting");
    assert.equal(state.run.rounds, 2);

    const workers = sites.map((name, i) => {
      const w = spawnConclave(["worker", "--server", `http://127.0.0.1:${port}`, "--data", path.join(dir, `hospital-${i}.csv`), "--name", name,
        "--key", path.join(dir, "fed", `${name}.key`), "--federation", path.join(dir, "fed", "federation.json"), "--log-format", "json"], { CONCLAVE_LOG_LEVEL: "" });
      procs.push(w);
      return w;
    });
    assert.equal(await coordinator.exited, 0, coordinator.stderr.slice(-3000));
    for (const w of workers) assert.equal(await w.exited, 0, w.stderr.slice(-2000));

    const logged = entries(coordinator);
    assert.ok(logged.every((e) => typeof e.timestamp === "string" && typeof e.level === "string" && typeof e.module === "string"));
    assert.ok(logged.some((e) => e.message === "round 2 applied: 3 of 3 sampled contributed" || /^round 2 applied/.test(String(e.message))));
    for (const w of workers) {
      const rounds = entries(w).filter((e) => /^round \d+:/.test(String(e.message)));
      assert.deepEqual(rounds.map((e) => [e.round, e.outcome, e.protocol]), [[0, "sent", "secagg+"], [1, "sent", "secagg+"], [2, "sent", "secagg+"]], w.stderr);
    }

    const [run] = readdirSync(reports);
    assert.ok(run !== undefined, "a report folder");
    const report = JSON.parse(readFileSync(path.join(reports, run, "report.json"), "utf8")) as {
      ran: { source: string; protocol: string; roundsRun: number; roundsAborted: number }; rounds: { applied: boolean; metrics: Record<string, number>; trainLoss: number | null }[];
      config: { workers: number };
    };
    assert.equal(report.ran.source, "coordinator");
    assert.equal(report.ran.protocol, "secagg+");
    assert.equal(report.ran.roundsRun, 2);
    assert.equal(report.ran.roundsAborted, 0);
    assert.equal(report.config.workers, 3);
    assert.ok(report.rounds.every((r) => r.applied && Number.isFinite(r.metrics.testMse) && typeof r.trainLoss === "number"), JSON.stringify(report.rounds));
    const files = readdirSync(path.join(reports, run));
    for (const f of ["report.json", "report.html", "metric.svg", "train-loss.svg"]) assert.ok(files.includes(f), `${f} in ${files.join(", ")}`);
  });
});
