import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer as createHttpServer, type Server as HttpServer } from "node:http";
import { createServer as createHttpsServer } from "node:https";
import { createServer as createTcpServer, type Server as TcpServer, type Socket } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { SocketIoServerTransport } from "../../server/transport/socketio-server";
import { ConnectError, connectSocketIo } from "../../worker/transport/socketio-client";
import type { ConnectProblem } from "../../worker/transport/connect-diagnosis";
import { freePort } from "../resume/support";

async function listening<T extends HttpServer | TcpServer>(server: T): Promise<number> {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const a = server.address();
  if (a === null || typeof a === "string") throw new Error("no port");
  return a.port;
}

async function failure(url: string, options: Parameters<typeof connectSocketIo>[1] = {}): Promise<ConnectError> {
  try {
    const c = await connectSocketIo(url, { attempts: 1, timeoutMs: 2_000, ...options });
    c.close("unexpected");
  } catch (err) {
    if (err instanceof ConnectError) return err;
    throw err;
  }
  throw new Error(`connected to ${url}`);
}

function expect(err: ConnectError, problem: ConnectProblem, sentence: RegExp): void {
  assert.equal(err.problem, problem, err.message);
  assert.match(err.message, sentence);
}

/** Every way a worker's connection can fail says what is wrong, not "websocket error". */
describe("connection errors name their cause", function () {
  this.timeout(30_000);
  let dir = "";
  let cert = "";
  let key = "";
  let tlsPort = 0;
  let plainPort = 0;
  const servers: (HttpServer | TcpServer)[] = [];
  const sockets: Socket[] = [];

  before(async function () {
    dir = mkdtempSync(path.join(tmpdir(), "conclave-connect-"));
    cert = path.join(dir, "cert.pem");
    key = path.join(dir, "key.pem");
    const openssl = spawnSync("openssl", ["req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes", "-days", "1", "-subj", "/CN=127.0.0.1",
      "-addext", "subjectAltName=IP:127.0.0.1", "-keyout", key, "-out", cert], { encoding: "utf8" });
    if (openssl.error || openssl.status !== 0) this.skip();
    const tls = createHttpsServer({ key: readFileSync(key), cert: readFileSync(cert) });
    const plain = createHttpServer();
    servers.push(tls, plain);
    tlsPort = await listening(tls);
    plainPort = await listening(plain);
  });
  after(async () => {
    for (const s of sockets) s.destroy();
    for (const s of servers) await new Promise<void>((resolve) => s.close(() => resolve()));
    rmSync(dir, { recursive: true, force: true });
  });

  it("refused: nothing listens on the port", async () => {
    const port = await freePort();
    expect(await failure(`http://127.0.0.1:${port}`), "refused", /refused the connection \(ECONNREFUSED\): nothing listens on that port/);
  });

  it("timed out: the peer accepts TCP and never answers", async () => {
    const silent = createTcpServer((s) => { sockets.push(s); });
    servers.push(silent);
    const port = await listening(silent);
    expect(await failure(`http://127.0.0.1:${port}`, { timeoutMs: 500 }), "timed-out", /did not answer in time; check that a firewall lets this machine connect out/);
  });

  it("name not resolved (a name under .invalid never leaves the machine)", async () => {
    expect(await failure("http://coordinator.invalid:8080"), "name-not-resolved", /does not resolve \((ENOTFOUND|EAI_AGAIN)\); check the spelling of the host name/);
  });

  it("certificate not trusted: a self-signed certificate without --ca", async () => {
    expect(await failure(`https://127.0.0.1:${tlsPort}`), "certificate-not-trusted", /certificate of 127\.0\.0\.1:\d+ is not trusted \(DEPTH_ZERO_SELF_SIGNED_CERT.*give the federation's CA certificate with --ca/);
  });

  it("http:// to a TLS coordinator, and https:// to a plain one", async () => {
    expect(await failure(`http://127.0.0.1:${tlsPort}`), "speaks-tls", /closed the connection without an answer.*use https:\/\//);
    expect(await failure(`https://127.0.0.1:${plainPort}`, { ca: readFileSync(cert, "utf8") }), "speaks-plain-http", /does not speak TLS on that port.*use http:\/\//);
  });

  it("each retry waits the doubled backoff plus jitter, and --retry forever waits until the coordinator appears", async () => {
    const port = await freePort();
    const waits: number[] = [];
    let transport: SocketIoServerTransport | null = null;
    const t0 = Date.now();
    const connecting = connectSocketIo(`http://127.0.0.1:${port}`, { attempts: "forever", backoffMs: 40, maxBackoffMs: 1_000, timeoutMs: 2_000, jitter: () => {
      waits.push(Date.now() - t0);
      // The coordinator comes up after the third failure: the worker must still be trying.
      if (waits.length === 3) void SocketIoServerTransport.listen({ port }).then((t) => { transport = t; });
      return 1;
    } });
    const connection = await connecting;
    connection.close("done");
    assert.ok(waits.length >= 3, `failed attempts before the coordinator appeared: ${waits.length}`);
    // Waits of 60, 120, 240 ms (backoff 40, 80, 160 plus half of it as jitter): each failure comes at least that long after the previous.
    assert.ok(waits[1]! - waits[0]! >= 60 && waits[2]! - waits[1]! >= 120, `attempt times ${waits.join(", ")}`);
    await waitClose(() => transport);
  });
});

async function waitClose(get: () => SocketIoServerTransport | null): Promise<void> {
  const t = get();
  if (t) await t.close();
}
