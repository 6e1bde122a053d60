import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { spawnConclave, lastJsonLine, type Running } from "../support/spawn-conclave";
import { devFederation, listeningPort, splitBoston } from "../support/processes";

describe("conclave worker --virtual N: many sites in one process, several processes in one federation", function () {
  this.timeout(180_000);
  let dir = "";
  const procs: Running[] = [];
  const sites = Array.from({ length: 6 }, (_, i) => `site-${i}`);
  before(() => {
    dir = mkdtempSync(path.join(tmpdir(), "conclave-virtual-"));
    splitBoston(dir, 2);
    devFederation(path.join(dir, "fed"), sites);
  });
  after(() => {
    for (const p of procs) if (p.child.exitCode === null) p.child.kill("SIGKILL");
    rmSync(dir, { recursive: true, force: true });
  });

  it("2 processes x 3 virtual workers over socket.io complete SecAgg+ rounds, and both exit 0", async () => {
    const fed = path.join(dir, "fed");
    const coordinator = spawnConclave(["coordinator", "--task", "boston", "--port", "0", "--wait-seconds", "120", "--json", "--min-workers", "6", "--rounds", "2",
      "--federation", path.join(fed, "federation.json"), "--key", path.join(fed, "coordinator.key")]);
    procs.push(coordinator);
    const port = await listeningPort(coordinator);
    const workers = [0, 1].map((p) => {
      const w = spawnConclave(["worker", "--server", `http://127.0.0.1:${port}`, "--task", "boston", "--virtual", "3", "--first", String(3 * p), "--name", "site-{i}",
        "--key", path.join(fed, "{name}.key"), "--federation", path.join(fed, "federation.json"), "--data", path.join(dir, `hospital-${p}.csv`)]);
      procs.push(w);
      return w;
    });
    assert.equal(await coordinator.exited, 0, coordinator.stderr.slice(-2000));
    const summary = lastJsonLine(coordinator.stdout);
    assert.equal(summary.workers, 6);
    assert.equal(summary.roundsApplied, 2);
    assert.equal(summary.secureAggregation, "secagg+");
    for (const w of workers) {
      assert.equal(await w.exited, 0, w.stderr.slice(-2000));
      assert.match(w.stderr, /virtual workers done: 3 of 3 finished their run/);
    }
  });

  it("--virtual refuses a --name without {i}, as a usage error", async () => {
    const fed = path.join(dir, "fed");
    const w = spawnConclave(["worker", "--server", "http://127.0.0.1:9", "--task", "boston", "--virtual", "2", "--name", "site-0",
      "--key", path.join(fed, "{name}.key"), "--federation", path.join(fed, "federation.json"), "--data", path.join(dir, "hospital-0.csv")]);
    procs.push(w);
    assert.equal(await w.exited, 2);
    assert.match(w.stderr, /--name must hold \{i\}/);
  });
});
