import assert from "node:assert/strict";
import { SocketIoServerTransport } from "../../server/transport/socketio-server";
import { connectSocketIo, ConnectError } from "../../worker/transport/socketio-client";
import { WorkerClient } from "../../worker/worker-client";
import { decodeMessage } from "../../shared/protocol/codec";
import type { Message } from "../../shared/protocol/messages";
import type { FramedConnection } from "../../shared/transport/framed-connection";
import { FakeLearner } from "../support/fake-learner";
import { fedAvgCoordinator, siteOptions } from "../support/federation";
import { waitFor } from "../support/wait-for";

describe("a federation over socket.io on 127.0.0.1", function () {
  let transport: SocketIoServerTransport | null = null;
  afterEach(async () => { await transport?.close(); transport = null; });

  async function start() {
    const coordinator = fedAvgCoordinator({ rounds: 2 });
    transport = await SocketIoServerTransport.listen({ port: 0, host: "127.0.0.1", maxMessageBytes: 1 << 20 });
    transport.onConnection((c) => coordinator.addConnection(c));
    return { coordinator, url: `http://127.0.0.1:${transport.port}` };
  }

  it("runs rounds with remote workers and gets the same average as in memory", async () => {
    const { coordinator, url } = await start();
    const workers = await Promise.all([["alice", 10, 2], ["bob", 30, -2]].map(async ([name, n, target]) => {
      const conn = await connectSocketIo(url, { attempts: 2 });
      const w = new WorkerClient(conn, siteOptions(coordinator, String(name), new FakeLearner(Number(n), Number(target))));
      await w.join();
      return w;
    }));
    const history = await coordinator.run();
    assert.equal(history.rounds.length, 2);
    assert.ok(history.rounds.every((r) => r.contributors.length === 2));
    // round 1: -0.5 (see the in-memory test); round 2: alice -0.5 -> 0.75, bob -0.5 -> -1.25 => 10:30 => -0.75
    for (const t of coordinator.globalWeights) for (const v of t.values) assert.ok(Math.abs(v + 0.75) < 1e-6, `weight ${v}`);
    coordinator.shutdown();
    await Promise.all(workers.map((w) => w.closed));
  });

  it("carries a model larger than one frame (chunked), and answers an oversized message with a typed error while the connection and the round go on", async () => {
    const big = [{ name: "w", shape: [40_000], values: new Float32Array(40_000).fill(0.25) }]; // 160 kB: 10 frames of 16 kB
    const limit = 256 * 1024;
    const coordinator = fedAvgCoordinator({ rounds: 1, maxMessageBytes: limit, initialWeights: big });
    transport = await SocketIoServerTransport.listen({ port: 0, host: "127.0.0.1", maxMessageBytes: limit, frameBytes: 16 * 1024 });
    transport.onConnection((c) => coordinator.addConnection(c));
    const url = `http://127.0.0.1:${transport.port}`;
    const good = new WorkerClient(await connectSocketIo(url, { frameBytes: 16 * 1024 }), siteOptions(coordinator, "alice", new FakeLearner(5, 1)));
    const noisyConn = await connectSocketIo(url, { frameBytes: 16 * 1024, maxMessageBytes: 8 << 20 });
    const noisy = new WorkerClient(noisyConn, siteOptions(coordinator, "bob", new FakeLearner(5, 1)));
    await Promise.all([good.join(), noisy.join()]);
    const replies: Message[] = [];
    noisyConn.onMessage((m) => replies.push(decodeMessage(m)));
    // 1 MB of junk, above the coordinator's 256 kB limit, sent past the client's own check.
    (noisyConn as FramedConnection).sendUnchecked(new Uint8Array(1 << 20));
    await waitFor(() => replies.some((r) => r.body.type === "error"), "the coordinator's error reply");
    const reply = replies.find((r) => r.body.type === "error")!.body;
    assert.ok(reply.type === "error" && reply.code === "MESSAGE_TOO_LARGE" && /above this coordinator's limit of 262144 bytes/.test(reply.message));
    assert.ok(!noisyConn.closed, "the connection stays up");
    const history = await coordinator.run();
    assert.deepEqual([...history.rounds[0]!.contributors], ["alice", "bob"]);
    for (const v of coordinator.globalWeights[0]!.values) assert.ok(Math.abs(v - 0.625) < 1e-6);
    coordinator.shutdown();
  });

  it("a worker pointed at a dead server retries with backoff and gives up with a clear error", async () => {
    const t0 = Date.now();
    await assert.rejects(connectSocketIo("http://127.0.0.1:9", { attempts: 3, backoffMs: 50, timeoutMs: 1000 }),
      (e: unknown) => e instanceof ConnectError && e.attempts === 3 && /could not reach the coordinator at http:\/\/127\.0\.0\.1:9 after 3 attempts/.test(e.message));
    assert.ok(Date.now() - t0 >= 150, "waited 50 + 100 ms between attempts");
  });
});
