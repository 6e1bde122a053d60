/**
 * One transport interface, two implementations (socket.io and in-memory), both
 * carrying encoded protobuf messages as bytes. Only the transport files know how
 * bytes move; everything above speaks `Connection`.
 */
export interface Connection {
  /** Where the peer is, for logs ("memory:alice", "127.0.0.1:52344"). */
  readonly peer: string;
  /** Largest message (encoded bytes) this connection will send or accept. */
  readonly maxMessageBytes: number;
  /** Send one encoded message. Throws MessageTooLargeError when it is above maxMessageBytes. */
  send(message: Uint8Array): void;
  onMessage(handler: (message: Uint8Array) => void): void;
  /** The peer sent a message above our limit: it was dropped whole and the connection stays up. */
  onOversized(handler: (declaredBytes: number) => void): void;
  onClose(handler: (reason: string) => void): void;
  close(reason?: string): void;
  readonly closed: boolean;
}

export class MessageTooLargeError extends Error {
  constructor(readonly bytes: number, readonly limit: number) {
    super(`a message of ${bytes} bytes is above the limit of ${limit} bytes; raise --max-message-bytes on both sides or use a smaller model`);
    this.name = "MessageTooLargeError";
  }
}

/** 64 MiB: room for a 16M-parameter float32 model in one message. */
export const DEFAULT_MAX_MESSAGE_BYTES = 64 * 1024 * 1024;
/** Messages travel in frames of at most this many payload bytes (socket.io's per-packet limit stays above it). */
export const DEFAULT_FRAME_BYTES = 512 * 1024;

const EARLY_MESSAGES = 8;

/** A small helper that stores handlers and calls them; shared by both implementations. */
export class ConnectionEvents {
  private readonly messageHandlers: ((m: Uint8Array) => void)[] = [];
  /**
   * Messages that arrived before anyone listened (a server speaks first: the coordinator's
   * challenge can arrive before the worker has attached its handler). Delivered, in order, to
   * the first handler; a few at most, since a peer that talks this much unheard is misbehaving.
   */
  private early: Uint8Array[] = [];
  private readonly oversizedHandlers: ((n: number) => void)[] = [];
  private readonly closeHandlers: ((r: string) => void)[] = [];
  private closedReason: string | null = null;

  onMessage(h: (m: Uint8Array) => void): void {
    this.messageHandlers.push(h);
    if (this.messageHandlers.length === 1 && this.early.length > 0) {
      const queued = this.early;
      this.early = [];
      for (const m of queued) h(m);
    }
  }
  onOversized(h: (n: number) => void): void { this.oversizedHandlers.push(h); }
  onClose(h: (r: string) => void): void {
    if (this.closedReason !== null) h(this.closedReason);
    else this.closeHandlers.push(h);
  }
  get closed(): boolean { return this.closedReason !== null; }

  emitMessage(m: Uint8Array): void {
    if (this.messageHandlers.length === 0) {
      if (this.early.length < EARLY_MESSAGES) this.early.push(m);
      return;
    }
    for (const h of this.messageHandlers) h(m);
  }
  emitOversized(n: number): void { for (const h of this.oversizedHandlers) h(n); }
  emitClose(reason: string): void {
    if (this.closedReason !== null) return;
    this.closedReason = reason;
    for (const h of this.closeHandlers.splice(0)) h(reason);
  }
}

/** The handler plumbing both implementations share; each says what sending and releasing mean. */
export abstract class EventedConnection implements Connection {
  protected readonly events = new ConnectionEvents();
  abstract readonly peer: string;
  abstract readonly maxMessageBytes: number;
  abstract send(message: Uint8Array): void;
  /** What closing means here (disconnect a socket, tell the other end); called once. */
  protected abstract release(): void;

  onMessage(h: (m: Uint8Array) => void): void { this.events.onMessage(h); }
  onOversized(h: (n: number) => void): void { this.events.onOversized(h); }
  onClose(h: (r: string) => void): void { this.events.onClose(h); }
  get closed(): boolean { return this.events.closed; }
  close(reason = "closed by this side"): void {
    if (this.closed) return;
    this.events.emitClose(reason);
    this.release();
  }
}
