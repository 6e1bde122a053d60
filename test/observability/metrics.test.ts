import assert from "node:assert/strict";
import { MetricsEvents } from "../../server/observability/metrics-events";
import { startMetricsServer, type MetricsServer } from "../../server/observability/metrics-server";
import { abortedRound, roundRecord } from "./support/round-records";

/** The value of one sample line (`name{labels} value`) of the exposition text; undefined when absent. */
function sample(text: string, series: string): number | undefined {
  const line = text.split("\n").find((l) => l.startsWith(`${series} `));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
}

describe("observability/metrics (Prometheus)", () => {
  let metrics: MetricsEvents;
  let server: MetricsServer;
  beforeEach(async () => {
    metrics = new MetricsEvents();
    server = await startMetricsServer(metrics, { port: 0 });
  });
  afterEach(async () => { await server.close(); });

  async function scrape(): Promise<string> {
    const res = await fetch(server.url);
    assert.equal(res.status, 200);
    assert.match(res.headers.get("content-type") ?? "", /^text\/plain; version=0\.0\.4/);
    return res.text();
  }

  it("counts rounds by outcome, stage durations, workers connected, sampled and dropped, refusals, bytes and epsilon", async () => {
    for (const w of ["alice", "bob", "charlie"]) metrics.workerJoined({ worker: w, backend: "wasm", peer: `memory:${w}` });
    metrics.runState({ state: "running", round: 0, rounds: 5, runId: "run-7" });
    metrics.roundStarted({ round: 1, sampled: ["alice", "bob", "charlie"] });
    metrics.stageFinished({ round: 1, stage: "fit", seconds: 0.3 });
    metrics.stageFinished({ round: 1, stage: "AdvertiseKeys", seconds: 0.02 });
    metrics.roundFinished(roundRecord(1));
    metrics.roundStarted({ round: 2, sampled: ["alice", "bob", "charlie"] });
    metrics.roundFinished(abortedRound(2, "too few survivors"));
    metrics.workerLeft({ worker: "charlie", reason: "closed by the peer" });
    metrics.workerLeft({ worker: "nobody", reason: "never joined" });
    metrics.refusal({ code: "NOT_ADMITTED", reason: "send a join message first" });
    metrics.refusal({ code: "NOT_ADMITTED", worker: "mallory", reason: "send a join message first" });
    metrics.refusal({ code: "MESSAGE_TOO_LARGE", reason: "too big" });
    metrics.bytes({ direction: "in", bytes: 1000 });
    metrics.bytes({ direction: "in", bytes: 24, worker: "alice" });
    metrics.bytes({ direction: "out", bytes: 4096 });
    metrics.privacy({ epsilon: 1.25, delta: 1e-5 });
    metrics.privacy({ epsilon: 0.5, delta: 1e-5, worker: "alice" });

    const text = await scrape();
    assert.equal(sample(text, 'conclave_rounds_total{outcome="applied"}'), 1);
    assert.equal(sample(text, 'conclave_rounds_total{outcome="aborted"}'), 1);
    assert.equal(sample(text, "conclave_round"), 2);
    assert.equal(sample(text, "conclave_rounds_planned"), 5);
    assert.equal(sample(text, 'conclave_run_state{state="running"}'), 1);
    assert.equal(sample(text, 'conclave_run_state{state="finished"}'), 0);
    assert.equal(sample(text, 'conclave_run_info{run_id="run-7"}'), 1);
    assert.equal(sample(text, "conclave_round_duration_seconds_count"), 2);
    assert.equal(sample(text, "conclave_round_duration_seconds_sum"), 0.875);
    // Round 1 reported fit and a secure stage; its aggregate and evaluate, and all of round 2's, come from the records
    // (round 1's aggregate less its secure stage: 0.125 - 0.02).
    assert.equal(sample(text, 'conclave_round_stage_duration_seconds_count{stage="fit"}'), 2);
    assert.equal(sample(text, 'conclave_round_stage_duration_seconds_sum{stage="fit"}'), 0.55);
    assert.equal(sample(text, 'conclave_round_stage_duration_seconds_count{stage="AdvertiseKeys"}'), 1);
    assert.equal(sample(text, 'conclave_round_stage_duration_seconds_count{stage="aggregate"}'), 2);
    assert.ok(Math.abs((sample(text, 'conclave_round_stage_duration_seconds_sum{stage="aggregate"}') ?? 0) - 0.23) < 1e-9);
    assert.equal(sample(text, 'conclave_round_stage_duration_seconds_count{stage="evaluate"}'), 2);
    assert.equal(sample(text, 'conclave_round_stage_duration_seconds_bucket{le="0.025",stage="AdvertiseKeys"}'), 1);
    assert.equal(sample(text, "conclave_workers_connected"), 2);
    assert.equal(sample(text, "conclave_workers_joined_total"), 3);
    assert.equal(sample(text, "conclave_workers_left_total"), 1);
    assert.equal(sample(text, "conclave_workers_sampled"), 3);
    assert.equal(sample(text, "conclave_workers_sampled_total"), 6);
    assert.equal(sample(text, "conclave_workers_contributed"), 0);
    assert.equal(sample(text, "conclave_workers_dropped"), 1);
    assert.equal(sample(text, 'conclave_workers_dropped_total{code="TIMEOUT"}'), 1);
    assert.equal(sample(text, 'conclave_refusals_total{code="NOT_ADMITTED"}'), 2);
    assert.equal(sample(text, 'conclave_refusals_total{code="MESSAGE_TOO_LARGE"}'), 1);
    assert.equal(sample(text, 'conclave_bytes_total{direction="in"}'), 1024);
    assert.equal(sample(text, 'conclave_bytes_total{direction="out"}'), 4096);
    assert.equal(sample(text, "conclave_dp_epsilon_spent"), 1.25);
    assert.equal(sample(text, "conclave_dp_delta"), 1e-5);
    assert.equal(sample(text, 'conclave_dp_worker_epsilon_spent{worker="alice"}'), 0.5);
    assert.equal(sample(text, 'conclave_eval_metric{source="server",metric="mse"}'), 25);
    assert.equal(sample(text, 'conclave_eval_loss{source="server"}'), 25);
    // The aborted round has no training loss: the gauge keeps round 1's.
    assert.equal(sample(text, "conclave_train_loss"), 40);
    assert.ok((sample(text, "process_resident_memory_bytes") ?? 0) > 0, "the process's own metrics are there too");
    // Help and type lines, as Prometheus expects them.
    assert.match(text, /^# HELP conclave_rounds_total rounds finished, by outcome/m);
    assert.match(text, /^# TYPE conclave_round_stage_duration_seconds histogram$/m);
  });

  it("takes epsilon from the round record when the strategy reports it there, and ignores non-finite values", async () => {
    metrics.roundFinished(roundRecord(1, { fitMetrics: { trainLoss: 2, epsilon: 0.75 } }));
    metrics.privacy({ epsilon: Number.NaN, delta: 1e-5 });
    metrics.bytes({ direction: "out", bytes: Number.POSITIVE_INFINITY });
    const text = await scrape();
    assert.equal(sample(text, "conclave_dp_epsilon_spent"), 0.75);
    assert.equal(sample(text, 'conclave_bytes_total{direction="out"}'), 0);
  });

  it("listens on 127.0.0.1 by default, serves only GET /metrics, and each exporter has its own registry", async () => {
    assert.match(server.url, /^http:\/\/127\.0\.0\.1:\d+\/metrics$/);
    assert.equal((await fetch(server.url.replace("/metrics", "/"))).status, 404);
    assert.equal((await fetch(server.url, { method: "POST" })).status, 405);
    const head = await fetch(server.url, { method: "HEAD" });
    assert.equal(head.status, 200);
    const other = new MetricsEvents({ processMetrics: false });
    metrics.refusal({ code: "WRONG_STAGE", reason: "x" });
    assert.equal(sample(await other.metrics(), 'conclave_refusals_total{code="WRONG_STAGE"}'), undefined);
    assert.equal(sample(await scrape(), 'conclave_refusals_total{code="WRONG_STAGE"}'), 1);
  });

  it("says which port is taken", async () => {
    await assert.rejects(startMetricsServer(new MetricsEvents({ processMetrics: false }), { port: server.port }), /metrics endpoint .* cannot listen on 127\.0\.0\.1:\d+ \(EADDRINUSE\)/);
  });
});
