import { randomUUID } from "node:crypto";
import { PROTOCOL_VERSION, errorBody, type Protection, type Standardisation } from "../shared/protocol/messages";
import type { Connection } from "../shared/transport/transport";
import { cloneWeights, parameterCount, type ModelWeights } from "../shared/tensor/weights";
import { getLogger } from "../shared/log/logger";
import { admit, type AdmissionPolicy } from "./admission";
import { WorkerSession } from "./worker-session";
import { collectFit } from "./round/fit-round";
import { collectEvaluate } from "./round/evaluate-round";
import { computeStandardisation } from "./round/stats-round";
import type { SecureAggregationDriver } from "./round/secure-aggregation-driver";
import type { RoundRecord, RunHistory } from "./run-history";
import type { FitAggregate, SamplingRandom, Strategy, WorkerInfo } from "./strategy/strategy";

const log = getLogger("coordinator");

/** How long a new connection may take to send its Join. */
const JOIN_TIMEOUT_MS = 30_000;

export interface CoordinatorOptions {
  readonly admission: AdmissionPolicy;
  readonly initialWeights: ModelWeights;
  readonly strategy: Strategy;
  readonly rounds: number;
  /** Base protection sent to workers (clipping, DP); secure-aggregation fields come from the driver. */
  readonly protection: Protection;
  readonly secure?: SecureAggregationDriver;
  readonly rng: SamplingRandom;
  readonly runId?: string;
  /** How long a worker may take to train and answer (ms). */
  readonly roundTimeoutMs?: number;
  readonly evaluateTimeoutMs?: number;
  /** Largest message accepted, advertised to workers in Welcome. */
  readonly maxMessageBytes: number;
  /** Called after each round (progress bars, accountants, checkpoints). */
  readonly onRound?: (record: RoundRecord, weights: ModelWeights) => void;
  /**
   * Federated standardisation: before round 1, compute the features' federation-wide mean and std
   * through secure aggregation (see round/stats-round) and send it with every round. Absent: each
   * worker standardises with its own statistics.
   */
  readonly standardise?: { readonly features: number; readonly onComputed?: (s: Standardisation) => void };
  /** Called before each round; returning a string stops training with that reason (e.g. a privacy budget). */
  readonly beforeRound?: (round: number) => string | null;
}

/**
 * The coordinator: admits workers from any transport, samples them per round,
 * sends the global model, collects results with a deadline, hands failures to the
 * strategy, aggregates (in plaintext or through a secure-aggregation driver),
 * evaluates and logs each round.
 */
export class Coordinator {
  readonly runId: string;
  private readonly sessions = new Map<string, WorkerSession>();
  private readonly joinWaiters: (() => void)[] = [];
  private readonly info = new Map<string, WorkerInfo>();
  private weights: ModelWeights;
  private stopReason: string | null = null;
  private standardisation: Standardisation | null = null;

  constructor(private readonly options: CoordinatorOptions) {
    this.runId = options.runId ?? randomUUID();
    this.weights = cloneWeights(options.initialWeights);
    if (options.secure && options.strategy.needsIndividualUpdates) {
      throw new Error(`strategy ${options.strategy.name} must see each update, so it cannot run under secure aggregation (${options.secure.mode}); use --secagg none or a sum-based strategy`);
    }
  }

  get globalWeights(): ModelWeights { return this.weights; }
  get workerCount(): number { return this.sessions.size; }
  get workers(): readonly WorkerInfo[] { return [...this.info.values()]; }

  /** Hand the coordinator a new connection (socket.io or in-memory); it waits for a Join. */
  addConnection(connection: Connection): void {
    const session = new WorkerSession(connection, this.runId, `pending:${connection.peer}`);
    let admitted = false;
    // A connection that does not join in time is closed (it holds buffers and a socket).
    const joinTimer = setTimeout(() => { if (!admitted) connection.close(`no join within ${JOIN_TIMEOUT_MS} ms`); }, JOIN_TIMEOUT_MS);
    joinTimer.unref();
    session.onUnsolicited((m) => {
      if (m.body.type === "join" && !admitted) {
        const decision = admit(m.body, this.options.admission, new Set(this.sessions.keys()));
        if (!decision.ok) {
          log.warn("refused a worker", { peer: connection.peer, name: m.body.workerName, code: decision.code, reason: decision.message });
          session.send(0, errorBody(decision.code, decision.message), m.meta.messageId);
          connection.close(decision.message);
          return;
        }
        admitted = true;
        clearTimeout(joinTimer);
        session.id = m.body.workerName;
        session.identityKey = m.body.identityKey;
        this.sessions.set(session.id, session);
        this.info.set(session.id, { id: session.id, numExamples: m.body.numExamples });
        session.send(0, { type: "welcome", protocolVersion: PROTOCOL_VERSION, workerId: session.id, runId: this.runId,
          task: this.options.admission.task, maxMessageBytes: this.options.maxMessageBytes }, m.meta.messageId);
        log.info("worker joined", { worker: session.id, peer: connection.peer, backend: m.body.backend, examples: m.body.numExamples, workers: this.sessions.size });
        for (const w of this.joinWaiters.splice(0)) w();
      } else if (m.body.type === "error") {
        log.warn("worker reported an error", { worker: session.id, code: m.body.code, message: m.body.message });
        if (m.body.code === "MESSAGE_TOO_LARGE") session.failNewest("MESSAGE_TOO_LARGE", `worker ${session.id} could not accept our message: ${m.body.message}`);
      } else if (m.body.type === "bye") {
        log.info("worker said goodbye", { worker: session.id, reason: m.body.reason });
      } else {
        session.send(0, errorBody(admitted ? "WRONG_STAGE" : "NOT_ADMITTED", admitted
          ? `a ${m.body.type} message was not expected now`
          : "send a join message first"));
      }
    });
    connection.onClose((reason) => {
      if (admitted && this.sessions.get(session.id) === session) {
        this.sessions.delete(session.id);
        this.info.delete(session.id);
        log.info("worker left", { worker: session.id, reason, workers: this.sessions.size });
      }
    });
  }

  /** Resolve once at least n workers have joined; reject after timeoutMs. */
  async waitForWorkers(n: number, timeoutMs: number): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (this.sessions.size < n) {
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`only ${this.sessions.size} of the ${n} workers needed joined within ${timeoutMs} ms; start more workers or lower --min-workers`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.joinWaiters.push(() => { clearTimeout(timer); resolve(); });
      });
    }
  }

  /** Stop after the current round (e.g. on SIGINT). */
  stop(reason: string): void { this.stopReason = reason; }

  async run(): Promise<RunHistory> {
    const history: RunHistory = { runId: this.runId, rounds: [] };
    log.info("run starting", { runId: this.runId, rounds: this.options.rounds, parameters: parameterCount(this.weights),
      strategy: this.options.strategy.name, secureAggregation: this.options.secure?.mode ?? "none" });
    if (this.options.standardise) {
      const stats = await computeStandardisation([...this.sessions.values()], this.workers, this.options.standardise.features, this.options.protection,
        this.options.secure, this.options.roundTimeoutMs ?? 120_000);
      if (!stats.standardisation) throw new Error(`federated standardisation failed (${stats.reason ?? "unknown"}); no round was run`);
      this.standardisation = stats.standardisation;
      this.options.standardise.onComputed?.(stats.standardisation);
    }
    for (let round = 1; round <= this.options.rounds; round++) {
      const stop = this.stopReason ?? this.options.beforeRound?.(round) ?? null;
      if (stop !== null) {
        log.warn("training stopped", { round, reason: stop });
        break;
      }
      const record = await this.runRound(round);
      history.rounds.push(record);
      this.options.onRound?.(record, this.weights);
    }
    return history;
  }

  private async runRound(round: number): Promise<RoundRecord> {
    const t0 = performance.now();
    const { strategy } = this.options;
    const available = this.workers;
    const instructions = strategy.configureFit(round, this.weights, available, this.options.rng);
    const sampled = instructions.map((i) => i.worker);
    const sampledInfo = available.filter((w) => sampled.includes(w.id));
    const protection = this.options.secure ? this.options.secure.protection(this.options.protection, sampledInfo) : this.options.protection;
    const fit = await collectFit(round, this.weights, instructions, this.sessions, protection, this.options.roundTimeoutMs ?? 120_000, this.standardisation);
    const t1 = performance.now();
    let aggregate: FitAggregate;
    let failures = fit.failures;
    let abortReason: string | null = null;
    let extras: Record<string, number | string> = {};
    if (this.options.secure) {
      const secure = fit.trained.length > 0
        ? await this.options.secure.run(round, fit.trained, parameterCount(this.weights), protection)
        : { kind: "aborted" as const, reason: "no worker finished training", failures: [], extras: {} };
      failures = [...failures, ...secure.failures];
      extras = { ...secure.extras };
      if (secure.kind === "aborted") {
        abortReason = secure.reason;
        aggregate = { kind: "secure-sum", weightedSum: new Float32Array(0), totalWeight: 0, contributors: [], metrics: {} };
      } else {
        aggregate = { kind: "secure-sum", weightedSum: secure.weightedSum, totalWeight: secure.totalWeight, contributors: secure.contributors, metrics: {} };
      }
    } else {
      aggregate = { kind: "individual", results: fit.results };
    }
    const contributors = aggregate.kind === "individual" ? aggregate.results.map((r) => r.worker) : aggregate.contributors;
    const outcome = abortReason === null && contributors.length > 0 ? strategy.aggregateFit(round, this.weights, aggregate, failures) : null;
    if (outcome) this.weights = outcome.weights;
    else if (abortReason === null) abortReason = contributors.length === 0 ? "no worker returned a usable update" : "the strategy kept the previous model";
    const t2 = performance.now();
    const serverEval = await strategy.evaluate(round, this.weights);
    const evalWorkers = strategy.configureEvaluate(round, this.weights, this.workers, this.options.rng);
    const fed = evalWorkers.length > 0 ? await collectEvaluate(round, this.weights, evalWorkers, this.sessions, this.options.evaluateTimeoutMs ?? 60_000, this.standardisation) : null;
    const federatedEval = fed ? strategy.aggregateEvaluate(round, fed.results, fed.failures) : null;
    const t3 = performance.now();
    const record: RoundRecord = {
      round, sampled, contributors, failures, applied: outcome !== null, abortReason, fitMetrics: outcome?.metrics ?? {},
      serverEval, federatedEval, extras,
      seconds: { fit: (t1 - t0) / 1000, aggregate: (t2 - t1) / 1000, evaluate: (t3 - t2) / 1000, total: (t3 - t0) / 1000 },
    };
    const level = record.applied ? "info" : "warn";
    log.log(level, "round done", { round, sampled: sampled.length, contributors: contributors.length, failures: failures.length,
      applied: record.applied, ...(abortReason ? { abortReason } : {}), loss: serverEval?.loss, ...serverEval?.metrics, ...extras, seconds: Number(record.seconds.total.toFixed(3)) });
    return record;
  }

  /** Say goodbye to every worker and wait (at most graceMs) for their connections to close. */
  async shutdown(reason = "run finished", graceMs = 2_000): Promise<void> {
    const sessions = [...this.sessions.values()];
    await Promise.all(sessions.map((s) => s.close(reason, graceMs)));
    this.sessions.clear();
    this.info.clear();
  }
}
