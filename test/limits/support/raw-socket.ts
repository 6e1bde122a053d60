import { io, type Socket } from "socket.io-client";
import { FRAME_EVENT } from "../../../server/transport/socketio-server";
import { decodeMessage, encodeMessage } from "../../../shared/protocol/codec";
import type { Body, Message } from "../../../shared/protocol/messages";
import { FrameAssembler, splitIntoFrames } from "../../../shared/transport/frames";

/**
 * A hand-driven socket.io peer for limit and fuzz tests: it sends raw frames or whole messages
 * (framed like a worker's, with its own stream ids), decodes what the coordinator sends, and
 * can stop reading its TCP socket (a peer that never reads).
 */
export class RawSocket {
  readonly received: Message[] = [];
  runId = "";
  private nextStream = 1;
  private nextId = 1;
  private readonly assembler = new FrameAssembler(64 << 20, 512 * 1024);
  disconnected = false;
  private readonly waiters: (() => void)[] = [];

  private constructor(readonly socket: Socket) {
    socket.on(FRAME_EVENT, (data: unknown) => {
      const frame = data instanceof Uint8Array ? data : data instanceof ArrayBuffer ? new Uint8Array(data) : null;
      if (frame === null) return;
      const e = this.assembler.push(frame);
      if (e.kind !== "message") return;
      const m = decodeMessage(e.message);
      if (m.body.type === "challenge") this.runId = m.body.runId;
      this.received.push(m);
      this.wake();
    });
    socket.on("disconnect", () => { this.disconnected = true; this.wake(); });
  }

  static async connect(url: string): Promise<RawSocket> {
    const socket = io(url, { transports: ["websocket"], reconnection: false, forceNew: true, timeout: 5_000 });
    const raw = new RawSocket(socket);
    await new Promise<void>((resolve, reject) => {
      socket.once("connect", () => resolve());
      socket.once("connect_error", reject);
    });
    return raw;
  }

  get id(): string { return this.socket.id ?? ""; }

  private wake(): void { for (const w of this.waiters.splice(0)) w(); }

  /** Resolve when `condition` holds, checked on each message or disconnect; reject after timeoutMs. */
  until(condition: () => boolean, what: string, timeoutMs = 10_000): Promise<void> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what}`)), timeoutMs);
      const check = (): void => {
        if (condition()) { clearTimeout(timer); resolve(); } else this.waiters.push(check);
      };
      check();
    });
  }

  sendFrame(frame: Uint8Array): void { this.socket.emit(FRAME_EVENT, frame); }

  /** Take the next stream id (for frames built by hand). */
  takeStream(): number { return this.nextStream++; }

  /** A message's frames with the next stream id. */
  framesOf(message: Uint8Array, frameBytes = 512 * 1024): Uint8Array[] { return splitIntoFrames(message, this.nextStream++, frameBytes); }

  sendBytes(message: Uint8Array): void { for (const f of this.framesOf(message)) this.sendFrame(f); }

  encode(body: Body, meta: Partial<Message["meta"]> = {}): Uint8Array {
    return encodeMessage({ meta: { runId: this.runId, round: 0, messageId: this.nextId++, replyTo: 0, sender: "raw", ...meta }, body });
  }

  send(body: Body, meta: Partial<Message["meta"]> = {}): void { this.sendBytes(this.encode(body, meta)); }

  errors(): Extract<Body, { type: "error" }>[] {
    return this.received.flatMap((m) => (m.body.type === "error" ? [m.body] : []));
  }

  /** Stop reading the TCP socket: what the coordinator sends piles up on its side. */
  stopReading(): void {
    const engine: unknown = this.socket.io.engine;
    const ws = (engine as { transport?: { ws?: { _socket?: { pause(): void } } } }).transport?.ws?._socket;
    if (!ws) throw new Error("no websocket to pause");
    ws.pause();
  }

  close(): void { this.socket.disconnect(); }
}
