/**
 * `npm run bench:load-slow-readers -- [--clients 4] [--seconds 25] [--json]`: the finding's case
 * 4.6.d2 — clients that never read their socket and send 20,000 12-byte frames a second, each
 * declaring a 1 GiB message that earns a MESSAGE_TOO_LARGE reply — against a coordinator on 127.0.0.1, twice, each
 * in a fresh process: with the bounds off (no rate limit, an Error for every frame, no output
 * bound: what the coordinator did before server/limits) and with the default bounds. Reports the
 * coordinator's RSS before, at its peak and 3 s after the clients left. Last line JSON.
 */
import { execFileSync, fork } from "node:child_process";
import { parseArgs } from "node:util";
import { Coordinator } from "../server/coordinator";
import { DEFAULT_LIMITS, type ConnectionLimits } from "../server/limits/connection-limits";
import { InboundAudit } from "../server/limits/inbound-audit";
import { FedAvg } from "../server/strategy/fedavg";
import { cryptoSamplingRandom } from "../server/strategy/sampling-random";
import { SocketIoServerTransport } from "../server/transport/socketio-server";
import { setLogLevel } from "../shared/log/logger";
import { PLAINTEXT_PROTECTION } from "../shared/protocol/messages";
import { initialTaskWeights } from "../shared/task/init-weights";
import { BOSTON_TASK } from "../shared/task/tasks";
import { coordinatorIdentity, LOAD_TASK, loadMembership } from "./load-federation";

setLogLevel("error");
const { values } = parseArgs({ options: { clients: { type: "string", default: "4" }, seconds: { type: "string", default: "25" }, bounds: { type: "string" }, json: { type: "boolean", default: false } } });

const OFF: { limits: ConnectionLimits; maxBufferedBytes: number } = {
  limits: { ...DEFAULT_LIMITS, messagesPerSecond: 1e12, messageBurst: 1e12, pendingMessageBurst: 1e12, errorReplyIntervalMs: 0 }, maxBufferedBytes: Number.MAX_SAFE_INTEGER,
};

async function scenario(bounds: "off" | "on"): Promise<void> {
  const audit = new InboundAudit();
  const coordinator = new Coordinator({ membership: loadMembership(4), identity: coordinatorIdentity(), task: LOAD_TASK, initialWeights: initialTaskWeights(BOSTON_TASK, 1), rounds: 1,
    strategy: new FedAvg({ train: BOSTON_TASK.train, minFitWorkers: 1 }), protection: PLAINTEXT_PROTECTION, rng: cryptoSamplingRandom, maxMessageBytes: 64 << 20,
    maxExamples: 100_000, audit, limits: bounds === "off" ? OFF.limits : DEFAULT_LIMITS });
  const transport = await SocketIoServerTransport.listen({ port: 0, host: "127.0.0.1", audit, ...(bounds === "off" ? { maxBufferedBytes: OFF.maxBufferedBytes } : {}) });
  transport.onConnection((c) => coordinator.addConnection(c));
  const rss = (): number => process.memoryUsage().rss;
  const before = rss();
  let peak = before;
  const sampler = setInterval(() => { peak = Math.max(peak, rss()); }, 100);
  const child = fork("bin/run-ts.js", ["bench/load-clients.ts", "--url", `http://127.0.0.1:${transport.port}`, "--mode", "hostile", "--from", "0", "--count", values.clients, "--kinds", "4"],
    { stdio: ["ignore", "ignore", "inherit", "ipc"] });
  await new Promise((r) => setTimeout(r, Number(values.seconds) * 1000));
  child.kill();
  await new Promise((r) => setTimeout(r, 3_000));
  clearInterval(sampler);
  const after = rss();
  await transport.close();
  process.stdout.write(JSON.stringify({ bounds, clients: Number(values.clients), seconds: Number(values.seconds), rssBeforeBytes: before, rssPeakBytes: peak, rssAfterBytes: after,
    errorReplies: audit.counts.replied, suppressed: audit.counts.suppressed, rateLimited: audit.counts["rate-limited"], slowReadersDisconnected: transport.slowReadersDisconnected }) + "\n");
  process.exit(0);
}

if (values.bounds === "off" || values.bounds === "on") void scenario(values.bounds);
else {
  const run = (b: string): Record<string, number | string> => JSON.parse(execFileSync(process.execPath, ["bin/run-ts.js", "bench/load-slow-readers.ts", "--bounds", b,
    "--clients", values.clients, "--seconds", values.seconds], { encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] }).trim().split("\n").pop()!) as Record<string, number | string>;
  const off = run("off");
  const on = run("on");
  const mib = (b: number | string | undefined): string => `${(Number(b) / 2 ** 20).toFixed(0)} MiB`;
  if (!values.json) for (const r of [off, on]) process.stdout.write(`bounds ${String(r.bounds)}: RSS ${mib(r.rssBeforeBytes)} -> peak ${mib(r.rssPeakBytes)}, ${mib(r.rssAfterBytes)} after they left; ${String(r.errorReplies)} error replies\n`);
  process.stdout.write(JSON.stringify({ off, on }) + "\n");
}
