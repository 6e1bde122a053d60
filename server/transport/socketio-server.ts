import { createServer, type IncomingMessage, type Server as HttpServer, type ServerResponse } from "node:http";
import { createServer as createHttpsServer } from "node:https";
import type { AddressInfo, Socket as NetSocket } from "node:net";
import { Server, type Socket } from "socket.io";
import { FRAME_HEADER_BYTES } from "../../shared/transport/frames";
import { FramedConnection } from "../../shared/transport/framed-connection";
import { Connection, DEFAULT_FRAME_BYTES, DEFAULT_MAX_MESSAGE_BYTES } from "../../shared/transport/transport";
import { getLogger } from "../../shared/log/logger";
import type { InboundAudit } from "../limits/inbound-audit";
import { bufferedBytes, terminateSocket } from "./buffered-bytes";

const log = getLogger("transport.socketio");

/** How long the HTTP upgrade and the socket.io handshake may take. */
const HANDSHAKE_TIMEOUT_MS = 10_000;

/** How long a closed connection may take to finish its websocket close before its TCP connection is dropped. */
const CLOSE_GRACE_MS = 2_000;

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
  /** Bytes queued for a peer that has not read them; past it the peer is disconnected (default 2 x maxMessageBytes + 4 MiB). */
  readonly maxBufferedBytes?: number;
  /** Non-binary frames a connection may send (a Conclave peer never does) before it is closed. */
  readonly maxNonBinaryFrames?: number;
  /** TCP connections at once (joined, pending and half-open); beyond it new ones are closed by Node at once. */
  readonly maxConnections?: number;
  /** Records what became of each inbound frame the transport itself settles (partial, dropped, disconnected). */
  readonly audit?: InboundAudit;
  /** Plain HTTP requests that are not socket.io's (e.g. /healthz); default: 404 at once. */
  readonly httpHandler?: (req: IncomingMessage, res: ServerResponse) => void;
}

interface Bounds { readonly maxBufferedBytes: number; readonly maxNonBinaryFrames: number; readonly audit: InboundAudit | undefined }

/** The coordinator's side of the socket.io transport: websocket only, binary frames, explicit limits. */
export class SocketIoServerTransport {
  private readonly handlers: ((c: Connection) => void)[] = [];

  /** Peers disconnected for not reading (their queued bytes passed maxBufferedBytes). */
  slowReadersDisconnected = 0;

  private constructor(private readonly http: HttpServer, private readonly io: Server, readonly port: number,
    readonly maxMessageBytes: number, private readonly frameBytes: number, private readonly bounds: Bounds, private readonly sockets: Set<NetSocket>) {
    io.on("connection", (socket) => this.accept(socket));
  }

  static async listen(options: SocketIoServerOptions): Promise<SocketIoServerTransport> {
    const frameBytes = options.frameBytes ?? DEFAULT_FRAME_BYTES;
    const maxMessageBytes = options.maxMessageBytes ?? DEFAULT_MAX_MESSAGE_BYTES;
    // A connection that never finishes its HTTP upgrade is closed within ~12 s (Node's default holds it 60-90 s),
    // so idle TCP connections cannot hold the process's file descriptors for long.
    const httpOptions = { headersTimeout: HANDSHAKE_TIMEOUT_MS, requestTimeout: HANDSHAKE_TIMEOUT_MS, connectionsCheckingInterval: 2_000 };
    const handler = options.httpHandler ?? ((req: IncomingMessage, res: ServerResponse) => { if (!req.url?.startsWith("/socket.io/")) res.writeHead(404).end(); });
    const http = options.tls ? createHttpsServer({ ...httpOptions, key: options.tls.key, cert: options.tls.cert }, handler) : createServer(httpOptions, handler);
    if (options.maxConnections !== undefined) http.maxConnections = options.maxConnections;
    // Every socket, idle or not, so close() can end them all at once (http.close waits for each to end; an upgraded
    // socket whose peer stopped reading would hold it forever).
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
      connectTimeout: HANDSHAKE_TIMEOUT_MS,
    });
    const host = options.host ?? "127.0.0.1";
    await new Promise<void>((resolve, reject) => {
      http.once("error", reject);
      http.listen(options.port, host, () => { http.off("error", reject); resolve(); });
    });
    const port = (http.address() as AddressInfo).port;
    log.info("listening", { host, port, tls: Boolean(options.tls), maxMessageBytes, frameBytes });
    return new SocketIoServerTransport(http, io, port, maxMessageBytes, frameBytes, {
      maxBufferedBytes: options.maxBufferedBytes ?? 2 * maxMessageBytes + (4 << 20), maxNonBinaryFrames: options.maxNonBinaryFrames ?? 16, audit: options.audit,
    }, sockets);
  }

  onConnection(handler: (c: Connection) => void): void {
    this.handlers.push(handler);
  }

  private accept(socket: Socket): void {
    const peer = `${socket.handshake.address}#${socket.id}`;
    const { audit, maxBufferedBytes, maxNonBinaryFrames } = this.bounds;
    let nonBinary = 0;
    let gone = false;
    const drop = (why: string, fields: Record<string, unknown>, terminate = false): void => {
      if (gone) return;
      gone = true;
      log.warn(why, { peer, ...fields });
      socket.disconnect(true);
      if (terminate) terminateSocket(socket.conn);
      else setTimeout(() => terminateSocket(socket.conn), CLOSE_GRACE_MS).unref();
    };
    socket.on("disconnect", () => { gone = true; });
    const connection = new FramedConnection({
      sendFrame: (frame) => {
        if (gone) return;
        const queued = bufferedBytes(socket.conn);
        if (queued + frame.byteLength > maxBufferedBytes) {
          this.slowReadersDisconnected++;
          drop("a peer does not read what it is sent; disconnecting it", { queuedBytes: queued, limit: maxBufferedBytes }, true);
          return;
        }
        socket.emit(FRAME_EVENT, frame);
      },
      onFrame: (h) => socket.on(FRAME_EVENT, (data: unknown) => {
        if (gone) { audit?.record(peer, "dropped"); return; }
        if (!(data instanceof Uint8Array)) {
          audit?.record(peer, "dropped");
          if (++nonBinary === 1) log.warn("dropped a non-binary frame", { peer });
          if (nonBinary > maxNonBinaryFrames) drop("a peer keeps sending non-binary frames; closing the connection", { frames: nonBinary });
          return;
        }
        // Each frame is recorded once: a message or an oversized one by the session, the rest here.
        const before = audit?.total ?? 0;
        h(data);
        if (audit && audit.total === before) audit.record(peer, "partial");
      }),
      onDisconnect: (h) => socket.on("disconnect", (reason) => h(String(reason))),
      // A graceful close waits for the peer's close frame; one that stopped reading would hold the socket (and its
      // buffers) for ws's 30 s close timeout, so the TCP connection is dropped after a short grace.
      disconnect: () => { socket.disconnect(true); setTimeout(() => terminateSocket(socket.conn), CLOSE_GRACE_MS).unref(); },
    }, peer, this.maxMessageBytes, this.frameBytes, (reason) => {
      audit?.record(peer, "disconnected");
      drop("malformed frame; closing the connection", { reason });
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
