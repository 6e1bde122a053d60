import { io, type Socket } from "socket.io-client";
import { FramedConnection } from "../../shared/transport/framed-connection";
import { Connection, DEFAULT_FRAME_BYTES, DEFAULT_MAX_MESSAGE_BYTES } from "../../shared/transport/transport";
import { getLogger } from "../../shared/log/logger";

const log = getLogger("transport.socketio");
const FRAME_EVENT = "f";

export interface ConnectOptions {
  /** Attempts before giving up (the first one included). */
  readonly attempts?: number;
  /** First wait between attempts; doubles each time up to maxBackoffMs. */
  readonly backoffMs?: number;
  readonly maxBackoffMs?: number;
  /** How long one attempt may take. */
  readonly timeoutMs?: number;
  readonly maxMessageBytes?: number;
  readonly frameBytes?: number;
  /** PEM certificates to trust for wss:// (besides the system's). */
  readonly ca?: string;
}

export class ConnectError extends Error {
  constructor(readonly url: string, readonly attempts: number, readonly lastReason: string) {
    super(`could not reach the coordinator at ${url} after ${attempts} attempts (last error: ${lastReason}); check the address, that the coordinator is running, and that outbound connections to it are allowed`);
    this.name = "ConnectError";
  }
}

function once(socket: Socket, timeoutMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => { cleanup(); reject(new Error(`no answer within ${timeoutMs} ms`)); }, timeoutMs);
    const onConnect = (): void => { cleanup(); resolve(); };
    const onError = (err: Error): void => { cleanup(); reject(err); };
    const cleanup = (): void => { clearTimeout(timer); socket.off("connect", onConnect); socket.off("connect_error", onError); };
    socket.on("connect", onConnect);
    socket.on("connect_error", onError);
  });
}

/** Connect out to a coordinator over websocket with bounded retries and exponential backoff. */
export async function connectSocketIo(url: string, options: ConnectOptions = {}): Promise<Connection> {
  const attempts = options.attempts ?? 8;
  const maxBackoff = options.maxBackoffMs ?? 15_000;
  const frameBytes = options.frameBytes ?? DEFAULT_FRAME_BYTES;
  let wait = options.backoffMs ?? 500;
  let lastReason = "";
  for (let attempt = 1; attempt <= attempts; attempt++) {
    const socket = io(url, { transports: ["websocket"], reconnection: false, forceNew: true, timeout: options.timeoutMs ?? 5_000,
      ...(options.ca ? { ca: options.ca } : {}) });
    // The coordinator speaks first (its challenge can arrive in the same batch as the connect
    // packet): listen from the start and hand what came early to the connection.
    const early: Uint8Array[] = [];
    let deliver: ((frame: Uint8Array) => void) | null = null;
    socket.on(FRAME_EVENT, (data: unknown) => {
      const frame = data instanceof Uint8Array ? data : data instanceof ArrayBuffer ? new Uint8Array(data) : null;
      if (frame === null) return;
      if (deliver) deliver(frame);
      else if (early.length < 64) early.push(frame);
    });
    try {
      await once(socket, options.timeoutMs ?? 5_000);
      log.info("connected", { url, attempt });
      return new FramedConnection({
        sendFrame: (frame) => { socket.emit(FRAME_EVENT, frame); },
        onFrame: (h) => { deliver = h; for (const f of early.splice(0)) h(f); },
        onDisconnect: (h) => socket.on("disconnect", (reason) => h(String(reason))),
        disconnect: () => { socket.disconnect(); },
      }, url, options.maxMessageBytes ?? DEFAULT_MAX_MESSAGE_BYTES, frameBytes, (reason) => {
        log.warn("malformed frame from the coordinator; closing", { reason });
        socket.disconnect();
      });
    } catch (err) {
      socket.close();
      lastReason = err instanceof Error ? err.message : String(err);
      if (attempt === attempts) break;
      log.warn("coordinator not reachable; retrying", { url, attempt, of: attempts, retryInMs: wait, reason: lastReason });
      await new Promise((r) => setTimeout(r, wait));
      wait = Math.min(maxBackoff, wait * 2);
    }
  }
  throw new ConnectError(url, attempts, lastReason);
}
