import { randomBytes, randomUUID } from "node:crypto";
import { PROTOCOL_VERSION, type ByeBody, type ChallengeBody, type RunOutcome, type Standardisation } from "../shared/protocol/messages";
import { challengePayload } from "../shared/protocol/handshake";
import { evaluateMetricNames } from "../shared/protocol/evaluate-vector";
import { signer } from "../shared/crypto/signatures";
import type { Connection } from "../shared/transport/transport";
import { cloneWeights, parameterCount, type ModelWeights } from "../shared/tensor/weights";
import { getLogger } from "../shared/log/logger";
import { checkCoordinatorOptions, DEFAULT_MAX_CONSECUTIVE_FAILURES, type CoordinatorOptions } from "./coordinator-options";
import { admit } from "./admission";
import { WorkerSession } from "./worker-session";
import { answerUnsolicitedMessage } from "./unsolicited-message";
import { IN_PROCESS_LIMITS } from "./limits/connection-limits";
import { SessionGuard } from "./limits/session-guard";
import { computeMoments, sampleStatsRound, standardisationFromMoments, type MomentsOutcome } from "./round/stats-round";
import { runRound } from "./round/run-round";
import type { RoundRecord, RunHistory } from "./run-history";
import type { WorkerInfo } from "./strategy/strategy";
import type { RunSnapshot } from "./checkpoint/run-snapshot";
import { noEvents, type CoordinatorEvents } from "./observability/coordinator-events";
import { countedConnection } from "./observability/counted-connection";
import type { Upstream } from "./hierarchy/upstream";
import { leafAnswers, nextFit } from "./hierarchy/leaf-answers";

const log = getLogger("coordinator");

export { DEFAULT_MAX_CONSECUTIVE_FAILURES, type CoordinatorOptions } from "./coordinator-options";

/**
 * The coordinator: challenges every connection, admits the federation's sites, samples them
 * per round, sends the global model, collects results within one deadline per round, hands
 * failures to the strategy, aggregates (in plaintext or through a secure-aggregation
 * driver), evaluates and logs each round, and ends the run with a Bye that says how it ended.
 */
export class Coordinator {
  readonly runId: string;
  private readonly sessions = new Map<string, WorkerSession>();
  private readonly joinWaiters: (() => void)[] = [];
  private readonly info = new Map<string, WorkerInfo>();
  private weights: ModelWeights;
  private stopReason: string | null = null;
  private standardisation: Standardisation | null = null;
  private readonly sign: (m: Uint8Array) => Uint8Array;
  private roundsDone = 0;
  /** Connections that have not joined yet, oldest first: each one's guard, and what evicts it. */
  private readonly pending = new Map<SessionGuard, () => void>();
  private readonly events: CoordinatorEvents;
  private readonly records: RoundRecord[] = [];
  private consecutiveFailures = 0;

  constructor(private readonly options: CoordinatorOptions) {
    const resume = options.resume;
    this.runId = resume?.runId ?? options.runId ?? randomUUID();
    this.weights = cloneWeights(resume?.weights ?? options.initialWeights);
    if (resume) {
      this.roundsDone = resume.round;
      this.standardisation = resume.standardisation;
      this.records.push(...resume.records);
      this.consecutiveFailures = resume.consecutiveFailures;
    }
    this.events = options.events ?? noEvents();
    this.sign = signer(options.identity.secretKey);
    checkCoordinatorOptions(options);
  }

  get globalWeights(): ModelWeights { return this.weights; }
  /** The last round completed (applied or not). */
  get roundsCompleted(): number { return this.roundsDone; }
  get workerCount(): number { return this.sessions.size; }
  get workers(): readonly WorkerInfo[] { return [...this.info.values()]; }

  /** Hand the coordinator a new connection (socket.io or in-memory): it is challenged, then waits for a Join. */
  addConnection(raw: Connection): void {
    const limits = this.options.limits ?? IN_PROCESS_LIMITS;
    let named: string | undefined;
    const connection = countedConnection(raw, this.events, () => named);
    const { membership } = this.options;
    const model = { tensors: this.weights.length, bytes: 4 * parameterCount(this.weights) };
    const guard = new SessionGuard(limits, model, connection.peer, this.options.audit);
    const session = new WorkerSession(connection, this.runId, `pending:${connection.peer}`, guard);
    session.onRefused((code, reason) => this.events.refusal({ code, reason, ...(named !== undefined ? { worker: named } : {}) }));
    if (this.pending.size >= limits.maxPendingConnections) {
      // Evict one that misbehaved, else the oldest: an honest worker joins within a round trip of its challenge, so
      // neither a crowd of idle connections nor a churn of misbehaving ones can keep a newcomer out.
      const [, victim] = [...this.pending].find(([g]) => g.misbehaved) ?? this.pending.entries().next().value ?? [];
      victim?.();
    }
    // Not named closures (tsx's keepNames gives each a property store; 10,000 sessions keep these): the guard is the key.
    this.pending.set(guard, () => {
      this.pending.delete(guard);
      log.warn("closed the oldest connection waiting to join: too many are waiting", { peer: connection.peer, limit: limits.maxPendingConnections });
      session.replyError("RATE_LIMITED", `more than ${limits.maxPendingConnections} connections were waiting to join this coordinator (its --max-pending-connections) and this one had waited longest without joining; reconnect and answer the challenge`, 0, 0);
      connection.close("evicted: too many pending connections");
    });
    const nonce = new Uint8Array(randomBytes(32));
    const unsigned = { protocolVersion: PROTOCOL_VERSION, runId: this.runId, nonce, federation: membership.federation };
    const issued: ChallengeBody = { type: "challenge", ...unsigned, coordinatorKey: membership.coordinator.publicKey, signature: this.sign(challengePayload(unsigned)) };
    let challenge: ChallengeBody | null = issued; // until admitted (10,000 sessions would each keep theirs)
    let admitted = false;
    // A connection that does not join in time is closed (it holds buffers and a socket).
    const joinTimer = setTimeout(() => { if (!admitted) connection.close(`no join within ${limits.joinTimeoutMs} ms`); }, limits.joinTimeoutMs);
    joinTimer.unref();
    session.onUnsolicited((m) => {
      if (m.body.type === "join" && challenge !== null) {
        const decision = admit(m.body, challenge, { membership, task: this.options.task.name, taskDigest: this.options.task.digest, protocol: this.options.secure?.mode ?? "none",
          maxExamples: this.options.maxExamples });
        if (!decision.ok) {
          log.warn(`refused a worker: ${decision.message}`, { peer: connection.peer, name: m.body.workerName, code: decision.code });
          session.replyError(decision.code, decision.message, m.meta.messageId, m.meta.round);
          connection.close(decision.message);
          return;
        }
        const name = m.body.workerName;
        const previous = this.sessions.get(name);
        const maxWorkers = limits.maxWorkers > 0 ? limits.maxWorkers : membership.size;
        if (previous === undefined && this.sessions.size >= maxWorkers) {
          const why = `this coordinator already has ${this.sessions.size} workers, its limit (--max-workers); site "${name}" can join once one leaves`;
          log.warn(`refused a worker: ${why}`, { peer: connection.peer, name });
          session.replyError("NOT_ADMITTED", why, m.meta.messageId, m.meta.round);
          connection.close(why);
          return;
        }
        admitted = true;
        challenge = null;
        this.pending.delete(guard);
        clearTimeout(joinTimer);
        guard.admitted();
        if (previous && previous !== session) {
          // The new connection proved possession of the site's key: the old one is stale (the site reconnected).
          log.info(`site ${name} reconnected; closing its previous connection`, { worker: name });
          void previous.close({ type: "bye", reason: "replaced by a new connection of the same site", outcome: "restarting", roundsCompleted: this.roundsDone, roundsPlanned: this.options.rounds }, 0);
        }
        session.id = name;
        named = name;
        this.sessions.set(name, session);
        this.info.set(name, { id: name, numExamples: m.body.numExamples });
        session.send(0, { type: "welcome", protocolVersion: PROTOCOL_VERSION, workerId: name, runId: this.runId, task: this.options.task.name,
          maxMessageBytes: this.options.maxMessageBytes, taskJson: this.options.task.json, taskDigest: this.options.task.digest, participantId: decision.id,
          rounds: this.options.rounds, nextRound: this.roundsDone + 1 }, m.meta.messageId);
        log.info(`site ${name} joined (${this.sessions.size} connected)`, { worker: name, peer: connection.peer, backend: m.body.backend, workers: this.sessions.size });
        this.events.workerJoined({ worker: name, backend: m.body.backend, peer: connection.peer });
        for (const w of this.joinWaiters.splice(0)) w();
      } else {
        answerUnsolicitedMessage(session, m, admitted);
      }
    });
    connection.onClose((reason) => {
      this.pending.delete(guard);
      if (admitted && this.sessions.get(session.id) === session) {
        this.sessions.delete(session.id);
        log.info(`site ${session.id} left (${this.sessions.size} connected): ${reason}`, { worker: session.id, workers: this.sessions.size });
        this.events.workerLeft({ worker: session.id, reason });
      }
    });
    session.send(0, issued);
  }

  /** Resolve once at least n workers have joined; reject after timeoutMs. */
  async waitForWorkers(n: number, timeoutMs: number): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    this.events.runState({ state: "waiting", round: this.roundsDone, rounds: this.options.rounds, runId: this.runId });
    while (this.sessions.size < n) {
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`only ${this.sessions.size} of the ${n} workers needed joined within ${timeoutMs} ms; start more workers or lower --min-workers`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.joinWaiters.push(() => { clearTimeout(timer); resolve(); });
      });
    }
  }

  /** Stop after the current round (e.g. on SIGTERM). */
  stop(reason: string): void { this.stopReason = reason; }

  private connectedInfos(): Map<string, WorkerInfo> {
    return new Map([...this.info].filter(([id]) => this.sessions.get(id)?.connected === true));
  }

  /** Round 0's statistics round, sampled like a training round: a root's (or lone coordinator's) standardisation, a leaf's answer to its root. */
  private async statsRound(standardise: NonNullable<CoordinatorOptions["standardise"]>, roundTimeoutMs: number): Promise<MomentsOutcome> {
    const o = this.options;
    const infos = this.connectedInfos();
    const sessions = sampleStatsRound(o.strategy, this.weights, infos, this.sessions, o.rng);
    const start = performance.now();
    const r = await computeMoments({ runId: this.runId, membership: o.membership }, sessions, infos, standardise.features, o.protection, o.secure, Date.now() + roundTimeoutMs,
      o.maxExamples, standardise.bounds);
    this.events.stageFinished({ round: 0, stage: "stats", seconds: (performance.now() - start) / 1000 });
    return r;
  }

  /** What a checkpoint holds of the run after `round` (0: only round 0's standardisation). */
  private snapshot(round: number): RunSnapshot {
    return { runId: this.runId, round, weights: this.weights, standardisation: this.standardisation, records: [...this.records], consecutiveFailures: this.consecutiveFailures };
  }

  async run(): Promise<RunHistory> {
    const history = await this.runRounds();
    const state = history.outcome === "finished" ? "finished" : history.outcome === "failed" ? "failed" : "stopped";
    this.events.runState({ state, round: this.roundsDone, rounds: this.options.rounds, runId: this.runId, reason: history.reason });
    return history;
  }

  private async runRounds(): Promise<RunHistory> {
    const o = this.options;
    const history: RunHistory = { runId: this.runId, rounds: this.records, outcome: "finished", reason: "every planned round ran", workerEpsilon: {} };
    const first = this.roundsDone + 1;
    log.info(`run ${this.runId} ${first > 1 ? `resuming at round ${first}` : "starting"}: ${o.rounds} rounds, ${parameterCount(this.weights)} parameters, ${o.strategy.name}, ${o.secure?.mode ?? "plaintext"}`,
      { runId: this.runId, rounds: o.rounds, firstRound: first, strategy: o.strategy.name, secureAggregation: o.secure?.mode ?? "none" });
    this.events.runState({ state: "running", round: this.roundsDone, rounds: o.rounds, runId: this.runId });
    const maxFailures = o.maxConsecutiveFailures ?? DEFAULT_MAX_CONSECUTIVE_FAILURES;
    const roundTimeoutMs = o.roundTimeoutMs ?? 120_000;
    let lastFailure = "";
    const failed = (why: string): boolean => {
      this.consecutiveFailures++;
      lastFailure = why;
      return this.consecutiveFailures >= maxFailures;
    };
    // The run's id is on disk before any worker is asked anything: a coordinator killed in round 0 resumes the same run.
    if (first === 1) await o.checkpoint?.(this.snapshot(0));
    const leaf = o.upstream ? { upstream: o.upstream, answers: leafAnswers({ options: o, runId: this.runId, sessions: this.sessions, infos: () => this.connectedInfos(),
      timeoutMs: roundTimeoutMs, statsRound: (standardise) => this.statsRound(standardise, roundTimeoutMs) }) } : null; // its root, and what it answers between fits
    for (let round = first; round <= o.rounds; round++) {
      const stop = this.stopReason ?? o.beforeRound?.(round) ?? null;
      if (stop !== null) {
        log.warn(`training stopped early, before round ${round} of ${o.rounds}: ${stop}`, { round });
        history.outcome = "stopped-early";
        history.reason = `stopped early after round ${round - 1} of ${o.rounds}: ${stop}`;
        return history;
      }
      if (o.minWorkers !== undefined && this.sessions.size < o.minWorkers) {
        log.warn(`${this.sessions.size} of the ${o.minWorkers} sites needed are connected; waiting for them before round ${round}`, { round, workers: this.sessions.size });
        await this.waitForWorkers(o.minWorkers, o.waitForWorkersMs ?? 60_000).catch((err: unknown) => {
          log.warn(`starting round ${round} with ${this.sessions.size} sites: ${err instanceof Error ? err.message : String(err)}`, { round });
        });
      }
      if (o.standardise && this.standardisation === null && leaf === null) { // a leaf answers the root's round 0 instead (nextFit)
        const stats = await this.statsRound(o.standardise, roundTimeoutMs);
        if (stats.moments === null) {
          log.warn(`round 0 (federated standardisation) failed: ${stats.reason ?? "unknown"}; it is retried before round ${round}`, { failures: stats.failures.length });
          if (failed(`round 0 (federated standardisation): ${stats.reason ?? "unknown"}`)) break;
          round--;
          continue;
        }
        this.standardisation = standardisationFromMoments(stats.moments.mean, stats.moments.meanSquare);
        this.consecutiveFailures = 0;
        o.standardise.onComputed?.(this.standardisation);
        await o.checkpoint?.(this.snapshot(round - 1));
      }
      await o.roundStarting?.(round);
      if (leaf) {
        const fit = await nextFit(leaf.upstream, round, leaf.answers);
        if (fit === null) {
          history.outcome = "stopped-early";
          history.reason = `stopped after round ${round - 1} of ${o.rounds}: the root sent no model for round ${round}`;
          log.warn(`leaf stopped before round ${round}: the root sent no model`, { round });
          return history;
        }
        this.weights = cloneWeights(fit.weights);
        this.standardisation = fit.standardisation; // the root's: every shard scales alike
      }
      const { record, weights, workerEpsilon, workerDelta } = await runRound({
        runId: this.runId, membership: o.membership, round, weights: this.weights, strategy: o.strategy, sessions: this.sessions, infos: this.connectedInfos(), protection: o.protection, secure: o.secure,
        rng: o.rng, roundTimeoutMs, standardisation: this.standardisation, maxExamples: o.maxExamples, evaluateMetrics: evaluateMetricNames(o.task.kind),
        onSampled: (sampled) => this.events.roundStarted({ round, sampled }),
        ...(leaf ? { forward: (sum: Parameters<Upstream["forward"]>[1]) => leaf.upstream.forward(round, sum) } : {}),
        // After training, the workers that trained go on to secure aggregation's first stage.
        onStage: (stage, seconds) => this.events.stageFinished({ round, stage, seconds, ...(stage === "fit" && o.secure ? { next: "AdvertiseKeys" } : {}) }),
      });
      this.weights = weights;
      Object.assign(history.workerEpsilon, workerEpsilon);
      this.records.push(record);
      this.roundsDone = round;
      o.onRound?.(record, this.weights);
      this.events.roundFinished(record);
      for (const [worker, epsilon] of Object.entries(workerEpsilon)) this.events.privacy({ worker, epsilon, delta: workerDelta[worker] ?? Number.NaN });
      let giveUp = false;
      if (record.applied) this.consecutiveFailures = 0;
      else giveUp = failed(`round ${round}: ${record.abortReason ?? "not applied"}`);
      await o.checkpoint?.(this.snapshot(round));
      if (giveUp) break;
    }
    if (this.consecutiveFailures >= maxFailures) {
      history.outcome = "failed";
      history.reason = `${this.consecutiveFailures} rounds in a row failed (the last: ${lastFailure})`;
      log.error(`run ${this.runId} failed: ${history.reason}`);
    }
    if (leaf && history.outcome === "finished") await nextFit(leaf.upstream, o.rounds + 1, leaf.answers); // the root may yet evaluate the last model
    return history;
  }

  /** Say goodbye to every worker with the run's outcome and wait (at most graceMs) for their connections to close. */
  async shutdown(outcome: RunOutcome = "finished", reason = "run finished", graceMs = 2_000): Promise<void> {
    const bye: ByeBody = { type: "bye", reason, outcome, roundsCompleted: this.roundsDone, roundsPlanned: this.options.rounds };
    const sessions = [...this.sessions.values()];
    await Promise.all(sessions.map((s) => s.close(bye, graceMs)));
    this.sessions.clear();
    this.info.clear();
  }
}
