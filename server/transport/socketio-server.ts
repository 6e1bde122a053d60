import { createServer, type IncomingMessage, type Server as HttpServer, type ServerResponse } from "node:http";
import { createServer as createHttpsServer } from "node:https";
import type { AddressInfo, Socket as NetSocket } from "node:net";
import { Server, type Socket } from "socket.io";
import { FRAME_HEADER_BYTES } from "../../shared/transport/frames";
import { FramedConnection } from "../../shared/transport/framed-connection";
import { Connection, DEFAULT_FRAME_BYTES, DEFAULT_MAX_MESSAGE_BYTES } from "../../shared/transport/transport";
import { getLogger } from "../../shared/log/logger";

const log = getLogger("transport.socketio");

/** The socket.io event that carries one binary frame. */
export const FRAME_EVENT = "f";

export interface SocketIoServerOptions {
  readonly port: number;
  /** Listen address; 127.0.0.1 unless told otherwise. */
  readonly host?: string;
  readonly maxMessageBytes?: number;
  readonly frameBytes?: number;
  /** PEM key and certificate for wss://. */
  readonly tls?: { key: string | Buffer; cert: string | Buffer };
  /** Plain HTTP requests that are not socket.io's (e.g. /healthz); default: 404 at once. */
  readonly httpHandler?: (req: IncomingMessage, res: ServerResponse) => void;
}

/** The coordinator's side of the socket.io transport: websocket only, binary frames, explicit limits. */
export class SocketIoServerTransport {
  private readonly handlers: ((c: Connection) => void)[] = [];

  private constructor(private readonly http: HttpServer, private readonly io: Server, readonly port: number,
    readonly maxMessageBytes: number, private readonly frameBytes: number, private readonly sockets: Set<NetSocket> = new Set()) {
    io.on("connection", (socket) => this.accept(socket));
  }

  static async listen(options: SocketIoServerOptions): Promise<SocketIoServerTransport> {
    const frameBytes = options.frameBytes ?? DEFAULT_FRAME_BYTES;
    const maxMessageBytes = options.maxMessageBytes ?? DEFAULT_MAX_MESSAGE_BYTES;
    const handler = options.httpHandler ?? ((req: IncomingMessage, res: ServerResponse) => { if (!req.url?.startsWith("/socket.io/")) res.writeHead(404).end(); });
    const http = options.tls ? createHttpsServer({ key: options.tls.key, cert: options.tls.cert }, handler) : createServer(handler);
    // Every socket, idle or not, so close() can end them all at once (http.close waits for each to end).
    const sockets = new Set<NetSocket>();
    http.on("connection", (s: NetSocket) => { sockets.add(s); s.once("close", () => sockets.delete(s)); });
    const io = new Server(http, {
      transports: ["websocket"],
      // A frame plus its header and socket.io's own framing; anything larger is a misbehaving peer.
      maxHttpBufferSize: frameBytes + FRAME_HEADER_BYTES + 4096,
      serveClient: false,
      pingInterval: 10_000,
      // A process hosting hundreds of virtual workers (conclave worker --virtual), or a coordinator
      // unmasking a thousand-worker sum, can hold its event loop for tens of seconds on a loaded
      // machine; 20 s dropped a quarter of 4 x 250 workers mid-round (bench:virtual-processes).
      pingTimeout: 60_000,
    });
    const host = options.host ?? "127.0.0.1";
    await new Promise<void>((resolve, reject) => {
      http.once("error", reject);
      http.listen(options.port, host, () => { http.off("error", reject); resolve(); });
    });
    const port = (http.address() as AddressInfo).port;
    log.info("listening", { host, port, tls: Boolean(options.tls), maxMessageBytes, frameBytes });
    return new SocketIoServerTransport(http, io, port, maxMessageBytes, frameBytes, sockets);
  }

  onConnection(handler: (c: Connection) => void): void {
    this.handlers.push(handler);
  }

  private accept(socket: Socket): void {
    const peer = `${socket.handshake.address}#${socket.id}`;
    const connection = new FramedConnection({
      sendFrame: (frame) => { socket.emit(FRAME_EVENT, frame); },
      onFrame: (h) => socket.on(FRAME_EVENT, (data: unknown) => {
        if (data instanceof Uint8Array) h(data);
        else log.warn("dropped a non-binary frame", { peer });
      }),
      onDisconnect: (h) => socket.on("disconnect", (reason) => h(String(reason))),
      disconnect: () => { socket.disconnect(true); },
    }, peer, this.maxMessageBytes, this.frameBytes, (reason) => {
      log.warn("malformed frame; closing the connection", { peer, reason });
      socket.disconnect(true);
    });
    for (const h of this.handlers) h(connection);
  }

  /** Close every connection, idle ones included (a peer that never sent a byte, a keep-alive HTTP client), and stop listening. */
  async close(): Promise<void> {
    const closed = new Promise<void>((resolve) => { this.io.close(() => resolve()); });
    this.http.closeAllConnections?.();
    for (const s of this.sockets) s.destroy();
    await closed;
  }
}
