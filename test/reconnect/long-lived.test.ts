import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { Agent, get } from "node:http";
import { connect, createServer, type Server, type Socket } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { io } from "socket.io-client";
import { lastJsonLine } from "../support/spawn-conclave";
import { waitFor } from "../support/wait-for";
import { devFederation, listeningPort, splitBoston } from "../support/processes";
import { freePort, ProcessFederation } from "../resume/support";
import { Coordinator } from "../../server/coordinator";
import { createStrategy } from "../../server/strategy/create-strategy";
import { cryptoSamplingRandom } from "../../server/strategy/sampling-random";
import { SocketIoServerTransport } from "../../server/transport/socketio-server";
import { PLAINTEXT_PROTECTION } from "../../shared/protocol/messages";
import { describeTask } from "../../shared/protocol/task-description";
import { resolveTask } from "../../shared/task/resolve-task";
import { DEFAULT_MAX_MESSAGE_BYTES } from "../../shared/transport/transport";
import { loadMembership } from "../../bin/federation-io";
import { taskClipNorm } from "../../shared/task/task-defaults";
import { readKeyFile } from "../../bin/key-store";
import { initialTaskWeights } from "../../shared/task/init-weights";

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

/**
 * A TCP proxy to the coordinator. Once armed, it cuts its connections when the coordinator next
 * sends something larger than a ping (a request: here round 2's RoundStart), before the worker
 * sees it, and goes on accepting (the worker reconnects through it).
 */
async function cuttingProxy(target: number): Promise<{ port: number; cutOnNextRequest: () => void; cuts: () => number; server: Server }> {
  const pairs = new Set<[Socket, Socket]>();
  let armed = false;
  let cuts = 0;
  const server = createServer((client) => {
    const upstream = connect(target, "127.0.0.1");
    const pair: [Socket, Socket] = [client, upstream];
    pairs.add(pair);
    client.on("data", (d: Buffer) => upstream.write(d));
    upstream.on("data", (d: Buffer) => {
      if (armed && d.length >= 64) {
        armed = false;
        cuts++;
        client.resetAndDestroy();
        upstream.destroy();
        return;
      }
      client.write(d);
    });
    const end = (): void => { pairs.delete(pair); client.destroy(); upstream.destroy(); };
    client.on("error", end).on("close", end);
    upstream.on("error", end).on("close", end);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const a = server.address();
  if (a === null || typeof a === "string") throw new Error("no port");
  return { port: a.port, server, cutOnNextRequest: () => { armed = true; }, cuts: () => cuts };
}

/** The coordinator of `conclave coordinator --secagg none` for Boston, in this process (so the test can act between two rounds). */
async function inProcessCoordinator(dir: string, rounds: number, onRound: (round: number) => void): Promise<{ coordinator: Coordinator; transport: SocketIoServerTransport }> {
  const task = await resolveTask("boston");
  const membership = loadMembership(path.join(dir, "fed", "federation.json"));
  const coordinator = new Coordinator({
    membership, identity: readKeyFile(path.join(dir, "fed", "coordinator.key")), task: { ...describeTask(task), kind: task.kind },
    initialWeights: initialTaskWeights(task, 1), strategy: createStrategy("fedavg", { train: task.train, secureAggregation: "none", fractionFit: 1, minFitWorkers: 3 }),
    rounds, protection: { ...PLAINTEXT_PROTECTION, clipNorm: taskClipNorm(task) }, rng: cryptoSamplingRandom, maxMessageBytes: DEFAULT_MAX_MESSAGE_BYTES,
    maxExamples: 100_000, roundTimeoutMs: 60_000, onRound: (record) => onRound(record.round),
  });
  const transport = await SocketIoServerTransport.listen({ port: 0 });
  transport.onConnection((c) => coordinator.addConnection(c));
  return { coordinator, transport };
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
    let proxy: Awaited<ReturnType<typeof cuttingProxy>> | null = null;
    const { coordinator, transport } = await inProcessCoordinator(dir, 3, (round) => { if (round === 1) proxy!.cutOnNextRequest(); });
    proxy = await cuttingProxy(transport.port);
    try {
      const direct = [0, 1].map((i) => fed.worker(transport.port, i, plainWorker));
      const viaProxy = fed.worker(proxy.port, 2, plainWorker);
      await coordinator.waitForWorkers(3, 60_000);
      const history = await coordinator.run();
      await coordinator.shutdown(history.outcome, history.reason);
      assert.equal(proxy.cuts(), 1);
      assert.equal(history.outcome, "finished");
      const [r1, r2, r3] = history.rounds;
      assert.deepEqual(r1!.contributors, ["hospital-0", "hospital-1", "hospital-2"]);
      assert.deepEqual(r2!.contributors, ["hospital-0", "hospital-1"], "the cut worker is a drop in round 2");
      assert.deepEqual(r2!.failures.map((f) => [f.worker, f.code]), [["hospital-2", "DISCONNECTED"]]);
      assert.equal(r2!.applied, true);
      assert.deepEqual(r3!.contributors, ["hospital-0", "hospital-1", "hospital-2"], "and contributes again in round 3");
      assert.equal(await viaProxy.exited, 0, viaProxy.stderr.slice(-2000));
      assert.match(viaProxy.stderr, /reconnected to run [0-9a-f-]{36} \(1 of 3 rounds completed\); taking part from the next round/);
      for (const w of direct) assert.equal(await w.exited, 0);
    } finally {
      await transport.close();
      await new Promise<void>((resolve) => proxy!.server.close(() => resolve()));
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

