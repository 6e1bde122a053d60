import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from "prom-client";
import type { RoundRecord } from "../run-history";
import type {
  BytesEvent, CoordinatorEvents, PrivacyEvent, RefusalEvent, RoundStartedEvent, RunState, RunStateEvent, StageFinishedEvent, WorkerJoinedEvent, WorkerLeftEvent,
} from "./coordinator-events";

const RUN_STATES: readonly RunState[] = ["waiting", "running", "finished", "stopped", "failed"];
/** Rounds last from milliseconds (a few plaintext workers) to many minutes (a slow hospital): 5 ms to 30 min. */
const DURATION_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120, 300, 600, 1800];

/**
 * The coordinator's Prometheus metrics (prom-client), fed by its events. Its own
 * registry, so several coordinators (or tests) in one process do not mix. Labels
 * are bounded sets (stage names, error codes, outcomes); no label carries a
 * worker's name except the per-worker epsilon of local DP. docs/observability.md
 * says what each metric means.
 */
export class MetricsEvents implements CoordinatorEvents {
  readonly registry = new Registry();
  private readonly runInfo: Gauge<"run_id">;
  private readonly states: Gauge<"state">;
  private readonly round: Gauge;
  private readonly roundsPlanned: Gauge;
  private readonly rounds: Counter<"outcome">;
  private readonly roundSeconds: Histogram;
  private readonly stageSeconds: Histogram<"stage">;
  private readonly connected: Gauge;
  private readonly joined: Counter;
  private readonly left: Counter;
  private readonly sampled: Gauge;
  private readonly sampledTotal: Counter;
  private readonly contributed: Gauge;
  private readonly dropped: Gauge;
  private readonly droppedTotal: Counter<"code">;
  private readonly refusals: Counter<"code">;
  private readonly bytesTotal: Counter<"direction">;
  private readonly epsilon: Gauge;
  private readonly delta: Gauge;
  private readonly workerEpsilon: Gauge<"worker">;
  private readonly evalLoss: Gauge<"source">;
  private readonly evalMetric: Gauge<"source" | "metric">;
  private readonly trainLoss: Gauge;
  private readonly workers = new Set<string>();
  /** Per round, the stages the coordinator reported one by one and the seconds of its secure-aggregation stages. */
  private readonly stagedRounds = new Map<number, { readonly stages: Set<string>; secureSeconds: number }>();

  constructor(options: { readonly processMetrics?: boolean } = {}) {
    const registers = [this.registry];
    this.runInfo = new Gauge({ name: "conclave_run_info", help: "1 for the current run, labelled with its id", labelNames: ["run_id"], registers });
    this.states = new Gauge({ name: "conclave_run_state", help: "1 for the run's current state, 0 for the others", labelNames: ["state"], registers });
    this.round = new Gauge({ name: "conclave_round", help: "the round running or last finished (0 before the first)", registers });
    this.roundsPlanned = new Gauge({ name: "conclave_rounds_planned", help: "rounds the run is configured for", registers });
    this.rounds = new Counter({ name: "conclave_rounds_total", help: "rounds finished, by outcome (applied: the model changed; aborted: it did not)", labelNames: ["outcome"], registers });
    this.roundSeconds = new Histogram({ name: "conclave_round_duration_seconds", help: "wall time of a round, sampling to evaluation", buckets: DURATION_BUCKETS, registers });
    this.stageSeconds = new Histogram({ name: "conclave_round_stage_duration_seconds", help: "wall time of each stage of a round (fit, secure-aggregation stages, aggregate, evaluate)",
      labelNames: ["stage"], buckets: DURATION_BUCKETS, registers });
    this.connected = new Gauge({ name: "conclave_workers_connected", help: "workers admitted and connected now", registers });
    this.joined = new Counter({ name: "conclave_workers_joined_total", help: "workers admitted", registers });
    this.left = new Counter({ name: "conclave_workers_left_total", help: "admitted workers whose connection closed", registers });
    this.sampled = new Gauge({ name: "conclave_workers_sampled", help: "workers sampled in the latest round", registers });
    this.sampledTotal = new Counter({ name: "conclave_workers_sampled_total", help: "worker-rounds sampled, summed over rounds", registers });
    this.contributed = new Gauge({ name: "conclave_workers_contributed", help: "workers whose input is in the latest round's aggregate", registers });
    this.dropped = new Gauge({ name: "conclave_workers_dropped", help: "sampled workers that failed or dropped out in the latest round", registers });
    this.droppedTotal = new Counter({ name: "conclave_workers_dropped_total", help: "worker-rounds that failed or dropped out, by error code", labelNames: ["code"], registers });
    this.refusals = new Counter({ name: "conclave_refusals_total", help: "joins, messages and replies the coordinator refused, by error code", labelNames: ["code"], registers });
    this.bytesTotal = new Counter({ name: "conclave_bytes_total", help: "bytes on the wire: in (received by the coordinator) and out (sent)", labelNames: ["direction"], registers });
    this.epsilon = new Gauge({ name: "conclave_dp_epsilon_spent", help: "differential privacy spent so far (epsilon at conclave_dp_delta)", registers });
    this.delta = new Gauge({ name: "conclave_dp_delta", help: "the delta of conclave_dp_epsilon_spent", registers });
    this.workerEpsilon = new Gauge({ name: "conclave_dp_worker_epsilon_spent", help: "a worker's own epsilon (local DP)", labelNames: ["worker"], registers });
    this.evalLoss = new Gauge({ name: "conclave_eval_loss", help: "loss of the global model after the latest evaluated round (server: the coordinator's held-out data; federated: the workers' weighted mean)",
      labelNames: ["source"], registers });
    this.evalMetric = new Gauge({ name: "conclave_eval_metric", help: "test metrics of the global model after the latest evaluated round (mse, accuracy, auc, ...)", labelNames: ["source", "metric"], registers });
    this.trainLoss = new Gauge({ name: "conclave_train_loss", help: "example-weighted mean training loss of the latest applied round (an aggregate)", registers });
    for (const s of RUN_STATES) this.states.set({ state: s }, 0);
    for (const outcome of ["applied", "aborted"]) this.rounds.inc({ outcome }, 0);
    for (const direction of ["in", "out"]) this.bytesTotal.inc({ direction }, 0);
    if (options.processMetrics !== false) collectDefaultMetrics({ register: this.registry });
  }

  /** The exposition text, as Prometheus scrapes it. */
  metrics(): Promise<string> { return this.registry.metrics(); }
  get contentType(): string { return this.registry.contentType; }

  workerJoined(e: WorkerJoinedEvent): void {
    this.workers.add(e.worker);
    this.joined.inc();
    this.connected.set(this.workers.size);
  }

  workerLeft(e: WorkerLeftEvent): void {
    if (!this.workers.delete(e.worker)) return;
    this.left.inc();
    this.connected.set(this.workers.size);
  }

  runState(e: RunStateEvent): void {
    this.runInfo.reset();
    this.runInfo.set({ run_id: e.runId }, 1);
    for (const s of RUN_STATES) this.states.set({ state: s }, s === e.state ? 1 : 0);
    this.round.set(e.round);
    this.roundsPlanned.set(e.rounds);
  }

  roundStarted(e: RoundStartedEvent): void {
    this.round.set(e.round);
    this.sampled.set(e.sampled.length);
    this.sampledTotal.inc(e.sampled.length);
  }

  stageFinished(e: StageFinishedEvent): void {
    const staged = this.stagedRounds.get(e.round) ?? { stages: new Set<string>(), secureSeconds: 0 };
    this.stagedRounds.set(e.round, staged);
    staged.stages.add(e.stage);
    if (!["stats", "fit", "aggregate", "evaluate"].includes(e.stage)) staged.secureSeconds += e.seconds;
    this.stageSeconds.observe({ stage: e.stage }, e.seconds);
  }

  roundFinished(r: RoundRecord): void {
    this.round.set(r.round);
    this.rounds.inc({ outcome: r.applied ? "applied" : "aborted" });
    this.roundSeconds.observe(r.seconds.total);
    // The record's fit, aggregate and evaluate times fill in the stages not reported one by one
    // (its aggregate time includes the secure-aggregation stages, observed on their own).
    const staged = this.stagedRounds.get(r.round);
    this.stagedRounds.delete(r.round);
    for (const stage of ["fit", "aggregate", "evaluate"] as const) {
      if (staged?.stages.has(stage)) continue;
      this.stageSeconds.observe({ stage }, stage === "aggregate" ? Math.max(0, r.seconds.aggregate - (staged?.secureSeconds ?? 0)) : r.seconds[stage]);
    }
    this.contributed.set(r.contributors.length);
    this.dropped.set(r.failures.length);
    for (const f of r.failures) this.droppedTotal.inc({ code: f.code });
    for (const [source, evaluation] of [["server", r.serverEval], ["federated", r.federatedEval]] as const) {
      if (!evaluation) continue;
      if (Number.isFinite(evaluation.loss)) this.evalLoss.set({ source }, evaluation.loss);
      for (const [metric, v] of Object.entries(evaluation.metrics)) if (Number.isFinite(v) && metric !== "loss") this.evalMetric.set({ source, metric }, v);
    }
    const trainLoss = r.fitMetrics.trainLoss;
    if (r.applied && trainLoss !== undefined && Number.isFinite(trainLoss)) this.trainLoss.set(trainLoss);
    const eps = r.fitMetrics.epsilon ?? r.extras.epsilon;
    if (typeof eps === "number" && Number.isFinite(eps)) this.epsilon.set(eps);
  }

  refusal(e: RefusalEvent): void {
    this.refusals.inc({ code: e.code });
  }

  bytes(e: BytesEvent): void {
    if (Number.isFinite(e.bytes) && e.bytes > 0) this.bytesTotal.inc({ direction: e.direction }, e.bytes);
  }

  privacy(e: PrivacyEvent): void {
    if (!Number.isFinite(e.epsilon)) return;
    if (e.worker !== undefined) {
      this.workerEpsilon.set({ worker: e.worker }, e.epsilon);
      return;
    }
    this.epsilon.set(e.epsilon);
    this.delta.set(e.delta);
  }
}
