import { FrameAssembler, splitIntoFrames } from "./frames";
import { EventedConnection, MessageTooLargeError } from "./transport";

/** The little a socket must offer to carry frames (both socket.io's server and client sockets do). */
export interface FrameSocket {
  sendFrame(frame: Uint8Array): void;
  onFrame(handler: (frame: Uint8Array) => void): void;
  onDisconnect(handler: (reason: string) => void): void;
  disconnect(): void;
}

/** A Connection over any FrameSocket: splits messages into frames, reassembles them, enforces the size limit. */
export class FramedConnection extends EventedConnection {
  private readonly assembler: FrameAssembler;
  private nextStream = 1;

  constructor(private readonly socket: FrameSocket, readonly peer: string, readonly maxMessageBytes: number, private readonly frameBytes: number,
    onMalformed: (reason: string) => void = () => {}) {
    super();
    this.assembler = new FrameAssembler(maxMessageBytes, frameBytes);
    socket.onFrame((frame) => {
      const event = this.assembler.push(frame);
      if (event.kind === "message") this.events.emitMessage(event.message);
      else if (event.kind === "oversized") this.events.emitOversized(event.declaredBytes);
      else if (event.kind === "malformed") onMalformed(event.reason);
    });
    socket.onDisconnect((reason) => this.events.emitClose(reason));
  }

  send(message: Uint8Array): void {
    if (this.closed) throw new Error(`cannot send to ${this.peer}: the connection is closed`);
    if (message.byteLength > this.maxMessageBytes) throw new MessageTooLargeError(message.byteLength, this.maxMessageBytes);
    const stream = this.nextStream;
    this.nextStream++; // never wraps in practice (2^32 messages on one connection); the receiver refuses a reused id
    for (const frame of splitIntoFrames(message, stream, this.frameBytes)) this.socket.sendFrame(frame);
  }

  /** Send bytes without checking our own limit: only for tests of the peer's limit. */
  sendUnchecked(message: Uint8Array): void {
    for (const frame of splitIntoFrames(message, this.nextStream++, this.frameBytes)) this.socket.sendFrame(frame);
  }

  protected release(): void {
    this.socket.disconnect();
  }
}
