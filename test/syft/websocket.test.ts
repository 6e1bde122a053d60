/**
 * Websocket syft workers over the project's socket.io transport, on
 * 127.0.0.1: the same client code as with virtual workers, large tensors
 * across many frames, training where the data lives, and the real
 * `conclave syft-worker` process.
 */
import assert from "node:assert/strict";
import { startSyftWorkerServer, type RunningSyftWorker } from "../../bin/commands/syft-worker";
import { BOSTON_TASK } from "../../shared/task/tasks";
import { initialWeights } from "../../shared/task/init-weights";
import { connectionWorker, model, RemoteError, Syft, tensor, WorkerUnavailableError, type WorkerHandle } from "../../shared/syft/index";
import type { Connection } from "../../shared/transport/transport";
import { systemTimers } from "../../worker/syft/system-timers";
import { TfjsExecutor } from "../../worker/syft/tfjs-executor";
import { connectSocketIo } from "../../worker/transport/socketio-client";
import { spawnConclave } from "../support/spawn-conclave";
import { waitFor } from "../support/wait-for";
import { assertValues } from "./support";

describe("syft workers over websocket", () => {
  const servers: RunningSyftWorker[] = [];
  const connections: Connection[] = [];
  let executor: TfjsExecutor;
  let syft: Syft;

  async function remote(name: string, maxMessageBytes?: number): Promise<WorkerHandle> {
    const server = await startSyftWorkerServer({ name, port: 0, host: "127.0.0.1", executor, ...(maxMessageBytes ? { maxMessageBytes } : {}) });
    servers.push(server);
    const connection = await connectSocketIo(`http://127.0.0.1:${server.port}`, { attempts: 3 });
    connections.push(connection);
    return syft.connect(connectionWorker(name, connection));
  }

  beforeEach(() => {
    executor = new TfjsExecutor("cpu");
    syft = new Syft({ timers: systemTimers, timeoutMs: 20_000 });
  });

  afterEach(async () => {
    for (const c of connections.splice(0)) c.close();
    await Promise.all(servers.splice(0).map((s) => s.close()));
    executor.dispose();
  });

  it("share, add, multiply with Beaver triples and divide among remote workers, as with virtual ones", async () => {
    const [alice, bob, james] = await Promise.all([remote("alice"), remote("bob"), remote("james")]);
    const x = await tensor([1.5, -2, 3.25]).fixPrecision().share(alice, bob, { cryptoProvider: james });
    const y = await tensor([2, 0.5, -1]).fixPrecision().share(alice, bob, { cryptoProvider: james });
    const z = await (await (await x.mul(y)).add(x)).div(2);
    assertValues((await z.get()).floatPrecision(), [2.25, -1.5, 0]);
  });

  it("a tensor of 300 000 values (2.4 MB, many 512 KiB frames) goes and comes back whole", async () => {
    const alice = await remote("alice");
    const values = Float64Array.from({ length: 300_000 }, (_, i) => (i % 1000) / 7);
    const ptr = await tensor(values).send(alice);
    const doubled = await ptr.mul(2);
    const back = await doubled.get();
    assert.equal(back.size, values.length);
    assert.ok(back.values.every((v, i) => v === values[i]! * 2));
  });

  it("a get above the worker's message limit is refused and the object stays; the connection stays up", async () => {
    const alice = await remote("alice", 1 << 20);
    const column = await tensor(Float64Array.from({ length: 1000 }, (_, i) => i), [1000, 1]).send(alice);
    const outer = await column.matmul(tensor(Float64Array.from({ length: 1000 }, () => 1), [1, 1000]));
    await assert.rejects(outer.get(), (e: unknown) => e instanceof RemoteError && e.code === "OUT_OF_RANGE" && /above the limit of 1048576 bytes.*it stays here/.test(e.message));
    assertValues(await (await outer.sum()).get(), [499_500_000]);
  });

  it("trains a model where the data lives and brings it back", async () => {
    const alice = await remote("alice");
    const rows = 64;
    const x = tensor(Float64Array.from({ length: rows * 13 }, (_, i) => Math.sin(i)), [rows, 13]);
    const y = tensor(Float64Array.from({ length: rows }, (_, i) => 20 + 5 * Math.cos(i)), [rows]);
    const [xp, yp] = await Promise.all([x.send(alice), y.send(alice)]);
    const start = model(BOSTON_TASK, initialWeights(BOSTON_TASK.model, 1));
    const ptr = await start.send(alice);
    const report = await ptr.fit(xp, yp, { optimizer: "sgd", learningRate: 0.001, batchSize: 8, epochs: 3, seed: 1 });
    assert.equal(report.examples, rows);
    assert.equal(report.epochLosses.length, 3);
    assert.ok(report.epochLosses[2]! < report.epochLosses[0]!, `loss fell: ${report.epochLosses.join(", ")}`);
    const trained = await ptr.get();
    assert.notDeepEqual(Array.from(trained.weights[0]!.values), Array.from(start.weights[0]!.values));
  });

  it("a worker that went away fails fast with WorkerUnavailableError, naming it", async () => {
    const alice = await remote("alice");
    await tensor([1]).send(alice);
    await servers.pop()!.close();
    await waitFor(() => connections[0]!.closed, "the client to see the connection close");
    await assert.rejects(tensor([1]).send(alice), (e: unknown) => e instanceof WorkerUnavailableError && /cannot reach worker alice/.test(e.message));
  });

  it("`conclave syft-worker` listens on 127.0.0.1, serves a client, and stops on SIGTERM", async function () {
    this.timeout(30_000);
    const proc = spawnConclave(["syft-worker", "--name", "carol", "--port", "0"]);
    try {
      await waitFor(() => /listening on http:\/\/127\.0\.0\.1:\d+/.test(proc.stdout), "the syft worker to listen", 20_000);
      const url = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(proc.stdout)![1]!;
      const connection = await connectSocketIo(url, { attempts: 3 });
      connections.push(connection);
      const carol = syft.connect(connectionWorker("carol", connection));
      const ptr = await tensor([1, 2, 3]).send(carol);
      assertValues(await (await ptr.sum()).get(), [6]);
      proc.child.kill("SIGTERM");
      assert.equal(await proc.exited, 0);
    } finally {
      if (proc.child.exitCode === null) proc.child.kill("SIGKILL");
    }
  });
});
