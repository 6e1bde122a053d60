import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { Agent, get } from "node:http";
import { connect, createServer, type Server, type Socket } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { io } from "socket.io-client";
import { lastJsonLine, type Running } from "../support/spawn-conclave";
import { waitFor } from "../support/wait-for";
import { devFederation, listeningPort, splitBoston } from "../support/processes";
import { freePort, ProcessFederation } from "../resume/support";

function healthz(port: number, agent?: Agent): Promise<{ status: number; body: Record<string, unknown> }> {
  return new Promise((resolve, reject) => {
    get({ host: "127.0.0.1", port, path: "/healthz", ...(agent ? { agent } : {}) }, (res) => {
      let text = "";
      res.on("data", (d: Buffer) => { text += d.toString(); });
      res.on("end", () => {
        const body: unknown = JSON.parse(text);
        resolve({ status: res.statusCode ?? 0, body: typeof body === "object" && body !== null ? Object.fromEntries(Object.entries(body)) : {} });
      });
    }).on("error", reject);
  });
}

/** A TCP proxy to the coordinator whose connections the test can cut (the worker then reconnects through it). */
async function cuttableProxy(target: number): Promise<{ port: number; cut: () => number; server: Server }> {
  const pairs = new Set<[Socket, Socket]>();
  const server = createServer((client) => {
    const upstream = connect(target, "127.0.0.1");
    const pair: [Socket, Socket] = [client, upstream];
    pairs.add(pair);
    client.pipe(upstream).pipe(client);
    const end = (): void => { pairs.delete(pair); client.destroy(); upstream.destroy(); };
    client.on("error", end).on("close", end);
    upstream.on("error", end).on("close", end);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const a = server.address();
  if (a === null || typeof a === "string") throw new Error("no port");
  return { port: a.port, server, cut: () => { const n = pairs.size; for (const [c, u] of pairs) { c.resetAndDestroy(); u.destroy(); } pairs.clear(); return n; } };
}

describe("long-lived coordinator and workers (real processes on 127.0.0.1)", function () {
  this.timeout(240_000);
  let dir = "";
  let fed: ProcessFederation;
  const sites = ["hospital-0", "hospital-1", "hospital-2"];
  const plain = ["--secagg", "none"];
  const plainWorker = ["--accept", "none"];

  before(() => {
    dir = mkdtempSync(path.join(tmpdir(), "conclave-long-"));
    splitBoston(dir, 3);
    devFederation(path.join(dir, "fed"), sites);
    fed = new ProcessFederation(dir, sites);
  });
  afterEach(() => fed.killAll());
  after(() => rmSync(dir, { recursive: true, force: true }));

  it("answers GET /healthz on its port, and exits promptly at the end of the run with idle connections open", async () => {
    const port = await freePort();
    const c = fed.coordinator(port, ["--rounds", "1", ...plain]);
    await listeningPort(c);
    const agent = new Agent({ keepAlive: true });
    const waiting = await healthz(port, agent);
    assert.equal(waiting.status, 200);
    assert.equal(waiting.body.status, "ok");
    assert.equal(waiting.body.state, "waiting");
    assert.equal(waiting.body.roundsPlanned, 1);
    // Idle: a TCP connection that never sends a byte, the keep-alive HTTP connection above, a socket.io client that never joins.
    const idleTcp = connect(port, "127.0.0.1");
    idleTcp.on("error", () => {});
    const idleSocket = io(`http://127.0.0.1:${port}`, { transports: ["websocket"], reconnection: false });
    await new Promise<void>((resolve) => idleSocket.once("connect", () => resolve()));
    const workers = fed.workers(port, plainWorker);
    await waitFor(() => c.stdout.includes('"outcome"') || c.child.exitCode !== null, "the run's summary", 120_000);
    const ended = Date.now();
    assert.equal(await c.exited, 0, c.stderr.slice(-2000));
    const lingered = Date.now() - ended;
    assert.ok(lingered < 5_000, `the coordinator took ${lingered} ms to exit after its summary`);
    for (const w of workers) assert.equal(await w.exited, 0);
    idleSocket.close();
    idleTcp.destroy();
    agent.destroy();
  });

  it("SIGTERM: the coordinator says it stopped early at round r of R and exits 6; its workers exit 6", async () => {
    const port = await freePort();
    const c = fed.coordinator(port, ["--rounds", "40", ...plain]);
    await listeningPort(c);
    const workers = fed.workers(port, plainWorker);
    await waitFor(() => /round 1 applied/.test(c.stderr) || c.child.exitCode !== null, "round 1", 120_000);
    c.child.kill("SIGTERM");
    assert.equal(await c.exited, 6, c.stderr.slice(-2000));
    const summary = lastJsonLine(c.stdout);
    assert.equal(summary.outcome, "stopped-early");
    assert.match(String(summary.reason), /^stopped early after round \d+ of 40: stopped by SIGTERM$/);
    for (const w of workers) {
      assert.equal(await w.exited, 6, w.stderr.slice(-2000));
      assert.match(w.stderr, /the run did not finish: stopped-early after \d+ of 40 rounds/);
    }
  });

  it("a worker whose connection drops mid-round is a drop for that round only: it reconnects and contributes to the next", async () => {
    const port = await freePort();
    const c = fed.coordinator(port, ["--rounds", "3", ...plain], { CONCLAVE_LOG_LEVEL: "debug" });
    await listeningPort(c);
    const proxy = await cuttableProxy(port);
    try {
      const direct = [0, 1].map((i) => fed.worker(port, i, plainWorker));
      const viaProxy = fed.worker(proxy.port, 2, plainWorker);
      await waitFor(() => /round 2: training requested/.test(c.stderr) || c.child.exitCode !== null, "round 2 to start", 120_000);
      assert.ok(proxy.cut() >= 1, "the proxied worker's connection was cut");
      assert.equal(await c.exited, 0, c.stderr.slice(-3000));
      assert.match(c.stderr, /round 2 applied: 2 of 3 sampled contributed/);
      assert.match(c.stderr, /round 3 applied: 3 of 3 sampled contributed/);
      assert.equal(lastJsonLine(c.stdout).roundsApplied, 3);
      assert.equal(await viaProxy.exited, 0, viaProxy.stderr.slice(-2000));
      assert.match(viaProxy.stderr, /reconnected to run [0-9a-f-]{36} \(1 of 3 rounds completed\); taking part from the next round/);
      for (const w of direct) assert.equal(await w.exited, 0);
    } finally {
      await new Promise<void>((resolve) => proxy.server.close(() => resolve()));
    }
  });

  it("a failed round 0 does not end the run: the coordinator waits for the sites and retries it", async () => {
    const port = await freePort();
    const c = fed.coordinator(port, ["--rounds", "2"], { CONCLAVE_LOG_LEVEL: "debug" });
    await listeningPort(c);
    const workers = fed.workers(port);
    await waitFor(() => /round 0: secagg\+ ShareKeys stage sent/.test(c.stderr) || c.child.exitCode !== null, "round 0's ShareKeys", 120_000);
    workers[2]!.child.kill("SIGKILL");
    await waitFor(() => /round 0 \(federated standardisation\) failed/.test(c.stderr), "round 0 to fail", 60_000);
    const restarted = fed.worker(port, 2);
    assert.equal(await c.exited, 0, c.stderr.slice(-3000));
    const summary = lastJsonLine(c.stdout);
    assert.equal(summary.outcome, "finished");
    assert.equal(summary.roundsApplied, 2);
    for (const w of [workers[0]!, workers[1]!, restarted]) assert.equal(await w.exited, 0, w.stderr.slice(-2000));
  });

  it("--keep-running: workers stay up across two runs and exit 0 on SIGTERM", async () => {
    const port = await freePort();
    const first = fed.coordinator(port, ["--rounds", "1", ...plain]);
    await listeningPort(first);
    const workers = fed.workers(port, [...plainWorker, "--keep-running"]);
    assert.equal(await first.exited, 0, first.stderr.slice(-2000));
    const firstRun = String(lastJsonLine(first.stdout).runId);
    await waitFor(() => workers.every((w) => /--keep-running: waiting for the coordinator's next run/.test(w.stderr)), "the workers to wait for the next run", 60_000);
    const second = fed.coordinator(port, ["--rounds", "1", ...plain]);
    assert.equal(await second.exited, 0, second.stderr.slice(-2000));
    const secondRun = String(lastJsonLine(second.stdout).runId);
    assert.notEqual(secondRun, firstRun);
    for (const w of workers) {
      assert.equal(w.child.exitCode, null, "still running");
      assert.match(w.stderr, new RegExp(`joined run ${secondRun}`));
      await waitFor(() => (w.stderr.match(/--keep-running: waiting/g) ?? []).length >= 2, "the second run's end", 60_000);
      w.child.kill("SIGTERM");
      assert.equal(await w.exited, 0, w.stderr.slice(-2000));
    }
  });
});

export type { Running };
