/**
 * One scenario of `npm run bench:load` (bench/load.ts runs each in a fresh process, so RSS is
 * the coordinator's alone): a coordinator on 127.0.0.1 (`--workers` sites, SecAgg+, one round,
 * default limits), `--hostile` hostile clients in their own processes (`--hostile-start after`: once the
 * workers have joined, so the round runs beside them; `before`: first, so the workers join under attack), the
 * honest protocol clients in `--processes` processes of ~100 each. Prints one JSON line.
 */
import { fork, type ChildProcess } from "node:child_process";
import { parseArgs } from "node:util";
import { Coordinator } from "../server/coordinator";
import { InboundAudit } from "../server/limits/inbound-audit";
import { DEFAULT_LIMITS } from "../server/limits/connection-limits";
import { DEFAULT_CLIP_RANGE, RingSecureDriver } from "../server/round/ring-driver";
import { FedAvg } from "../server/strategy/fedavg";
import { cryptoSamplingRandom } from "../server/strategy/sampling-random";
import { SocketIoServerTransport } from "../server/transport/socketio-server";
import { setLogLevel } from "../shared/log/logger";
import { PLAINTEXT_PROTECTION } from "../shared/protocol/messages";
import { initialTaskWeights } from "../shared/task/init-weights";
import { BOSTON_TASK } from "../shared/task/tasks";
import { coordinatorIdentity, LOAD_TASK, loadMembership } from "./load-federation";

setLogLevel("error");
const { values } = parseArgs({ options: { workers: { type: "string", default: "1000" }, hostile: { type: "string", default: "0" }, processes: { type: "string", default: "10" },
  "hostile-start": { type: "string", default: "after" }, "join-seconds": { type: "string", default: "600" } } });
const hostileFirst = values["hostile-start"] === "before";
const workers = Number(values.workers);
const hostile = Number(values.hostile);
const processes = Number(values.processes);

function spawnClients(url: string, mode: "honest" | "hostile", total: number, onMessage: (m: { type: string; [k: string]: unknown }) => void): ChildProcess[] {
  const per = Math.ceil(total / processes);
  const children: ChildProcess[] = [];
  for (let from = 0; from < total; from += per) {
    const child = fork("bin/run-ts.js", ["bench/load-clients.ts", "--url", url, "--mode", mode, "--from", String(from), "--count", String(Math.min(per, total - from)), "--sites", String(workers)],
      { stdio: ["ignore", "ignore", "inherit", "ipc"] });
    child.on("message", (m) => onMessage(m as { type: string }));
    child.on("error", () => { /* a child that already exited: nothing to stop */ });
    children.push(child);
  }
  return children;
}

const progress = (line: string): void => { process.stderr.write(`bench:load: ${line}\n`); };

async function main(): Promise<void> {
  const membership = loadMembership(workers);
  const audit = new InboundAudit();
  const secure = new RingSecureDriver({ protocol: "secagg+", clipRange: DEFAULT_CLIP_RANGE, weighted: true, maxExamples: 100_000, stageTimeoutMs: 600_000 });
  const coordinator = new Coordinator({ membership, identity: coordinatorIdentity(), task: LOAD_TASK, initialWeights: initialTaskWeights(BOSTON_TASK, 1), rounds: 1,
    strategy: new FedAvg({ train: BOSTON_TASK.train, minFitWorkers: 1 }), protection: { ...PLAINTEXT_PROTECTION, clipNorm: LOAD_TASK.clipNorm }, secure,
    rng: cryptoSamplingRandom, maxMessageBytes: 64 << 20, maxExamples: 100_000, roundTimeoutMs: 900_000, audit, limits: DEFAULT_LIMITS });
  const transport = await SocketIoServerTransport.listen({ port: 0, host: "127.0.0.1", audit });
  transport.onConnection((c) => coordinator.addConnection(c));
  const url = `http://127.0.0.1:${transport.port}`;
  let peakRss = process.memoryUsage().rss;
  const sampler = setInterval(() => { peakRss = Math.max(peakRss, process.memoryUsage().rss); }, 200);
  const rssIdle = process.memoryUsage().rss;
  const children: ChildProcess[] = [];
  let hostileStarted = 0;
  const startHostile = (): Promise<void> => new Promise<void>((resolve) => {
    let done = 0;
    const expected = Math.ceil(hostile / Math.ceil(hostile / processes));
    children.push(...spawnClients(url, "hostile", hostile, (m) => {
      if (m.type !== "started") return;
      hostileStarted += Number(m.connections);
      progress(`hostile process ${++done} of ${expected} has all its clients connected`);
      if (done === expected) resolve();
    }));
  });
  if (hostile > 0 && hostileFirst) await startHostile();
  const rssBefore = process.memoryUsage().rss;
  const t0 = performance.now();
  let retries = 0;
  let joinedProcesses = 0;
  const honest = spawnClients(url, "honest", workers, (m) => {
    if (m.type !== "joined") return;
    retries += Number(m.retries);
    progress(`honest process ${++joinedProcesses} has all its workers joined (${coordinator.workerCount} in all)`);
  });
  children.push(...honest);
  let connectError: string | null = null;
  await coordinator.waitForWorkers(workers, Number(values["join-seconds"]) * 1000).catch((e: unknown) => { connectError = String(e); });
  const connectSeconds = (performance.now() - t0) / 1000;
  const rssJoined = process.memoryUsage().rss;
  const joinedWorkers = coordinator.workerCount;
  // The attack starts once the federation is connected: the round runs beside it.
  if (hostile > 0 && !hostileFirst) await startHostile();
  const rssWithHostile = process.memoryUsage().rss;
  const history = await coordinator.run();
  const round = history.rounds[0];
  clearInterval(sampler);
  await coordinator.shutdown(history.outcome, history.reason, 10_000);
  for (const c of children) if (c.connected) c.send("stop");
  for (const c of children) c.kill();
  await transport.close();
  process.stdout.write(JSON.stringify({
    workers: joinedWorkers, hostile, hostileStart: hostile > 0 ? (hostileFirst ? "before the workers connect" : "after the workers joined, before the round") : null, processes: children.length,
    roundCompleted: round?.applied === true, contributors: round?.contributors.length ?? 0, connectSeconds: Number(connectSeconds.toFixed(2)),
    roundSeconds: Number((round?.seconds.total ?? NaN).toFixed(2)),
    failures: Object.fromEntries([...new Set(round?.failures.map((f) => f.code) ?? [])].map((code) => [code, round!.failures.filter((f) => f.code === code).length])),
    failureSample: round?.failures.slice(0, 3).map((f) => f.reason) ?? [], stageSeconds: round?.seconds, joinRetries: retries, connectError,
    // The coordinator's growth from idle to every worker joined (beside hostile clients: theirs included), per worker.
    rssBytesPerWorker: Math.round((rssJoined - rssIdle) / Math.max(1, joinedWorkers)), rssIdleBytes: rssIdle, rssWithHostileBytes: hostileFirst ? rssBefore : rssWithHostile, rssJoinedBytes: rssJoined, rssPeakBytes: peakRss,
    hostileConnections: hostileStarted, audit: audit.counts, slowReadersDisconnected: transport.slowReadersDisconnected,
  }) + "\n");
  process.exit(0);
}

void main();
