import { decodeMessage, encodeMessage } from "../shared/protocol/codec";
import { COORDINATOR, ProtocolError, errorBody, type Body, type ErrorCode, type Message } from "../shared/protocol/messages";
import { MessageTooLargeError, type Connection } from "../shared/transport/transport";
import { getLogger } from "../shared/log/logger";
import type { SessionGuard } from "./limits/session-guard";

const log = getLogger("coordinator.session");

/** Why a request to a worker produced no usable reply. */
export class RequestFailed extends Error {
  constructor(readonly code: ErrorCode | "TIMEOUT" | "DISCONNECTED", message: string) {
    super(message);
    this.name = "RequestFailed";
  }
}

interface Pending {
  readonly round: number;
  readonly resolve: (b: Body, replyId: number) => void;
  readonly reject: (e: RequestFailed) => void;
  readonly timer: NodeJS.Timeout;
}

/** The body types that answer a request (a message of these types must carry the request's reply_to). */
const REPLY_TYPES: ReadonlySet<Body["type"]> = new Set(["trainResult", "statsResult", "evaluateResult", "secaggReply"]);

/** The handlers until they are set: one function, not three closures per session. */
const ignore = (): void => {};

/**
 * The coordinator's view of one connected worker: encodes what it sends, decodes and
 * validates what arrives, and matches replies to requests (with a timeout). Every Error it
 * sends in answer to a message carries that message's id in reply_to and its round.
 * A reply that does not match (unknown reply_to, wrong round or run) is treated one way: an
 * Error to the worker, and the worker's newest pending request fails at once (an honest
 * worker never sends one, so waiting for its deadline would only slow the round).
 */
export class WorkerSession {
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  private unsolicited: (m: Message) => void = ignore;
  private malformed: (reason: string) => void = ignore;
  private refused: (code: ErrorCode, message: string) => void = ignore;

  constructor(readonly connection: Connection, readonly runId: string, public id: string, readonly guard: SessionGuard | null = null) {
    connection.onMessage((bytes) => this.guarded(() => this.receive(bytes)));
    connection.onOversized((bytes) => this.guarded(() => this.oversized(bytes)));
    connection.onClose((reason) => {
      for (const [mid, p] of this.pending) {
        clearTimeout(p.timer);
        p.reject(new RequestFailed("DISCONNECTED", `worker ${this.id} disconnected (${reason})`));
        this.pending.delete(mid);
      }
    });
  }

  get connected(): boolean { return !this.connection.closed; }

  /** Messages that answer no request (join, bye, a worker's own error). */
  onUnsolicited(handler: (m: Message) => void): void { this.unsolicited = handler; }
  /** Every Error this session sends in answer to the worker (a refusal, by code): for the coordinator's observers. */
  onRefused(handler: (code: ErrorCode, message: string) => void): void { this.refused = handler; }
  /** A message that could not be decoded (after the typed Error was sent). */
  onMalformed(handler: (reason: string) => void): void { this.malformed = handler; }

  send(round: number, body: Body, replyTo = 0): number {
    const messageId = this.nextId++;
    this.connection.send(encodeMessage({ meta: { runId: this.runId, round, messageId, replyTo, sender: COORDINATOR }, body }));
    return messageId;
  }

  /** An Error answering a message (its id and round), best effort: a closed connection is ignored; one per code per interval (the rest are counted drops). */
  replyError(code: ErrorCode, message: string, replyTo: number, round: number): void {
    if (this.guard && !this.guard.allowReply(code)) {
      this.guard.note("suppressed", code);
      return;
    }
    this.guard?.note("replied", code);
    this.refused(code, message);
    try { this.send(round, errorBody(code, message), replyTo); } catch (err) { log.debug("could not send an error reply", { worker: this.id, err: String(err) }); }
  }

  /** Send and wait for the reply; an Error reply or a reply of the wrong type rejects with its code. */
  async request<T extends Body["type"]>(round: number, body: Body, expect: T, timeoutMs: number): Promise<Extract<Body, { type: T }>> {
    return (await this.exchange(round, body, expect, timeoutMs)).reply;
  }

  /** As request(), with the reply's message id (so an Error refusing it can name it in reply_to). */
  exchange<T extends Body["type"]>(round: number, body: Body, expect: T, timeoutMs: number): Promise<{ reply: Extract<Body, { type: T }>; replyId: number }> {
    return new Promise((resolve, reject) => {
      let messageId: number;
      try {
        messageId = this.send(round, body);
      } catch (err) {
        const code = this.connection.closed ? "DISCONNECTED" : err instanceof MessageTooLargeError ? "MESSAGE_TOO_LARGE" : "INTERNAL";
        reject(new RequestFailed(code, `could not send a ${body.type} to worker ${this.id}: ${err instanceof Error ? err.message : String(err)}`));
        return;
      }
      const timer = setTimeout(() => {
        this.pending.delete(messageId);
        reject(new RequestFailed("TIMEOUT", `worker ${this.id} did not answer within ${timeoutMs} ms`));
      }, Math.max(0, timeoutMs));
      this.pending.set(messageId, {
        round, timer, reject,
        resolve: (b, replyId) => {
          if (b.type === expect) resolve({ reply: b as Extract<Body, { type: T }>, replyId });
          else if (b.type === "error") reject(new RequestFailed(b.code, `worker ${this.id} replied with an error: ${b.message}`));
          else reject(new RequestFailed("MALFORMED_MESSAGE", `worker ${this.id} answered a ${body.type} with a ${b.type}`));
        },
      });
    });
  }

  /** Say goodbye (with the run's outcome) and let the worker close; force the close after graceMs. */
  close(bye: Extract<Body, { type: "bye" }>, graceMs = 2_000): Promise<void> {
    if (this.connection.closed) return Promise.resolve();
    try { this.send(0, bye); } catch { /* already gone */ }
    return new Promise((resolve) => {
      const timer = setTimeout(() => { this.connection.close(bye.reason); resolve(); }, graceMs);
      timer.unref();
      this.connection.onClose(() => { clearTimeout(timer); resolve(); });
    });
  }

  /** Every inbound message: spend a rate token (over the limit: RATE_LIMITED once, then close), handle it, record what became of it. */
  private guarded(handle: () => void): void {
    const g = this.guard;
    if (g === null) { handle(); return; }
    g.begin();
    const rate = this.connection.closed ? "closed" : g.take();
    if (rate === "ok") handle();
    else if (rate === "closed") g.note("dropped");
    else {
      g.note("rate-limited");
      if (rate === "first") {
        const why = g.rateLimitMessage;
        log.warn("a peer exceeded its message rate; closing its connection", { worker: this.id, peer: this.connection.peer });
        try { this.send(0, errorBody("RATE_LIMITED", why)); } catch { /* already gone */ }
        this.connection.close("over its message rate");
      }
    }
    g.end();
  }

  private receive(bytes: Uint8Array): void {
    let message: Message;
    try {
      message = decodeMessage(bytes, this.guard?.decodeLimits);
    } catch (err) {
      const e = err instanceof ProtocolError ? err : new ProtocolError("MALFORMED_MESSAGE", String(err));
      this.replyError(e.code, e.message, e.meta?.messageId ?? 0, e.meta?.round ?? 0);
      const answered = e.meta !== null && e.meta.replyTo !== 0 ? this.take(e.meta.replyTo) : undefined;
      if (answered) answered.reject(new RequestFailed(e.code, `worker ${this.id} sent a malformed reply: ${e.message}`));
      else this.failNewest(e.code, `worker ${this.id} sent a malformed message: ${e.message}`);
      this.malformed(e.message);
      return;
    }
    const { meta, body } = message;
    if (meta.replyTo === 0 && !REPLY_TYPES.has(body.type)) {
      this.unsolicited(message);
      return;
    }
    const pending = this.take(meta.replyTo);
    let why: string | null = null;
    let code: ErrorCode = "WRONG_STAGE";
    if (!pending) why = meta.replyTo === 0 ? `a ${body.type} must answer a request (meta.reply_to is 0)` : `meta.reply_to ${meta.replyTo} answers no request of this coordinator that is still open`;
    else if (meta.round !== pending.round || meta.runId !== this.runId) {
      code = "WRONG_ROUND";
      why = `the reply is for run ${meta.runId} round ${meta.round}, expected run ${this.runId} round ${pending.round}`;
    }
    if (why !== null) {
      if (body.type === "error") { // an error that answers nothing: log it, nothing to fail
        log.warn("worker reported an error", { worker: this.id, code: body.code, message: body.message });
        this.unsolicited(message);
        return;
      }
      this.replyError(code, `your ${body.type} was refused: ${why}`, meta.messageId, meta.round);
      if (pending) pending.reject(new RequestFailed(code, `worker ${this.id}: ${why}`));
      else this.failNewest(code, `worker ${this.id}: ${why}`);
      return;
    }
    pending!.resolve(body, meta.messageId);
  }

  private take(messageId: number): Pending | undefined {
    const p = this.pending.get(messageId);
    if (p === undefined) return undefined;
    this.pending.delete(messageId);
    clearTimeout(p.timer);
    return p;
  }

  private oversized(bytes: number): void {
    const why = `your message of ${bytes} bytes is above this coordinator's limit of ${this.connection.maxMessageBytes} bytes; it was dropped (raise --max-message-bytes on the coordinator, or use a smaller model)`;
    log.warn("dropped an oversized message", { worker: this.id, bytes, limit: this.connection.maxMessageBytes });
    this.replyError("MESSAGE_TOO_LARGE", why, 0, 0);
    this.failNewest("MESSAGE_TOO_LARGE", `worker ${this.id}: ${why}`);
  }

  /**
   * A message that could not be read (ours dropped by the worker as oversized, or theirs by us) answered
   * something: fail the most recent request, the one it most likely answered, instead of waiting for its deadline.
   */
  failNewest(code: ErrorCode, message: string): void {
    const ids = [...this.pending.keys()];
    const newest = ids[ids.length - 1];
    if (newest === undefined) return;
    this.take(newest)!.reject(new RequestFailed(code, message));
  }
}
