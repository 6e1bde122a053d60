import { MAX_ELEMENTS, type DecodeLimits } from "../../shared/protocol/prescan";
import type { ErrorCode } from "../../shared/protocol/messages";
import type { ConnectionLimits } from "./connection-limits";
import type { InboundAudit, InboundOutcome } from "./inbound-audit";
import { TokenBucket } from "./token-bucket";

/** The shape of the run's model, for decoding bounds: what an admitted worker's message may carry. */
export interface ModelShape { readonly tensors: number; readonly bytes: number }

/**
 * One connection's bounds on the coordinator's side: its message rate, one Error reply per
 * code per interval (not one per frame), what its messages may carry before they are decoded
 * (nothing tensor-shaped before it joins; the model's shape after), and its audit record.
 */
export class SessionGuard {
  private bucket: TokenBucket;
  private readonly lastReply = new Map<ErrorCode, number>();
  private readonly suppressedByCode = new Map<ErrorCode, number>();
  private current: { outcome: InboundOutcome; code?: string } | null = null;
  private limited = false;
  private misbehavedBeforeJoin = false;
  private admittedShape: ModelShape | null = null;

  constructor(private readonly limits: ConnectionLimits, private readonly model: ModelShape, readonly peer: string,
    private readonly audit: InboundAudit | undefined, private readonly now: () => number = () => performance.now()) {
    this.bucket = new TokenBucket(1, limits.pendingMessageBurst, now);
  }

  /** The connection joined: its messages may now carry the model's tensors, at the joined rate. */
  admitted(): void {
    this.admittedShape = this.model;
    this.bucket = new TokenBucket(this.limits.messagesPerSecond, this.limits.messageBurst, this.now);
  }

  get decodeLimits(): DecodeLimits {
    const m = this.admittedShape;
    return { maxTensors: m?.tensors ?? 0, maxTensorBytes: m?.bytes ?? 0, maxElements: MAX_ELEMENTS };
  }

  /**
   * Spend a token for one inbound message. "ok"; "first" when this message crossed the limit (send
   * RATE_LIMITED, then close); "again" for messages that were already in flight.
   */
  take(): "ok" | "first" | "again" {
    if (this.limited) return "again";
    if (this.bucket.take()) return "ok";
    this.limited = true;
    return "first";
  }

  /** The sentence of the RATE_LIMITED Error. */
  get rateLimitMessage(): string {
    return this.admittedShape === null
      ? `this connection sent more than ${this.limits.pendingMessageBurst} messages before joining, its limit; it is closed (a worker sends one Join: check it is a Conclave worker; the limit is the coordinator's --pending-message-burst)`
      : `this connection sent more than ${this.limits.messageBurst} messages at once or ${this.limits.messagesPerSecond} a second, its limit; it is closed (a worker never does this: check it is a Conclave worker; the limit is the coordinator's --max-messages-per-second and --message-burst)`;
  }

  /** Whether an Error of this code may be sent now; false: a counted drop (one reply per problem). */
  allowReply(code: ErrorCode): boolean {
    const t = this.now();
    const last = this.lastReply.get(code);
    if (last !== undefined && t - last < this.limits.errorReplyIntervalMs) {
      this.suppressedByCode.set(code, (this.suppressedByCode.get(code) ?? 0) + 1);
      return false;
    }
    this.lastReply.set(code, t);
    return true;
  }

  /** Error replies of each code that were not sent (for the close log line). */
  get suppressed(): ReadonlyMap<ErrorCode, number> { return this.suppressedByCode; }

  /** Start handling one inbound message; `end()` records it (as `accepted` unless something else was noted). */
  begin(): void { this.current = null; }
  /** Whether it sent anything but a valid Join before joining (earned an Error or a drop): evicted first when pending connections are too many. */
  get misbehaved(): boolean { return this.misbehavedBeforeJoin; }

  note(outcome: InboundOutcome, code?: string): void {
    if (this.admittedShape === null && outcome !== "accepted" && outcome !== "partial") this.misbehavedBeforeJoin = true;
    if (this.current === null) this.current = code === undefined ? { outcome } : { outcome, code };
  }
  end(): void {
    const c = this.current ?? { outcome: "accepted" as const };
    this.current = null;
    this.audit?.record(this.peer, c.outcome, c.code);
  }
}
