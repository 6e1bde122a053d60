import { decodeMessage, encodeMessage } from "../shared/protocol/codec";
import {
  PROTOCOL_VERSION, ProtocolError, errorBody, type Body, type ByeBody, type ChallengeBody, type Message, type WelcomeBody,
} from "../shared/protocol/messages";
import { challengePayload, joinPayload } from "../shared/protocol/handshake";
import { evaluateMetricNames, type TaskKind } from "../shared/protocol/evaluate-vector";
import type { TaskDescription } from "../shared/protocol/task-description";
import { bytesEqual } from "../shared/crypto/bytes";
import { signer, verifyDetached, type SigningKeyPair } from "../shared/crypto/signatures";
import type { PairSecretMemo } from "../shared/crypto/pair-secret-memo";
import type { Membership } from "../shared/federation/membership";
import { MessageTooLargeError, type Connection } from "../shared/transport/transport";
import { getLogger, type Logger } from "../shared/log/logger";
import { cryptoRandomSource, type RandomSource } from "../shared/dp/random-source";
import type { SecAggStage } from "../shared/secagg/stages";
import type { LocalLearner } from "./local-learner";
import { DEFAULT_WORKER_POLICY, type WorkerPolicy } from "./policy/worker-policy";
import { handleEvaluateRequest, handleRoundStart, handleStatsRequest, newRunState, type RoundContext, type WorkerRunState } from "./round-handlers";
import { SecureParticipation } from "./secure/secure-participation";
import { WorkerRoundLog } from "./round-log";
import { JoinRefused } from "./join-refused";

/** Where a worker can drop out of a round (dropout injection for simulations and tests). */
export type DropPoint = "train" | SecAggStage;

export interface WorkerOptions {
  /** This site's name in the federation file. */
  readonly name: string;
  /** The task this site has data for: the coordinator's Welcome must carry the same digest. */
  readonly task: TaskDescription & { readonly kind: TaskKind; readonly clipNorm: number };
  readonly learner: LocalLearner;
  /** Held-out rows for federated evaluation (only used when the policy allows evaluation). */
  readonly evaluator?: LocalLearner;
  /** The site's long-term Ed25519 identity (pinned in the federation file). */
  readonly identity: SigningKeyPair;
  /** The federation: the coordinator's key, and every peer's, come only from it. */
  readonly membership: Membership;
  readonly policy?: WorkerPolicy;
  /** Randomness for DP noise (default: the OS CSPRNG). */
  readonly random?: RandomSource;
  /** Virtual workers of one process share one: each pair's X25519 agreement is computed once (shared/crypto/pair-secret-memo.ts). */
  readonly pairSecrets?: PairSecretMemo;
  /** What the worker keeps of a run across reconnections (privacy spent, evaluations answered). */
  readonly runState?: WorkerRunState;
  /** Dropout injection: return true to drop out of `round` at `point` (the worker answers with ROUND_ABORTED). */
  readonly dropAt?: (round: number, point: DropPoint) => boolean;
  /** Test hook: change what is sent (e.g. a corrupted update) before it leaves; null sends nothing (a stalled worker). */
  readonly tamper?: (body: Body) => Body | null;
  /** Protocol version announced in Join (tests of version mismatch only). */
  readonly protocolVersion?: number;
  /** Called after each request is answered, with what the worker keeps of the run (a site persists it). */
  readonly onRunState?: (state: WorkerRunState) => void;
}

export { JoinRefused };

/**
 * A worker: answers the coordinator's challenge, joins, then answers its requests (train,
 * statistics, secure aggregation, evaluate) under its own policy until the connection closes.
 * Virtual workers are this same class over the in-memory transport.
 */
export class WorkerClient {
  private nextId = 1;
  private runId = "";
  private workerId = "";
  private maxMessageBytes: number;
  private readonly log: Logger;
  private closedResolve: (reason: string) => void = () => {};
  /** Resolves with the reason when the connection closes. */
  readonly closed: Promise<string>;
  private welcome: { resolve: (w: WelcomeBody) => void; reject: (e: Error) => void } | null = null;
  /** The coordinator's challenge until this worker is welcomed (then dropped: 10,000 idle virtual workers would each keep one). */
  private challenge: ChallengeBody | null = null;
  private challenged = false;
  private joinMessageId = 0;
  /** The coordinator's goodbye, when it said one (null: it did not, e.g. a crash or a lost network). */
  bye: ByeBody | null = null;
  private readonly policy: WorkerPolicy;
  private readonly secure: SecureParticipation;
  private readonly random: RandomSource;
  private runState: WorkerRunState | null;
  private readonly sign: (m: Uint8Array) => Uint8Array;
  private readonly rounds: WorkerRoundLog;

  constructor(private readonly connection: Connection, private readonly options: WorkerOptions) {
    this.log = getLogger(`worker.${options.name}`);
    this.rounds = new WorkerRoundLog(this.log);
    this.policy = options.policy ?? DEFAULT_WORKER_POLICY;
    this.maxMessageBytes = connection.maxMessageBytes;
    this.closed = new Promise((resolve) => { this.closedResolve = resolve; });
    this.secure = new SecureParticipation(options.identity, (id) => options.membership.keyOf(id), this.policy.secagg, undefined, options.pairSecrets);
    this.random = options.random ?? cryptoRandomSource();
    this.runState = options.runState ?? null;
    this.sign = signer(options.identity.secretKey);
    connection.onMessage((bytes) => { void this.receive(bytes); });
    connection.onOversized((bytes) => {
      this.log.warn("dropped an oversized message from the coordinator", { bytes, limit: connection.maxMessageBytes });
      this.send(0, errorBody("MESSAGE_TOO_LARGE", `a message of ${bytes} bytes is above this worker's limit of ${connection.maxMessageBytes} bytes; raise --max-message-bytes on the worker`));
    });
    connection.onClose((reason) => {
      this.rounds.abandon(`the connection closed (${reason})`);
      this.welcome?.reject(new Error(`the connection closed before the coordinator welcomed this worker (${reason})`));
      this.welcome = null;
      this.closedResolve(reason);
    });
  }

  get id(): string { return this.workerId; }
  /** The run this worker joined, and what it keeps of it (for a reconnection). */
  get run(): WorkerRunState | null { return this.runState; }

  /** Wait for the coordinator's challenge, answer it with a signed Join, and wait for Welcome (or a typed refusal). */
  join(timeoutMs = 30_000): Promise<WelcomeBody> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => { this.welcome = null; reject(new Error(`the coordinator did not welcome this worker within ${timeoutMs} ms`)); }, timeoutMs);
      this.welcome = {
        resolve: (w) => { clearTimeout(timer); resolve(w); },
        reject: (e) => { clearTimeout(timer); reject(e); },
      };
      if (this.challenge !== null) this.answerChallenge(this.challenge);
    });
  }

  leave(reason = "worker stopping"): void {
    this.send(0, { type: "bye", reason, outcome: "stopped-early", roundsCompleted: 0, roundsPlanned: 0 });
    this.connection.close(reason);
  }

  private send(round: number, body: Body, replyTo = 0): number {
    const messageId = this.nextId++;
    const final = this.options.tamper ? this.options.tamper(body) : body;
    if (final === null) return messageId;
    const bytes = encodeMessage({ meta: { runId: this.runId, round, messageId, replyTo, sender: this.options.name }, body: final });
    if (bytes.byteLength > this.maxMessageBytes) {
      const err = new MessageTooLargeError(bytes.byteLength, this.maxMessageBytes);
      this.log.error("message too large for the coordinator; sending an error instead", { type: body.type, bytes: bytes.byteLength, limit: this.maxMessageBytes });
      if (body.type !== "error") this.send(round, errorBody("MESSAGE_TOO_LARGE", err.message), replyTo);
      return messageId;
    }
    if (!this.connection.closed) this.connection.send(bytes);
    return messageId;
  }

  private fail(why: string, code: "PROTOCOL_VERSION_MISMATCH" | "NOT_ADMITTED" | "UNKNOWN_TASK" | "POLICY_REFUSED", replyTo: number): void {
    this.log.error(why, { code });
    this.send(0, errorBody(code, why), replyTo);
    this.welcome?.reject(new JoinRefused(code, why));
    this.welcome = null;
    this.connection.close(why);
  }

  private answerChallenge(c: ChallengeBody): void {
    const { membership } = this.options;
    if (c.protocolVersion !== PROTOCOL_VERSION) {
      this.fail(`the coordinator speaks Conclave protocol v${c.protocolVersion} but this worker speaks v${PROTOCOL_VERSION}; install the same Conclave version on both sides`, "PROTOCOL_VERSION_MISMATCH", 0);
      return;
    }
    if (!bytesEqual(c.coordinatorKey, membership.coordinator.publicKey) || c.federation !== membership.federation
      || !verifyDetached(challengePayload(c), c.signature, c.coordinatorKey)) {
      this.fail(`the server is not the coordinator of federation "${membership.federation}" in this site's federation file (its key or signature does not match); nothing was sent`, "NOT_ADMITTED", 0);
      return;
    }
    this.runId = c.runId;
    const { learner, task } = this.options;
    const join = {
      type: "join" as const, protocolVersion: this.options.protocolVersion ?? PROTOCOL_VERSION, workerName: this.options.name,
      capabilities: [...this.policy.protocols], backend: learner.backend,
      numExamples: this.policy.maxExamples === null ? learner.numExamples : Math.min(learner.numExamples, this.policy.maxExamples),
      task: task.name, taskDigest: task.digest, identityKey: this.options.identity.publicKey,
    };
    this.joinMessageId = this.send(0, { ...join, proof: this.sign(joinPayload(c, join)) });
  }

  private async receive(bytes: Uint8Array): Promise<void> {
    let message: Message;
    try {
      message = decodeMessage(bytes);
    } catch (err) {
      const e = err instanceof ProtocolError ? err : new ProtocolError("MALFORMED_MESSAGE", String(err));
      this.log.warn("rejected a malformed message", { reason: e.message });
      this.send(e.meta?.round ?? 0, errorBody(e.code, e.message), e.meta?.messageId ?? 0);
      return;
    }
    const { meta, body } = message;
    if (body.type === "challenge") {
      if (this.challenged) return; // one per connection
      this.challenged = true;
      this.challenge = body;
      if (this.welcome !== null) this.answerChallenge(body);
      return;
    }
    if (body.type === "welcome" || (body.type === "error" && meta.replyTo === this.joinMessageId && this.welcome)) {
      this.handleWelcome(body, meta.messageId);
      return;
    }
    if (this.workerId === "" || meta.runId !== this.runId) {
      this.send(meta.round, errorBody("WRONG_ROUND", `message for run ${meta.runId || "(none)"} but this worker joined run ${this.runId || "(none yet)"}`), meta.messageId);
      return;
    }
    try {
      const reply = await this.dispatch(meta.round, meta.messageId, body);
      if (reply !== null) this.send(meta.round, reply, meta.messageId);
    } catch (err) {
      const text = err instanceof Error ? err.message : String(err);
      if (!(err instanceof ProtocolError && err.code === "POLICY_REFUSED")) this.log.error("request failed", { type: body.type, round: meta.round, error: text });
      this.rounds.ended(meta.round, "failed", body.type === "roundStart" ? "training" : body.type === "secaggRequest" ? body.request.stage : body.type, text);
      this.send(meta.round, errorBody(err instanceof ProtocolError ? err.code : "TRAINING_FAILED", text), meta.messageId);
    }
    if (this.runState !== null) this.options.onRunState?.(this.runState);
  }

  private context(): RoundContext {
    return {
      name: this.options.name, policy: this.policy, taskClipNorm: this.options.task.clipNorm, learner: this.options.learner,
      evaluator: this.options.evaluator ?? null, secure: this.secure, random: this.random, log: this.log, state: this.runState!, rounds: this.rounds,
    };
  }

  private async dispatch(round: number, _messageId: number, body: Body): Promise<Body | null> {
    switch (body.type) {
      case "roundStart": {
        this.rounds.begin(round, "update", body.protection.secureAggregation);
        const reply = await handleRoundStart(this.context(), round, body);
        return this.dropped(round, "train") ?? this.sentPlain(round, reply);
      }
      case "statsRequest":
        this.rounds.begin(round, "feature statistics", body.protection.secureAggregation);
        return this.sentPlain(round, await handleStatsRequest(this.context(), round, body.protection));
      case "evaluateRequest":
        this.rounds.begin(round, "evaluation", body.protection.secureAggregation);
        return this.sentPlain(round, await handleEvaluateRequest(this.context(), round, body, evaluateMetricNames(this.options.task.kind)));
      case "secaggRequest": {
        const dropped = this.dropped(round, body.request.stage);
        if (dropped) return dropped;
        const r = this.secure.handle(this.runId, round, body);
        if (r.ok) {
          this.rounds.stageAnswered(round, body.protocol, body.request.stage);
          return { type: "secaggReply", protocol: body.protocol, reply: r.reply };
        }
        this.log.warn(`refused a ${body.request.stage} request: ${r.error.message}`, { round, stage: body.request.stage, code: r.error.code });
        this.rounds.ended(round, "failed", body.request.stage, `refused the request: ${r.error.message}`);
        return errorBody(r.error.code === "policy-refused" ? "POLICY_REFUSED" : "SECAGG_REFUSED", `${r.error.code}: ${r.error.message}`);
      }
      case "error":
        this.log.warn("the coordinator reported an error", { code: body.code, message: body.message });
        return null;
      case "bye":
        this.rounds.abandon(`the coordinator ended the run (${body.outcome})`);
        this.log.info(`the coordinator said goodbye: ${body.outcome} (${body.roundsCompleted} of ${body.roundsPlanned} rounds): ${body.reason}`, { outcome: body.outcome });
        this.bye = body;
        this.connection.close(body.reason);
        return null;
      default:
        return errorBody("WRONG_STAGE", `a worker does not accept ${body.type} messages`);
    }
  }

  private handleWelcome(body: Body, messageId: number): void {
    const waiter = this.welcome;
    this.welcome = null;
    if (body.type === "error") {
      this.log.error(`the coordinator refused this worker: ${body.message}`, { code: body.code });
      waiter?.reject(new JoinRefused(body.code, body.message));
      return;
    }
    if (body.type !== "welcome") return;
    this.welcome = waiter;
    const expectedId = this.options.membership.idOf(this.options.name);
    if (body.taskDigest !== this.options.task.digest) {
      this.fail(`the coordinator trains task "${body.task}" with description ${body.taskDigest.slice(0, 12)}..., but this site's task "${this.options.task.name}" is ${this.options.task.digest.slice(0, 12)}...; both sides need the same task file`, "UNKNOWN_TASK", messageId);
      return;
    }
    if (body.runId !== this.runId || body.workerId !== this.options.name || body.participantId !== expectedId) {
      this.fail(`the coordinator's welcome does not match its challenge or this site's federation file (run ${body.runId}, id ${body.participantId}, expected ${expectedId})`, "NOT_ADMITTED", messageId);
      return;
    }
    this.welcome = null;
    this.challenge = null;
    this.workerId = body.workerId;
    this.maxMessageBytes = Math.min(this.connection.maxMessageBytes, body.maxMessageBytes);
    if (this.runState === null || this.runState.runId !== body.runId) this.runState = newRunState(body.runId, this.policy);
    this.log.info(`joined run ${body.runId} (task ${body.task}, from round ${body.nextRound} of ${body.rounds})`, { runId: body.runId, id: body.participantId });
    waiter?.resolve(body);
  }

  /** The reply of a part that goes in plaintext ends that part for the round's line. */
  private sentPlain(round: number, reply: Body): Body {
    this.rounds.sent(round);
    return reply;
  }

  private dropped(round: number, point: DropPoint): Body | null {
    if (!this.options.dropAt?.(round, point)) return null;
    this.log.verbose("dropping out of the round (injected)", { round, at: point });
    this.rounds.ended(round, "dropped", point === "train" ? "training" : point, "injected dropout", true);
    return errorBody("ROUND_ABORTED", `worker ${this.workerId} dropped out of round ${round} at ${point} (injected dropout)`);
  }
}
