import { decodeMessage, encodeMessage } from "../shared/protocol/codec";
import {
  PROTOCOL_VERSION, ProtocolError, errorBody, type Body, type Message, type Protection, type RoundStartBody, type WelcomeBody,
} from "../shared/protocol/messages";
import { MessageTooLargeError, type Connection } from "../shared/transport/transport";
import { flatten, unflatten } from "../shared/tensor/weights";
import { getLogger, type Logger } from "../shared/log/logger";
import type { LocalLearner } from "./local-learner";
import { cryptoRandomSource, type RandomSource } from "../shared/dp/random-source";
import type { SigningKeyPair } from "../shared/crypto/signatures";
import type { SecAggStage } from "../shared/secagg/stages";
import { protectUpdate } from "./secure/protect-update";
import { encodeStats } from "./secure/encode-stats";
import { SecureParticipation } from "./secure/secure-participation";

/** Where a worker can drop out of a round (dropout injection for simulations and tests). */
export type DropPoint = "train" | SecAggStage;

export interface WorkerOptions {
  readonly name: string;
  readonly task: string;
  readonly learner: LocalLearner;
  readonly capabilities?: readonly string[];
  /** The worker's long-term Ed25519 identity: announced in Join, signs its secure-aggregation keys. */
  readonly identity?: SigningKeyPair;
  /** Randomness for DP noise (default: the OS CSPRNG). */
  readonly random?: RandomSource;
  /** Dropout injection: return true to drop out of `round` at `point` (the worker answers with ROUND_ABORTED). */
  readonly dropAt?: (round: number, point: DropPoint) => boolean;
  /** Test hook: change what is sent (e.g. a corrupted update) before it leaves; null sends nothing (a stalled worker). */
  readonly tamper?: (body: Body) => Body | null;
  /** Protocol version announced in Join (tests of version mismatch only). */
  readonly protocolVersion?: number;
}

export class JoinRefused extends Error {
  constructor(readonly code: string, message: string) {
    super(message);
    this.name = "JoinRefused";
  }
}

/**
 * A worker: connects out, joins, then answers the coordinator's requests (train,
 * evaluate) until the connection closes. Virtual workers are this same class over
 * the in-memory transport.
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
  private joinMessageId = 0;
  /** Why the coordinator ended the session, when it said goodbye (null: it did not, e.g. a crash or a lost network). */
  byeReason: string | null = null;
  private readonly secure: SecureParticipation | null;
  private readonly random: RandomSource;

  constructor(private readonly connection: Connection, private readonly options: WorkerOptions) {
    this.log = getLogger(`worker.${options.name}`);
    this.maxMessageBytes = connection.maxMessageBytes;
    this.closed = new Promise((resolve) => { this.closedResolve = resolve; });
    this.secure = options.identity ? new SecureParticipation(options.identity) : null;
    this.random = options.random ?? cryptoRandomSource();
    connection.onMessage((bytes) => { void this.receive(bytes); });
    connection.onOversized((bytes) => {
      this.log.warn("dropped an oversized message from the coordinator", { bytes, limit: connection.maxMessageBytes });
      this.send(0, errorBody("MESSAGE_TOO_LARGE", `a message of about ${bytes} bytes is above this worker's limit of ${connection.maxMessageBytes} bytes; raise --max-message-bytes on the worker`));
    });
    connection.onClose((reason) => {
      this.welcome?.reject(new Error(`the connection closed before the coordinator welcomed this worker (${reason})`));
      this.welcome = null;
      this.closedResolve(reason);
    });
  }

  get id(): string { return this.workerId; }

  /** Send Join and wait for Welcome (or a typed refusal). */
  join(timeoutMs = 30_000): Promise<WelcomeBody> {
    const { learner } = this.options;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`the coordinator did not answer the join within ${timeoutMs} ms`)), timeoutMs);
      this.welcome = {
        resolve: (w) => { clearTimeout(timer); resolve(w); },
        reject: (e) => { clearTimeout(timer); reject(e); },
      };
      this.joinMessageId = this.send(0, {
        type: "join", protocolVersion: this.options.protocolVersion ?? PROTOCOL_VERSION, workerName: this.options.name,
        capabilities: [...(this.options.capabilities ?? ["none"])], backend: learner.backend, numExamples: learner.numExamples,
        task: this.options.task, identityKey: this.options.identity?.publicKey ?? new Uint8Array(0),
      });
    });
  }

  leave(reason = "worker stopping"): void {
    this.send(0, { type: "bye", reason });
    this.connection.close(reason);
  }

  private send(round: number, body: Body, replyTo = 0): number {
    const messageId = this.nextId++;
    const final = this.options.tamper ? this.options.tamper(body) : body;
    if (final === null) return messageId;
    const bytes = encodeMessage({ meta: { runId: this.runId, round, messageId, replyTo, sender: this.workerId || this.options.name }, body: final });
    if (bytes.byteLength > this.maxMessageBytes) {
      const err = new MessageTooLargeError(bytes.byteLength, this.maxMessageBytes);
      this.log.error("message too large for the coordinator; sending an error instead", { type: body.type, bytes: bytes.byteLength, limit: this.maxMessageBytes });
      if (body.type !== "error") this.send(round, errorBody("MESSAGE_TOO_LARGE", err.message), replyTo);
      return messageId;
    }
    if (!this.connection.closed) this.connection.send(bytes);
    return messageId;
  }

  private async receive(bytes: Uint8Array): Promise<void> {
    let message: Message;
    try {
      message = decodeMessage(bytes);
    } catch (err) {
      const e = err instanceof ProtocolError ? err : new ProtocolError("MALFORMED_MESSAGE", String(err));
      this.log.warn("rejected a malformed message", { reason: e.message });
      this.send(0, errorBody(e.code, e.message));
      return;
    }
    const { meta, body } = message;
    if (body.type === "welcome" || (body.type === "error" && meta.replyTo === this.joinMessageId && this.welcome)) {
      this.handleWelcome(body);
      return;
    }
    if (this.runId === "" || meta.runId !== this.runId) {
      this.send(meta.round, errorBody("WRONG_ROUND", `message for run ${meta.runId || "(none)"} but this worker joined run ${this.runId || "(none yet)"}`), meta.messageId);
      return;
    }
    try {
      switch (body.type) {
        case "roundStart": {
          const reply = await this.train(meta.round, body);
          this.send(meta.round, this.dropped(meta.round, "train") ?? reply, meta.messageId);
          return;
        }
        case "statsRequest":
          this.send(meta.round, this.stats(meta.round, body.protection), meta.messageId);
          return;
        case "secaggRequest": {
          const dropped = this.dropped(meta.round, body.request.stage);
          if (dropped) { this.send(meta.round, dropped, meta.messageId); return; }
          if (!this.secure) {
            this.send(meta.round, errorBody("SECAGG_REFUSED", "this worker has no identity key, so it cannot take part in secure aggregation; start it with --key"), meta.messageId);
            return;
          }
          const r = this.secure.handle(meta.round, body);
          if (r.ok) this.send(meta.round, { type: "secaggReply", protocol: body.protocol, reply: r.reply }, meta.messageId);
          else {
            this.log.warn("refused a secure-aggregation request", { round: meta.round, stage: body.request.stage, code: r.error.code, reason: r.error.message });
            this.send(meta.round, errorBody("SECAGG_REFUSED", `${r.error.code}: ${r.error.message}`), meta.messageId);
          }
          return;
        }
        case "evaluateRequest": {
          const r = await this.options.learner.evaluate(body.weights, body.standardisation);
          this.send(meta.round, { type: "evaluateResult", numExamples: r.numExamples, loss: r.loss, metrics: r.metrics }, meta.messageId);
          return;
        }
        case "error":
          this.log.warn("the coordinator reported an error", { code: body.code, message: body.message });
          return;
        case "bye":
          this.log.info("the coordinator said goodbye", { reason: body.reason });
          this.byeReason = body.reason;
          this.connection.close(body.reason);
          return;
        default:
          this.send(meta.round, errorBody("WRONG_STAGE", `a worker does not accept ${body.type} messages`), meta.messageId);
      }
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      this.log.error("request failed", { type: body.type, round: meta.round, error: message });
      this.send(meta.round, errorBody(err instanceof ProtocolError ? err.code : "TRAINING_FAILED", message), meta.messageId);
    }
  }

  private handleWelcome(body: Body): void {
    const waiter = this.welcome;
    this.welcome = null;
    if (body.type === "error") {
      this.log.error("the coordinator refused this worker", { code: body.code, message: body.message });
      waiter?.reject(new JoinRefused(body.code, body.message));
      return;
    }
    if (body.type !== "welcome") return;
    if (body.protocolVersion !== PROTOCOL_VERSION) {
      const why = `the coordinator speaks protocol v${body.protocolVersion} but this worker speaks v${PROTOCOL_VERSION}; install the same Conclave version on both sides`;
      this.send(0, errorBody("PROTOCOL_VERSION_MISMATCH", why));
      this.connection.close(why);
      waiter?.reject(new JoinRefused("PROTOCOL_VERSION_MISMATCH", why));
      return;
    }
    this.runId = body.runId;
    this.workerId = body.workerId;
    this.maxMessageBytes = Math.min(this.connection.maxMessageBytes, body.maxMessageBytes);
    this.log.info("joined", { runId: body.runId, workerId: body.workerId, task: body.task });
    waiter?.resolve(body);
  }

  private dropped(round: number, point: DropPoint): Body | null {
    if (!this.options.dropAt?.(round, point)) return null;
    this.log.info("dropping out of the round (injected)", { round, at: point });
    return errorBody("ROUND_ABORTED", `worker ${this.workerId} dropped out of round ${round} at ${point} (injected dropout)`);
  }

  /** Round 0: this worker's feature moments, held for secure aggregation or sent in plaintext. */
  private stats(round: number, p: Protection): Body {
    const m = this.options.learner.moments();
    const values = [...m.mean, ...m.meanSquare];
    if (p.secureAggregation === "none") return { type: "statsResult", values, numExamples: m.rows };
    if (!this.secure) throw new ProtocolError("SECAGG_REFUSED", "this run uses secure aggregation but this worker has no identity key; start it with --key");
    const encoded = encodeStats(values, m.rows, p);
    if (encoded.clamped > 0) this.log.warn("feature statistics clamped to the fixed-point range; standardisation will be off for those features", { clamped: encoded.clamped, range: p.clipRange });
    this.secure.setInput(round, p.secureAggregation, encoded.ring);
    return { type: "statsResult", values: [], numExamples: 0 };
  }

  private async train(round: number, start: RoundStartBody): Promise<Body> {
    const t0 = performance.now();
    const p = start.protection;
    if (p.secureAggregation !== "none" && !this.secure) {
      throw new ProtocolError("SECAGG_REFUSED", "this round uses secure aggregation but this worker has no identity key; start it with --key");
    }
    const result = await this.options.learner.train(start.weights, start.train, start.standardisation);
    const global = flatten(start.weights);
    const delta = flatten(result.weights);
    for (let i = 0; i < delta.length; i++) delta[i]! -= global[i]!;
    const guarded = protectUpdate(delta, result.examples, p, this.random);
    const trainSeconds = (performance.now() - t0) / 1000;
    if (guarded.clamped > 0) this.log.warn("update coordinates clamped to the fixed-point range", { round, clamped: guarded.clamped, range: p.clipRange });
    this.log.debug("trained", { round, loss: result.loss, examples: result.examples, seconds: trainSeconds, norm: guarded.norm, clipped: guarded.clipped });
    if (guarded.ring) {
      // Under secure aggregation nothing of this worker's own leaves in plaintext: no update, no count, no loss.
      this.secure!.setInput(round, p.secureAggregation === "secagg+" ? "secagg+" : "additive", guarded.ring);
      return { type: "trainResult", update: [], numExamples: 0, metrics: {}, trainSeconds };
    }
    return { type: "trainResult", update: unflatten(guarded.plain, start.weights), numExamples: result.examples, metrics: { loss: result.loss }, trainSeconds };
  }
}
