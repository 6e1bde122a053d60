import { decodeMessage, encodeMessage } from "../shared/protocol/codec";
import { COORDINATOR, ProtocolError, errorBody, type Body, type ErrorCode, type Message } from "../shared/protocol/messages";
import { MessageTooLargeError, type Connection } from "../shared/transport/transport";
import { getLogger } from "../shared/log/logger";

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
  readonly resolve: (b: Body) => void;
  readonly reject: (e: RequestFailed) => void;
  readonly timer: NodeJS.Timeout;
}

/**
 * The coordinator's view of one connected worker: encodes what it sends, decodes
 * and validates what arrives, and matches replies to requests (with a timeout).
 */
export class WorkerSession {
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  private unsolicited: (m: Message) => void = () => {};
  /** The Ed25519 key the worker joined with (empty when it has none). */
  identityKey: Uint8Array = new Uint8Array(0);

  constructor(readonly connection: Connection, readonly runId: string, public id: string) {
    connection.onMessage((bytes) => this.receive(bytes));
    connection.onOversized((bytes) => this.oversized(bytes));
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

  send(round: number, body: Body, replyTo = 0): number {
    const messageId = this.nextId++;
    this.connection.send(encodeMessage({ meta: { runId: this.runId, round, messageId, replyTo, sender: COORDINATOR }, body }));
    return messageId;
  }

  /** Send and wait for the reply; an Error reply or a reply of the wrong type rejects with its code. */
  request<T extends Body["type"]>(round: number, body: Body, expect: T, timeoutMs: number): Promise<Extract<Body, { type: T }>> {
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
      }, timeoutMs);
      this.pending.set(messageId, {
        round, timer, reject,
        resolve: (b) => {
          if (b.type === expect) resolve(b as Extract<Body, { type: T }>);
          else if (b.type === "error") reject(new RequestFailed(b.code, `worker ${this.id} replied with an error: ${b.message}`));
          else reject(new RequestFailed("MALFORMED_MESSAGE", `worker ${this.id} answered a ${body.type} with a ${b.type}`));
        },
      });
    });
  }

  /** Say goodbye and let the worker close (so the Bye is delivered); force the close after graceMs. */
  close(reason: string, graceMs = 2_000): Promise<void> {
    if (this.connection.closed) return Promise.resolve();
    try { this.send(0, { type: "bye", reason }); } catch { /* already gone */ }
    return new Promise((resolve) => {
      const timer = setTimeout(() => { this.connection.close(reason); resolve(); }, graceMs);
      timer.unref();
      this.connection.onClose(() => { clearTimeout(timer); resolve(); });
    });
  }

  private receive(bytes: Uint8Array): void {
    let message: Message;
    try {
      message = decodeMessage(bytes);
    } catch (err) {
      const e = err instanceof ProtocolError ? err : new ProtocolError("MALFORMED_MESSAGE", String(err));
      log.warn("rejected a malformed message", { worker: this.id, reason: e.message });
      this.replyError(e.code, e.message);
      this.failNewest(e.code, `worker ${this.id} sent a malformed message: ${e.message}`);
      return;
    }
    const pending = message.meta.replyTo !== 0 ? this.pending.get(message.meta.replyTo) : undefined;
    if (!pending) {
      this.unsolicited(message);
      return;
    }
    this.pending.delete(message.meta.replyTo);
    clearTimeout(pending.timer);
    if (message.meta.round !== pending.round || message.meta.runId !== this.runId) {
      const why = `the reply is for run ${message.meta.runId} round ${message.meta.round}, expected run ${this.runId} round ${pending.round}`;
      this.replyError("WRONG_ROUND", why);
      pending.reject(new RequestFailed("WRONG_ROUND", `worker ${this.id}: ${why}`));
      return;
    }
    pending.resolve(message.body);
  }

  private oversized(bytes: number): void {
    const why = `your message of about ${bytes} bytes is above this coordinator's limit of ${this.connection.maxMessageBytes} bytes; it was dropped (raise --max-message-bytes on the coordinator, or use a smaller model)`;
    log.warn("dropped an oversized message", { worker: this.id, bytes, limit: this.connection.maxMessageBytes });
    this.replyError("MESSAGE_TOO_LARGE", why);
    this.failNewest("MESSAGE_TOO_LARGE", `worker ${this.id}: ${why}`);
  }

  private replyError(code: ErrorCode, message: string): void {
    try { this.send(0, errorBody(code, message)); } catch (err) { log.debug("could not send an error reply", { worker: this.id, err: String(err) }); }
  }

  /**
   * A message that could not be read (ours dropped by the worker as oversized, or theirs by us) answered
   * something: fail the most recent request, the one it most likely answered, instead of waiting for its deadline.
   */
  failNewest(code: ErrorCode, message: string): void {
    const ids = [...this.pending.keys()];
    const newest = ids[ids.length - 1];
    if (newest === undefined) return;
    const p = this.pending.get(newest)!;
    this.pending.delete(newest);
    clearTimeout(p.timer);
    p.reject(new RequestFailed(code, message));
  }
}
