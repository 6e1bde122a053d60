import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { chmodSync, mkdtempSync, readFileSync, writeFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { spawnConclave, lastJsonLine, type Running } from "../support/spawn-conclave";
import { waitFor } from "../support/wait-for";
import { devFederation, listeningPort, splitBoston } from "../support/processes";

describe("conclave coordinator and conclave worker processes on 127.0.0.1", function () {
  this.timeout(180_000);
  let dir = "";
  const procs: Running[] = [];
  const sites = ["hospital-0", "hospital-1", "hospital-2"];
  const worker = (port: string, i: number, extra: string[] = [], scheme = "http"): Running => {
    const w = spawnConclave(["worker", "--server", `${scheme}://127.0.0.1:${port}`, "--data", path.join(dir, `hospital-${i}.csv`), "--name", sites[i]!,
      "--key", path.join(dir, "fed", `${sites[i]}.key`), "--federation", path.join(dir, "fed", "federation.json"), ...extra]);
    procs.push(w);
    return w;
  };
  const coordinatorArgs = (extra: string[]): string[] => ["coordinator", "--task", "boston", "--port", "0", "--wait-seconds", "120", "--json",
    "--federation", path.join(dir, "fed", "federation.json"), "--key", path.join(dir, "fed", "coordinator.key"), ...extra];

  before(() => {
    dir = mkdtempSync(path.join(tmpdir(), "conclave-procs-"));
    splitBoston(dir, 3);
    devFederation(path.join(dir, "fed"), sites);
  });
  after(() => {
    for (const p of procs) if (p.child.exitCode === null) p.child.kill("SIGKILL");
    rmSync(dir, { recursive: true, force: true });
  });

  it("completes secure rounds with real processes, and each worker exits 0 when the run finished", async () => {
    const coordinator = spawnConclave(coordinatorArgs(["--min-workers", "3", "--rounds", "2", "--test-data", path.join(dir, "hospital-0.csv")]));
    procs.push(coordinator);
    const port = await listeningPort(coordinator);
    const workers = [0, 1, 2].map((i) => worker(port, i));
    assert.equal(await coordinator.exited, 0, coordinator.stderr.slice(-2000));
    const summary = lastJsonLine(coordinator.stdout);
    assert.equal(summary.outcome, "finished");
    assert.equal(summary.workers, 3);
    assert.equal(summary.rounds, 2);
    assert.equal(summary.roundsApplied, 2);
    assert.equal(summary.secureAggregation, "secagg+");
    assert.ok(typeof summary.federated === "object" && summary.federated !== null && Number.isFinite(Reflect.get(summary.federated, "testMse")));
    for (const w of workers) assert.equal(await w.exited, 0, w.stderr.slice(-2000));
    // Each worker logs one line per round it takes part in.
    assert.equal((workers[0]!.stderr.match(/round \d: trained 1 epoch on \d+ rows .*update sent masked \(secagg\+/g) ?? []).length, 2);
  });

  it("over TLS (wss://): workers that trust the coordinator's certificate complete a round", async function () {
    const cert = path.join(dir, "cert.pem");
    const key = path.join(dir, "key.pem");
    const openssl = spawnSync("openssl", ["req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes", "-days", "1", "-subj", "/CN=127.0.0.1",
      "-addext", "subjectAltName=IP:127.0.0.1", "-keyout", key, "-out", cert], { encoding: "utf8" });
    if (openssl.error || openssl.status !== 0) this.skip();
    const coordinator = spawnConclave(coordinatorArgs(["--min-workers", "3", "--rounds", "1", "--tls-key", key, "--tls-cert", cert]));
    procs.push(coordinator);
    const port = await listeningPort(coordinator);
    assert.match(coordinator.stderr, /"tls":true/);
    const workers = [0, 1, 2].map((i) => worker(port, i, ["--ca", cert], "https"));
    assert.equal(await coordinator.exited, 0, coordinator.stderr.slice(-2000));
    assert.equal(lastJsonLine(coordinator.stdout).roundsApplied, 1);
    for (const w of workers) assert.equal(await w.exited, 0, w.stderr.slice(-2000));
  });

  it("a worker whose coordinator dies mid-run exits 5 (lost), so a supervisor restarts it", async () => {
    const coordinator = spawnConclave(coordinatorArgs(["--min-workers", "3"]));
    procs.push(coordinator);
    const port = await listeningPort(coordinator);
    const w = worker(port, 2, ["--retry", "2"]);
    // The worker's own line, not the coordinator's: the Welcome must have reached it.
    await waitFor(() => /joined run/.test(w.stderr), "the worker to join", 60_000);
    coordinator.child.kill("SIGKILL");
    assert.equal(await w.exited, 5, w.stderr.slice(-2000));
    assert.match(w.stderr, /connection to the coordinator was lost before the run ended/);
  });

  it("a worker pointed at a dead coordinator retries, says why, and exits 3", async () => {
    const w = worker("9", 1, ["--attempts", "2"]);
    assert.equal(await w.exited, 3);
    assert.match(w.stderr, /coordinator not reachable; retrying/);
    assert.match(w.stderr, /could not reach the coordinator at http:\/\/127\.0\.0\.1:9 after 2 attempts/);
  });

  it("a worker with a malformed CSV exits non-zero naming the file and line", async () => {
    const bad = path.join(dir, "hospital-9.csv");
    const [header, first, second] = readFileSync(path.join(dir, "hospital-0.csv"), "utf8").split("\n");
    writeFileSync(bad, [header, first, second!.replace(/^[^,]+/, "abc")].join("\n") + "\n");
    const w = spawnConclave(["worker", "--server", "http://127.0.0.1:9", "--data", bad, "--name", "hospital-0", "--task", "boston",
      "--key", path.join(dir, "fed", "hospital-0.key"), "--federation", path.join(dir, "fed", "federation.json")]);
    procs.push(w);
    assert.notEqual(await w.exited, 0);
    assert.match(w.stderr, /hospital-9\.csv: line 3, column 1 \("crim"\)/);
  });

  it("usage errors exit 2 with a sentence: a key file others can read, a name not in the federation, http:// beyond loopback", async () => {
    const loose = path.join(dir, "loose.key");
    writeFileSync(loose, readFileSync(path.join(dir, "fed", "hospital-1.key")));
    chmodSync(loose, 0o644);
    const cases: [string[], RegExp][] = [
      [["--key", loose, "--name", "hospital-1"], /can be read by group or others \(mode 644\).*chmod 600/],
      [["--key", path.join(dir, "fed", "hospital-1.key"), "--name", "stranger"], /"stranger" is not a site of federation "dev"/],
      [["--key", path.join(dir, "fed", "hospital-0.key"), "--name", "hospital-1"], /is not the key the federation file pins for site "hospital-1"/],
    ];
    for (const [extra, message] of cases) {
      const w = spawnConclave(["worker", "--server", "http://127.0.0.1:9", "--data", path.join(dir, "hospital-1.csv"), "--federation", path.join(dir, "fed", "federation.json"), ...extra]);
      procs.push(w);
      assert.equal(await w.exited, 2, w.stderr);
      assert.match(w.stderr, message);
    }
    const remote = spawnConclave(["worker", "--server", "http://coordinator.example.org:8080", "--data", path.join(dir, "hospital-1.csv"), "--name", "hospital-1",
      "--key", path.join(dir, "fed", "hospital-1.key"), "--federation", path.join(dir, "fed", "federation.json")]);
    procs.push(remote);
    assert.equal(await remote.exited, 2);
    assert.match(remote.stderr, /plain http:\/\/ beyond this machine/);
    const open = spawnConclave(coordinatorArgs(["--host", "0.0.0.0"]));
    procs.push(open);
    assert.equal(await open.exited, 2);
    assert.match(open.stderr, /without TLS would let the network read and alter every message/);
  });
});
