import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { spawnConclave, lastJsonLine, type Running } from "../support/spawn-conclave";
import { waitFor } from "../support/wait-for";

const BOSTON = path.resolve(__dirname, "../../examples/data/boston_housing.csv");

describe("conclave coordinator and three conclave worker processes on 127.0.0.1", function () {
  this.timeout(180_000);
  let dir = "";
  const procs: Running[] = [];
  before(() => {
    dir = mkdtempSync(path.join(tmpdir(), "conclave-procs-"));
    const [header, ...rows] = readFileSync(BOSTON, "utf8").trim().split("\n");
    for (let i = 0; i < 3; i++) writeFileSync(path.join(dir, `hospital-${i}.csv`), [header, ...rows.filter((_, j) => j % 3 === i)].join("\n") + "\n");
  });
  after(() => {
    for (const p of procs) if (p.child.exitCode === null) p.child.kill("SIGKILL");
    rmSync(dir, { recursive: true, force: true });
  });

  it("completes secure rounds with real processes, and each worker exits 0 when the run ends", async () => {
    const coordinator = spawnConclave(["coordinator", "--task", "boston", "--port", "0", "--min-workers", "3", "--rounds", "2", "--wait-seconds", "120", "--json",
      "--test-data", path.join(dir, "hospital-0.csv")]);
    procs.push(coordinator);
    await waitFor(() => /"port":\d+/.test(coordinator.stderr), "the coordinator to listen", 60_000);
    const port = /"port":(\d+)/.exec(coordinator.stderr)![1]!;
    for (let i = 0; i < 3; i++) {
      procs.push(spawnConclave(["worker", "--server", `http://127.0.0.1:${port}`, "--data", path.join(dir, `hospital-${i}.csv`), "--name", `hospital-${i}`,
        "--key", path.join(dir, `hospital-${i}.key`)]));
    }
    assert.equal(await coordinator.exited, 0, coordinator.stderr.slice(-2000));
    const summary = lastJsonLine(coordinator.stdout);
    assert.equal(summary.workers, 3);
    assert.equal(summary.rounds, 2);
    assert.equal(summary.roundsApplied, 2);
    assert.equal(summary.secureAggregation, "secagg+");
    assert.ok(typeof summary.federated === "object" && summary.federated !== null && Number.isFinite(Reflect.get(summary.federated, "testMse")));
    for (const w of procs.slice(1)) assert.equal(await w.exited, 0, w.stderr.slice(-2000));
    // Each worker created its identity key file, private to its owner.
    const key: unknown = JSON.parse(readFileSync(path.join(dir, "hospital-0.key"), "utf8"));
    assert.equal(Reflect.get(key as object, "type"), "conclave-ed25519");
  });

  it("over TLS (wss://): workers that trust the coordinator's certificate complete a round", async function () {
    const cert = path.join(dir, "cert.pem");
    const key = path.join(dir, "key.pem");
    const openssl = spawnSync("openssl", ["req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes", "-days", "1", "-subj", "/CN=127.0.0.1",
      "-addext", "subjectAltName=IP:127.0.0.1", "-keyout", key, "-out", cert], { encoding: "utf8" });
    if (openssl.error || openssl.status !== 0) this.skip();
    const coordinator = spawnConclave(["coordinator", "--task", "boston", "--port", "0", "--min-workers", "2", "--rounds", "1", "--wait-seconds", "120", "--json",
      "--tls-key", key, "--tls-cert", cert]);
    procs.push(coordinator);
    await waitFor(() => /"port":\d+/.test(coordinator.stderr), "the coordinator to listen", 60_000);
    const port = /"port":(\d+)/.exec(coordinator.stderr)![1]!;
    assert.match(coordinator.stderr, /"tls":true/);
    const workers = [0, 1].map((i) => spawnConclave(["worker", "--server", `https://127.0.0.1:${port}`, "--data", path.join(dir, `hospital-${i}.csv`), "--name", `tls-${i}`, "--ca", cert]));
    procs.push(...workers);
    assert.equal(await coordinator.exited, 0, coordinator.stderr.slice(-2000));
    assert.equal(lastJsonLine(coordinator.stdout).roundsApplied, 1);
    for (const w of workers) assert.equal(await w.exited, 0, w.stderr.slice(-2000));
  });

  it("a worker whose coordinator dies mid-run exits non-zero (5), so a supervisor restarts it", async () => {
    const coordinator = spawnConclave(["coordinator", "--task", "boston", "--port", "0", "--min-workers", "2", "--wait-seconds", "120"]);
    procs.push(coordinator);
    await waitFor(() => /"port":\d+/.test(coordinator.stderr), "the coordinator to listen", 60_000);
    const port = /"port":(\d+)/.exec(coordinator.stderr)![1]!;
    const w = spawnConclave(["worker", "--server", `http://127.0.0.1:${port}`, "--data", path.join(dir, "hospital-2.csv"), "--name", "orphan"]);
    procs.push(w);
    await waitFor(() => /worker joined/.test(coordinator.stderr), "the worker to join", 60_000);
    coordinator.child.kill("SIGKILL");
    assert.equal(await w.exited, 5, w.stderr.slice(-2000));
    assert.match(w.stderr, /connection to the coordinator was lost before the run ended/);
  });

  it("a worker pointed at a dead coordinator retries, says why, and exits non-zero", async () => {
    const w = spawnConclave(["worker", "--server", "http://127.0.0.1:9", "--data", path.join(dir, "hospital-1.csv"), "--name", "lonely", "--attempts", "2"]);
    procs.push(w);
    assert.equal(await w.exited, 3);
    assert.match(w.stderr, /coordinator not reachable; retrying/);
    assert.match(w.stderr, /could not reach the coordinator at http:\/\/127\.0\.0\.1:9 after 2 attempts/);
  });

  it("a worker with a malformed CSV exits non-zero naming the file and line", async () => {
    const bad = path.join(dir, "bad.csv");
    const [header, first, second] = readFileSync(BOSTON, "utf8").split("\n");
    writeFileSync(bad, [header, first, second!.replace(/^[^,]+/, "abc")].join("\n") + "\n");
    const w = spawnConclave(["worker", "--server", "http://127.0.0.1:9", "--data", bad, "--name", "bad", "--task", "boston"]);
    procs.push(w);
    assert.notEqual(await w.exited, 0);
    assert.match(w.stderr, /bad\.csv: line 3, column 1 \("crim"\)/);
  });
});
