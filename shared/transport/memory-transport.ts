import { EventedConnection, DEFAULT_MAX_MESSAGE_BYTES, MessageTooLargeError, type Connection } from "./transport";

/**
 * The in-memory transport of virtual workers: two connected ends that pass
 * encoded bytes (copied, so neither side can alias the other's buffers) and
 * deliver asynchronously, as a network would.
 */
class MemoryEnd extends EventedConnection {
  other: MemoryEnd | null = null;

  constructor(readonly peer: string, readonly maxMessageBytes: number) {
    super();
  }

  send(message: Uint8Array): void {
    if (this.closed) throw new Error(`cannot send to ${this.peer}: the connection is closed`);
    if (message.byteLength > this.maxMessageBytes) throw new MessageTooLargeError(message.byteLength, this.maxMessageBytes);
    const copy = message.slice();
    const target = this.other;
    queueMicrotask(() => {
      if (!target || target.closed) return;
      if (copy.byteLength > target.maxMessageBytes) target.events.emitOversized(copy.byteLength);
      else target.events.emitMessage(copy);
    });
  }
  protected release(): void {
    const other = this.other;
    queueMicrotask(() => other?.events.emitClose("closed by the peer"));
  }
}

/** A connected pair: `[coordinatorEnd, workerEnd]`. */
export function createMemoryPair(workerName: string, options: { maxMessageBytes?: number; workerMaxMessageBytes?: number } = {}): [Connection, Connection] {
  const serverEnd = new MemoryEnd(`memory:${workerName}`, options.maxMessageBytes ?? DEFAULT_MAX_MESSAGE_BYTES);
  const workerEnd = new MemoryEnd("memory:coordinator", options.workerMaxMessageBytes ?? options.maxMessageBytes ?? DEFAULT_MAX_MESSAGE_BYTES);
  serverEnd.other = workerEnd;
  workerEnd.other = serverEnd;
  return [serverEnd, workerEnd];
}
