import assert from "node:assert/strict";
import { DEFAULT_LIMITS, type ConnectionLimits } from "../../server/limits/connection-limits";
import { InboundAudit } from "../../server/limits/inbound-audit";
import { TokenBucket } from "../../server/limits/token-bucket";
import { SessionGuard } from "../../server/limits/session-guard";
import { SocketIoServerTransport } from "../../server/transport/socketio-server";
import type { CoordinatorOptions } from "../../server/coordinator";
import type { Connection } from "../../shared/transport/transport";
import { createMemoryPair } from "../../shared/transport/memory-transport";
import { WorkerClient } from "../../worker/worker-client";
import { connectSocketIo } from "../../worker/transport/socketio-client";
import { FakeLearner } from "../support/fake-learner";
import { fedAvgCoordinator, siteOptions } from "../support/federation";
import { RawSocket } from "./support/raw-socket";

const bye = { type: "bye", reason: "x", outcome: "finished", roundsCompleted: 0, roundsPlanned: 0 } as const;

describe("bounded resources: the coordinator's per-connection limits", function () {
  this.timeout(30_000);
  let transport: SocketIoServerTransport | null = null;
  const sockets: RawSocket[] = [];
  afterEach(async () => {
    for (const s of sockets.splice(0)) s.close();
    await transport?.close();
    transport = null;
  });

  async function start(limits: Partial<ConnectionLimits> = {}, overrides: Partial<CoordinatorOptions> = {}, transportOptions: { maxMessageBytes?: number } = {}) {
    const audit = new InboundAudit();
    const coordinator = fedAvgCoordinator({ rounds: 1, limits: { ...DEFAULT_LIMITS, ...limits }, audit, ...overrides });
    transport = await SocketIoServerTransport.listen({ port: 0, host: "127.0.0.1", maxMessageBytes: 1 << 20, audit, ...transportOptions });
    transport.onConnection((c) => coordinator.addConnection(c));
    return { coordinator, audit, url: `http://127.0.0.1:${transport.port}` };
  }

  async function raw(url: string): Promise<RawSocket> {
    const s = await RawSocket.connect(url);
    sockets.push(s);
    await s.until(() => s.runId !== "", "the challenge");
    return s;
  }

  it("a token bucket spends one token a message and refills at its rate", () => {
    let t = 0;
    const b = new TokenBucket(10, 3, () => t);
    assert.deepEqual([b.take(), b.take(), b.take(), b.take()], [true, true, true, false]);
    t = 100; // 0.1 s at 10/s: one token back
    assert.deepEqual([b.take(), b.take()], [true, false]);
    t = 10_000;
    assert.deepEqual([b.take(), b.take(), b.take(), b.take()], [true, true, true, false], "never more than the burst");
  });

  it("a connection gets a few messages before it joins and the joined rate after", () => {
    let t = 0;
    const guard = new SessionGuard({ ...DEFAULT_LIMITS, pendingMessageBurst: 2, messageBurst: 5, messagesPerSecond: 1 }, { tensors: 2, bytes: 32 }, "peer", undefined, () => t);
    assert.deepEqual([guard.take(), guard.take(), guard.take()], ["ok", "ok", "first"]);
    assert.equal(guard.decodeLimits.maxTensors, 0, "no tensors before joining");
    const joined = new SessionGuard({ ...DEFAULT_LIMITS, pendingMessageBurst: 2, messageBurst: 5, messagesPerSecond: 1 }, { tensors: 2, bytes: 32 }, "peer", undefined, () => t);
    joined.admitted();
    assert.deepEqual(Array.from({ length: 6 }, () => joined.take()), ["ok", "ok", "ok", "ok", "ok", "first"]);
    assert.equal(joined.take(), "again");
    assert.deepEqual(joined.decodeLimits, { maxTensors: 2, maxTensorBytes: 32, maxElements: 1 << 20 });
  });

  it("a flood of 2,000 messages from one connection is answered once with RATE_LIMITED and the connection closes; every frame is accounted for", async () => {
    const { url, audit } = await start({ pendingMessageBurst: 50 });
    const s = await raw(url);
    for (let i = 0; i < 2_000; i++) s.send(bye);
    await s.until(() => s.disconnected, "the coordinator to close the flooding connection");
    const errors = s.errors();
    assert.equal(errors.length, 1, `one reply, got ${errors.map((e) => e.code).join(", ")}`);
    assert.equal(errors[0]!.code, "RATE_LIMITED");
    assert.match(errors[0]!.message, /more than 50 messages before joining/);
    assert.equal(audit.counts.accepted, 50, "the burst was handled (a bye before join is only logged)");
    assert.ok(audit.counts["rate-limited"] >= 1);
    assert.equal(audit.total, audit.counts.accepted + audit.counts["rate-limited"] + audit.counts.dropped, "nothing else happened to them");
  });

  it("answers the same problem once per interval, not once per frame: 150 oversized 12-byte frames earn one MESSAGE_TOO_LARGE", async () => {
    const { url, audit } = await start({ pendingMessageBurst: 200 });
    const s = await raw(url);
    for (let i = 0; i < 150; i++) {
      const frame = new Uint8Array(16);
      const v = new DataView(frame.buffer);
      v.setUint32(0, i + 1, true); v.setUint32(4, 0, true); v.setUint32(8, 1, true); v.setUint32(12, 1 << 30, true);
      s.sendFrame(frame);
    }
    await new Promise<void>((resolve) => { const off = audit.onRecord(() => { if (audit.total >= 150) { off(); resolve(); } }); if (audit.total >= 150) resolve(); });
    assert.equal(audit.counts.replied, 1);
    assert.equal(audit.counts.suppressed, 149, "the others are counted drops");
    await s.until(() => s.errors().length >= 1, "the one reply");
    assert.equal(s.errors()[0]!.code, "MESSAGE_TOO_LARGE");
    assert.ok(!s.disconnected, "the connection stays up (150 is inside the burst)");
  });

  it("refuses tensors from a connection that has not joined before decoding them (8 MiB of empty tensors)", async () => {
    const { url } = await start({}, { maxMessageBytes: 16 << 20 }, { maxMessageBytes: 16 << 20 });
    const s = await raw(url);
    const body = new Uint8Array(8 << 20);
    for (let i = 0; i < body.byteLength; i += 2) body[i] = 0x0a; // train_result.update: empty Tensor, 4M times
    const header = [0x0a, 0x02, 0x18, 0x01, 0x6a]; // meta { message_id: 1 }, field 13 (length-delimited)
    let n = body.byteLength;
    while (n >= 0x80) { header.push((n & 0x7f) | 0x80); n = Math.floor(n / 128); }
    header.push(n);
    const message = new Uint8Array(header.length + body.byteLength);
    message.set(header);
    message.set(body, header.length);
    const rssBefore = process.memoryUsage().rss;
    s.sendBytes(message);
    await s.until(() => s.errors().length > 0, "the refusal");
    assert.equal(s.errors()[0]!.code, "MALFORMED_MESSAGE");
    assert.match(s.errors()[0]!.message, /may not carry tensors here/);
    assert.ok(process.memoryUsage().rss - rssBefore < 200 << 20, "no decoding of 4M objects (that costs ~350 MB)");
  });

  it("caps pending connections: one over --max-pending-connections evicts one that misbehaved, else the oldest (RATE_LIMITED, closed)", async () => {
    const { url, coordinator } = await start({ maxPendingConnections: 2 });
    const a = await raw(url);
    const b = await raw(url);
    b.sendBytes(new Uint8Array([0xff])); // earns MALFORMED_MESSAGE: b misbehaved
    await b.until(() => b.errors().length > 0, "b's error");
    const c = await raw(url);
    await b.until(() => b.disconnected, "the misbehaving pending connection to be closed");
    assert.deepEqual(b.errors().map((e) => e.code), ["MALFORMED_MESSAGE", "RATE_LIMITED"]);
    assert.match(b.errors()[1]!.message, /more than 2 connections were waiting to join/);
    assert.ok(!a.disconnected && !c.disconnected && c.runId !== "", "the older idle one stays, the newcomer was challenged");
    const d = await raw(url);
    await a.until(() => a.disconnected, "then the oldest");
    assert.ok(!c.disconnected && d.runId !== "");
    // An honest worker arriving into a full pending set still joins.
    const w = new WorkerClient(await connectSocketIo(url, { attempts: 1 }), siteOptions(coordinator, "alice", new FakeLearner(5, 1)));
    await w.join();
    await coordinator.shutdown();
  });

  it("caps admitted workers at --max-workers (a reconnect of a joined site still replaces it)", async () => {
    const coordinator = fedAvgCoordinator({ rounds: 1, limits: { ...DEFAULT_LIMITS, maxWorkers: 1 } });
    const join = async (name: string): Promise<WorkerClient> => {
      const [serverEnd, workerEnd] = createMemoryPair(name);
      coordinator.addConnection(serverEnd);
      const w = new WorkerClient(workerEnd, siteOptions(coordinator, name, new FakeLearner(5, 1)));
      await w.join();
      return w;
    };
    await join("alice");
    await assert.rejects(join("bob"), /already has 1 workers, its limit \(--max-workers\)/);
    await join("alice");
    assert.equal(coordinator.workerCount, 1);
    await coordinator.shutdown();
  });

  it("disconnects a peer that does not read once what is queued for it passes the bound", async () => {
    const bound = 2 << 20;
    transport = await SocketIoServerTransport.listen({ port: 0, host: "127.0.0.1", maxMessageBytes: 1 << 20, maxBufferedBytes: bound });
    let server: Connection | null = null;
    transport.onConnection((c) => { server = c; });
    const s = await RawSocket.connect(`http://127.0.0.1:${transport.port}`);
    sockets.push(s);
    await s.until(() => server !== null, "the server side of the connection");
    s.stopReading();
    const chunk = new Uint8Array(512 * 1024);
    let sent = 0;
    // Kernel buffers take a few MiB first; then the coordinator's queue grows and passes the bound.
    while (!server!.closed && sent < 512 << 20) {
      server!.send(chunk);
      sent += chunk.byteLength;
      await new Promise((r) => setImmediate(r));
    }
    assert.ok(server!.closed, `still open after ${sent} bytes`);
    assert.equal(transport.slowReadersDisconnected, 1);
    assert.ok(sent < 64 << 20, `closed after ${sent >> 20} MiB, not after the peer's whole backlog`);
  });
});
