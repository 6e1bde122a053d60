import { EventedConnection, MessageTooLargeError } from "../../shared/transport/transport";

/**
 * One end of a virtual worker's connection whose other end is in another thread: bytes go out
 * through `post` (a copy, its buffer transferred, so neither thread aliases the other's memory)
 * and come in through `deliver`; a thread's MessagePort keeps them in order. The pool
 * multiplexes many such ends over one port per thread, tagged by worker index.
 */
export class PortConnection extends EventedConnection {
  constructor(readonly peer: string, readonly maxMessageBytes: number,
    private readonly post: (bytes: Uint8Array) => void, private readonly postClose: (reason: string) => void) {
    super();
  }

  send(message: Uint8Array): void {
    if (this.closed) throw new Error(`cannot send to ${this.peer}: the connection is closed`);
    if (message.byteLength > this.maxMessageBytes) throw new MessageTooLargeError(message.byteLength, this.maxMessageBytes);
    this.post(message.slice());
  }

  /** A message from the other thread. */
  deliver(bytes: Uint8Array): void {
    if (this.closed) return;
    if (bytes.byteLength > this.maxMessageBytes) this.events.emitOversized(bytes.byteLength);
    else this.events.emitMessage(bytes);
  }

  /** The other end closed. */
  remoteClosed(reason: string): void { this.events.emitClose(reason); }

  protected release(): void { this.postClose("closed by the peer"); }
}
