import assert from "node:assert/strict";
import { DashboardTokenError } from "../../server/observability/dashboard-auth";
import { DashboardState } from "../../server/observability/dashboard-state";
import { startDashboardServer, type DashboardServer } from "../../server/observability/dashboard-server";
import { routeTerminal, setLogLevel } from "../../shared/log/logger";
import { roundRecord } from "./support/round-records";
import { snapshotOf, SseReader } from "./support/sse-reader";

const TOKEN = "test-token-0123456789abcdef";

describe("observability/dashboard-server (HTTP)", () => {
  let state: DashboardState;
  let server: DashboardServer;
  beforeEach(async () => {
    state = new DashboardState();
    server = await startDashboardServer(state, { port: 0, token: TOKEN, throttleMs: 20, maxStreams: 2 });
  });
  afterEach(async () => { await server.close(); });

  const auth = { authorization: `Bearer ${TOKEN}` };

  it("answers 401 to every path without the token, or with a wrong one", async () => {
    for (const route of ["/", "/dashboard.js", "/dashboard.css", "/api/state", "/api/events", "/nothing"]) {
      const res = await fetch(new URL(route, server.url), { redirect: "manual" });
      assert.equal(res.status, 401, route);
      assert.match(await res.text(), /a dashboard token is needed/);
    }
    const wrong: Record<string, string>[] = [{ authorization: "Bearer wrong-token-0123456789" }, { cookie: "conclave_dashboard=forged" }, { authorization: TOKEN }];
    for (const headers of wrong) {
      assert.equal((await fetch(new URL("/api/state", server.url), { headers })).status, 401, JSON.stringify(headers));
    }
    assert.equal((await fetch(`${server.url}?token=${TOKEN}x`, { redirect: "manual" })).status, 401);
  });

  it("trades the token in the address for an HttpOnly session cookie and a redirect that drops it", async () => {
    const first = await fetch(server.urlWithToken, { redirect: "manual" });
    assert.equal(first.status, 303);
    assert.equal(first.headers.get("location"), "/");
    const cookie = first.headers.get("set-cookie") ?? "";
    assert.match(cookie, /^conclave_dashboard=[A-Za-z0-9_-]+; HttpOnly; SameSite=Strict; Path=\/$/);
    assert.ok(!cookie.includes(TOKEN), "the cookie is not the token");
    const page = await fetch(server.url, { headers: { cookie: cookie.split(";")[0]! } });
    assert.equal(page.status, 200);
    const html = await page.text();
    assert.match(html, /<title>Conclave coordinator<\/title>/);
    assert.ok(!html.includes(TOKEN));
    assert.match(page.headers.get("content-security-policy") ?? "", /default-src 'none'; script-src 'self'/);
    assert.equal(page.headers.get("x-content-type-options"), "nosniff");
    assert.equal((await fetch(new URL("/dashboard.js", server.url), { headers: auth })).headers.get("content-type"), "text/javascript; charset=utf-8");
    assert.equal((await fetch(server.url, { method: "POST", headers: auth })).status, 405);
    assert.equal((await fetch(new URL("/missing", server.url), { headers: auth })).status, 404);
  });

  it("serves the snapshot as JSON and streams a new one after changes, coalescing a burst", async () => {
    state.workerJoined({ worker: "alice", backend: "wasm", peer: "memory:alice" });
    const json = snapshotOf(await (await fetch(new URL("/api/state", server.url), { headers: auth })).json());
    assert.deepEqual(json.workers.map((w) => [w.name, w.state]), [["alice", "joined"]]);

    const res = await fetch(new URL("/api/events", server.url), { headers: auth });
    assert.equal(res.status, 200);
    assert.match(res.headers.get("content-type") ?? "", /^text\/event-stream/);
    const events = new SseReader(res);
    const initial = snapshotOf(await events.next()).seq;
    // 50 changes in one go: the stream sends the state after the burst, once.
    for (let i = 0; i < 50; i++) state.refusal({ code: "NOT_ADMITTED", reason: `r${i}` });
    state.roundFinished(roundRecord(1));
    const after = snapshotOf(await events.next());
    assert.equal(after.seq, initial + 51);
    assert.equal(after.rounds.length, 1);
    await events.cancel();
  });

  it("bounds the number of open event streams", async () => {
    const open = await Promise.all([0, 1].map(() => fetch(new URL("/api/events", server.url), { headers: auth })));
    const readers = open.map((r) => new SseReader(r));
    await Promise.all(readers.map((r) => r.next()));
    const third = await fetch(new URL("/api/events", server.url), { headers: auth });
    assert.equal(third.status, 503);
    await Promise.all(readers.map((r) => r.cancel()));
  });

  it("close() ends open streams", async () => {
    const events = new SseReader(await fetch(new URL("/api/events", server.url), { headers: auth }));
    await events.next();
    await server.close();
    await assert.rejects(events.next(), /ended|terminated|closed/);
  });
});

describe("observability/dashboard-server (start-up)", () => {
  it("generates a token when none is given, logs the address with it once, and listens on 127.0.0.1", async () => {
    const lines: string[] = [];
    setLogLevel("info");
    routeTerminal((l) => lines.push(l));
    const server = await startDashboardServer(new DashboardState(), { port: 0 }).finally(() => { routeTerminal(null); setLogLevel("error"); });
    try {
      assert.match(server.url, /^http:\/\/127\.0\.0\.1:\d+\/$/);
      const token = new URL(server.urlWithToken).searchParams.get("token") ?? "";
      assert.match(token, /^[A-Za-z0-9_-]{43}$/, "256 bits, base64url");
      const said = lines.filter((l) => l.includes(token));
      assert.equal(said.length, 1, lines.join("\n"));
      assert.ok(said[0]!.includes(server.urlWithToken));
      assert.equal((await fetch(server.urlWithToken, { redirect: "manual" })).status, 303);
    } finally {
      await server.close();
    }
  });

  it("refuses a short or unsafe token with a sentence", async () => {
    await assert.rejects(startDashboardServer(new DashboardState(), { port: 0, token: "short" }), (e: unknown) => e instanceof DashboardTokenError && /16 to 256 characters/.test(e.message));
    await assert.rejects(startDashboardServer(new DashboardState(), { port: 0, token: "has spaces in it but long enough" }), DashboardTokenError);
  });
});
