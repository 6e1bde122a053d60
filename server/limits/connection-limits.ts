/**
 * The coordinator's per-connection and per-run bounds (issue 8 item 3; docs/deploy.md,
 * "Operator: limits"). Each has a `conclave coordinator` flag (bin/coordinator/limit-options.ts).
 */
export interface ConnectionLimits {
  /** Messages a connection may send per second, sustained (token bucket refill). */
  readonly messagesPerSecond: number;
  /** Messages a connection may send in a burst (token bucket size). Over it: Error RATE_LIMITED, then the connection closes. */
  readonly messageBurst: number;
  /** Messages a connection may send before it has joined (an honest worker sends one Join); then one a second. Over it: RATE_LIMITED, closed. */
  readonly pendingMessageBurst: number;
  /** Bytes queued for a peer that has not read them; above it the peer is disconnected. 0: twice the model's message plus 4 MiB. */
  readonly maxBufferedBytes: number;
  /** Connections that have not joined yet; a new one beyond it is refused (Error RATE_LIMITED) and closed. */
  readonly maxPendingConnections: number;
  /** Admitted workers at once; a Join beyond it is refused (NOT_ADMITTED). 0: the federation's size. */
  readonly maxWorkers: number;
  /** How long a connection may take to join before it is closed (ms). */
  readonly joinTimeoutMs: number;
  /** Error replies of one code to one connection: at most one per this many ms; the rest are counted drops. */
  readonly errorReplyIntervalMs: number;
}

export const DEFAULT_LIMITS: ConnectionLimits = {
  messagesPerSecond: 50,
  messageBurst: 200,
  pendingMessageBurst: 8,
  maxBufferedBytes: 0,
  maxPendingConnections: 256,
  maxWorkers: 0,
  joinTimeoutMs: 30_000,
  errorReplyIntervalMs: 1_000,
};

/**
 * What a Coordinator built without `limits` uses (simulations, tests): the same bounds, but no cap on
 * pending connections, since an in-process federation adds all its virtual workers before any joins.
 * `conclave coordinator` always passes its flags (DEFAULT_LIMITS unless told otherwise).
 */
export const IN_PROCESS_LIMITS: ConnectionLimits = { ...DEFAULT_LIMITS, maxPendingConnections: Number.POSITIVE_INFINITY };

/** The output bound for a model whose weights take `modelBytes`: room for two model messages in flight, plus 4 MiB. */
export function outputBound(limits: ConnectionLimits, modelBytes: number): number {
  return limits.maxBufferedBytes > 0 ? limits.maxBufferedBytes : 2 * modelBytes + (4 << 20);
}
