// One connection to a coordinator (docs/protocol.md section 2): socket.io 4, websocket only,
// every message as frames emitted as the event "f" with one binary argument.
import { io, type Socket } from "socket.io-client";
import { encodeFrames, FrameReader, FRAME_PAYLOAD_BYTES } from "./frames";

export interface ConnectionEvents {
  message: (bytes: Buffer) => void;
  /** A message above this side's limit (its frames are dropped; the connection stays). */
  tooLarge: (total: number) => void;
  closed: (reason: string) => void;
}

export class SocketConnection {
  private nextStream = 1;
  private readonly reader: FrameReader;
  private isClosed = false;

  private constructor(private readonly socket: Socket, maxMessageBytes: number, private readonly events: ConnectionEvents) {
    this.reader = new FrameReader(maxMessageBytes);
    socket.on("f", (...args: unknown[]) => this.onFrame(args));
    socket.on("disconnect", (reason: string) => this.finish(`disconnected: ${reason}`));
  }

  /**
   * Opens a connection to http(s)://host:port on path /socket.io/, websocket transport only. The
   * connection is returned at once, before it is up: the coordinator speaks first, and its
   * Challenge can arrive in the same tick as socket.io's "connect".
   */
  static open(url: string, maxMessageBytes: number, events: ConnectionEvents, timeoutMs = 10_000): { connection: SocketConnection; connected: Promise<void> } {
    const socket = io(url, { path: "/socket.io/", transports: ["websocket"], reconnection: false, forceNew: true, timeout: timeoutMs });
    const connection = new SocketConnection(socket, maxMessageBytes, events);
    const connected = new Promise<void>((resolve, reject) => {
      socket.once("connect", () => resolve());
      socket.once("connect_error", (e: Error) => {
        socket.close();
        reject(new Error(`could not connect to the coordinator at ${url}: ${e.message}`));
      });
    });
    return { connection, connected };
  }

  get closed(): boolean {
    return this.isClosed;
  }

  send(message: Uint8Array, frameBytes = FRAME_PAYLOAD_BYTES): void {
    if (this.isClosed) return;
    for (const frame of encodeFrames(message, this.nextStream++, frameBytes)) this.socket.emit("f", frame);
  }

  close(reason = "closed by the worker"): void {
    this.socket.close();
    this.finish(reason);
  }

  private onFrame(args: unknown[]): void {
    const [data] = args;
    const bytes = data instanceof Uint8Array ? data : data instanceof ArrayBuffer ? new Uint8Array(data) : null;
    if (args.length !== 1 || bytes === null) return; // section 2: not a frame; ignored
    const event = this.reader.push(bytes);
    switch (event.kind) {
      case "message": this.events.message(event.bytes); break;
      case "too-large": this.events.tooLarge(event.total); break;
      case "broken": this.close(`broken framing: ${event.reason}`); break;
      case "partial": case "dropped": break;
    }
  }

  private finish(reason: string): void {
    if (this.isClosed) return;
    this.isClosed = true;
    this.events.closed(reason);
  }
}
