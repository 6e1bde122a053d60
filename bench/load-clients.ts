/**
 * One client process of `npm run bench:load`: `--mode honest` hosts `--count` protocol clients
 * (WorkerClients over their own socket.io connection, sites `--from`...), each retrying its join
 * until welcomed; `--mode hostile` hosts `--count` hostile clients that never join, four kinds in
 * turn: idle (holds a pending slot until the join timeout), flooder (byes as fast as it can),
 * non-reader (never reads, sends 2,000 12-byte frames a second, each declaring an oversized message;
 * kind 4 sends 20,000) and tensor bomber (1 MiB of empty tensors before joining); each reconnects whenever it is closed. Reports
 * to the parent over IPC; runs until its clients are told goodbye (honest) or it is stopped.
 */
import { parseArgs } from "node:util";
import { io } from "socket.io-client";
import { connectSocketIo } from "../worker/transport/socketio-client";
import { WorkerClient } from "../worker/worker-client";
import { setLogLevel } from "../shared/log/logger";
import { encodeMessage } from "../shared/protocol/codec";
import { splitIntoFrames } from "../shared/transport/frames";
import { LOAD_POLICY, LOAD_TASK, loadMembership, SkipTrainingLearner, siteIdentity, siteName } from "./load-federation";

setLogLevel("error");
const { values } = parseArgs({ options: { url: { type: "string" }, mode: { type: "string" }, from: { type: "string" }, count: { type: "string" }, sites: { type: "string" },
  kinds: { type: "string", default: "0,1,2,3" } } });
const kinds = values.kinds.split(",").map(Number);
const url = values.url!;
const from = Number(values.from);
const count = Number(values.count);
const report = (m: Record<string, unknown>): void => { process.send?.(m); };

async function honest(): Promise<void> {
  const membership = loadMembership(Number(values.sites));
  let joined = 0;
  let retries = 0;
  const closed: Promise<string>[] = [];
  await Promise.all(Array.from({ length: count }, async (_, k) => {
    const i = from + k;
    for (let attempt = 0; ; attempt++) {
      try {
        const conn = await connectSocketIo(url, { attempts: 1, timeoutMs: 20_000 });
        const w = new WorkerClient(conn, { name: siteName(i), task: LOAD_TASK, learner: new SkipTrainingLearner((i % 7) - 3), identity: siteIdentity(i), membership, policy: LOAD_POLICY });
        await w.join(60_000);
        closed.push(w.closed);
        joined++;
        if (joined === count) report({ type: "joined", joined, retries });
        return;
      } catch {
        retries++;
        await new Promise((r) => setTimeout(r, Math.min(5_000, 200 * 2 ** Math.min(attempt, 5)) * (0.5 + Math.random())));
      }
    }
  }));
  await Promise.all(closed);
  process.exit(0);
}

const FRAME = "f";
function frame(stream: number, payload: Uint8Array, total = payload.byteLength): Uint8Array {
  const f = new Uint8Array(16 + payload.byteLength);
  const v = new DataView(f.buffer);
  v.setUint32(0, stream, true); v.setUint32(4, 0, true); v.setUint32(8, 1, true); v.setUint32(12, total, true);
  f.set(payload, 16);
  return f;
}

function bomb(): Uint8Array {
  const n = 1 << 20;
  const header = [0x0a, 0x02, 0x18, 0x01, 0x6a, ...[(n & 0x7f) | 0x80, ((n >> 7) & 0x7f) | 0x80, n >> 14]];
  const out = new Uint8Array(header.length + n);
  out.set(header);
  for (let i = header.length; i < out.length; i += 2) out[i] = 0x0a;
  return out;
}

function hostile(): void {
  const bye = encodeMessage({ meta: { runId: "", round: 0, messageId: 1, replyTo: 0, sender: "x" }, body: { type: "bye", reason: "flood", outcome: "finished", roundsCompleted: 0, roundsPlanned: 0 } });
  const bombBytes = bomb();
  let connections = 0;
  const tried = new Set<number>();
  const start = (kind: number, k: number): void => {
    const socket = io(url, { transports: ["websocket"], reconnection: false, forceNew: true, timeout: 20_000 });
    let stream = 1;
    let timer: NodeJS.Timeout | null = null;
    socket.on("connect", () => {
      connections++;
      tried.add(k);
      if (kind === 1) timer = setInterval(() => { for (let j = 0; j < 50; j++) socket.emit(FRAME, frame(stream++, bye)); }, 20);
      if (kind === 2 || kind === 4) {
        const burst = kind === 4 ? 200 : 20;
        const ws = (socket.io.engine as unknown as { transport?: { ws?: { _socket?: { pause(): void } } } }).transport?.ws?._socket;
        ws?.pause();
        timer = setInterval(() => { for (let j = 0; j < burst; j++) socket.emit(FRAME, frame(stream++, new Uint8Array(0), 1 << 30)); }, 10);
      }
      if (kind === 3) timer = setInterval(() => { for (const f of splitIntoFrames(bombBytes, stream++, 512 * 1024)) socket.emit(FRAME, f); }, 250);
    });
    const again = (): void => { tried.add(k); if (timer) clearInterval(timer); timer = null; socket.removeAllListeners(); setTimeout(() => start(kind, k), 100 + Math.random() * 400); };
    socket.on("disconnect", again);
    socket.on("connect_error", again);
  };
  for (let k = 0; k < count; k++) start(kinds[k % kinds.length]!, k);
  // Started: every client has connected, or been refused, at least once.
  const check = setInterval(() => { if (tried.size >= count) { clearInterval(check); report({ type: "started", connections }); } }, 100);
  process.on("message", (m) => { if (m === "stop") process.exit(0); });
}

if (values.mode === "honest") void honest();
else hostile();
