import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { Command } from "commander";
import { addObservabilityOptions, observabilityOptions, type ObservabilityCliOptions } from "../../bin/federation/observability-options";
import { noEvents } from "../../server/observability/coordinator-events";
import { startObservability } from "../../server/observability/start-observability";
import { roundRecord } from "./support/round-records";
import { snapshotOf } from "./support/sse-reader";

function parse(args: string[]): ObservabilityCliOptions {
  const cmd = addObservabilityOptions(new Command("coordinator").exitOverride().configureOutput({ writeErr: () => {} }));
  cmd.parse(args, { from: "user" });
  return cmd.opts<ObservabilityCliOptions>();
}

/** True when something can listen on 127.0.0.1:port (nothing holds it). */
function portFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const s = createServer();
    s.once("error", () => resolve(false));
    s.listen(port, "127.0.0.1", () => s.close(() => resolve(true)));
  });
}

describe("observability/start-observability", () => {
  it("with nothing asked for, opens no port and its events do nothing", async () => {
    const o = await startObservability({});
    assert.equal(o.metrics, null);
    assert.equal(o.dashboard, null);
    assert.doesNotThrow(() => o.events.roundFinished(roundRecord(1)));
    await o.close();
  });

  it("feeds the metrics, the dashboard and extra observers from one events object", async () => {
    const seen: number[] = [];
    const o = await startObservability({ metrics: { port: 0 }, dashboard: { port: 0, token: "a-token-for-this-test-only" },
      extra: [{ ...noEvents(), roundFinished: (r) => { seen.push(r.round); } }] });
    try {
      o.events.workerJoined({ worker: "alice", backend: "wasm", peer: "memory:alice" });
      o.events.roundFinished(roundRecord(1, { sampled: ["alice"], contributors: ["alice"] }));
      assert.deepEqual(seen, [1]);
      const text = await (await fetch(o.metrics!.url)).text();
      assert.match(text, /^conclave_rounds_total\{outcome="applied"\} 1$/m);
      assert.match(text, /^conclave_workers_connected 1$/m);
      const state = snapshotOf(await (await fetch(new URL("/api/state", o.dashboard!.url), { headers: { authorization: "Bearer a-token-for-this-test-only" } })).json());
      assert.deepEqual(state.rounds.map((r) => r.round), [1]);
      assert.equal(state.workers[0]!.contributed, 1);
    } finally {
      await o.close();
    }
  });

  it("when the dashboard cannot start, the metrics endpoint it had opened is closed again", async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, "127.0.0.1", resolve));
    const address = blocker.address();
    const taken = typeof address === "object" && address !== null ? address.port : 0;
    const metricsPort = await new Promise<number>((resolve) => { const s = createServer(); s.listen(0, "127.0.0.1", () => { const a = s.address(); s.close(() => resolve(typeof a === "object" && a !== null ? a.port : 0)); }); });
    try {
      await assert.rejects(startObservability({ metrics: { port: metricsPort }, dashboard: { port: taken } }), /dashboard .* cannot listen on 127\.0\.0\.1:\d+ \(EADDRINUSE\)/);
      assert.ok(await portFree(metricsPort), "the metrics port was released");
    } finally {
      await new Promise((resolve) => blocker.close(resolve));
    }
  });
});

describe("observability/command-line options", () => {
  let dir = "";
  before(() => { dir = mkdtempSync(path.join(tmpdir(), "conclave-obs-")); });
  after(() => { rmSync(dir, { recursive: true, force: true }); delete process.env.CONCLAVE_DASHBOARD_TOKEN; });

  it("defaults: no metrics, no dashboard; the dashboard on 127.0.0.1:8081 when asked", () => {
    assert.deepEqual(observabilityOptions(parse([])), {});
    assert.deepEqual(observabilityOptions(parse(["--dashboard", "--metrics-port", "9464"])),
      { metrics: { port: 9464, host: "127.0.0.1" }, dashboard: { port: 8081, host: "127.0.0.1" } });
    assert.throws(() => parse(["--metrics-port", "-1"]), /--metrics-port must be a non-negative integer/);
  });

  it("takes the token from the flag, then the file, then CONCLAVE_DASHBOARD_TOKEN", () => {
    const file = path.join(dir, "token");
    writeFileSync(file, "from-the-file-0123456789\n");
    process.env.CONCLAVE_DASHBOARD_TOKEN = "from-the-environment-0123";
    const token = (args: string[]): string | undefined => observabilityOptions(parse(["--dashboard", ...args])).dashboard?.token;
    assert.equal(token(["--dashboard-token", "from-the-flag-0123456789", "--dashboard-token-file", file]), "from-the-flag-0123456789");
    assert.equal(token(["--dashboard-token-file", file]), "from-the-file-0123456789");
    assert.equal(token([]), "from-the-environment-0123");
    delete process.env.CONCLAVE_DASHBOARD_TOKEN;
    assert.equal(token([]), undefined, "none given: one is generated at start");
  });
});
