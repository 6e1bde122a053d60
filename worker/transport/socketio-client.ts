import { randomInt } from "node:crypto";
import { io, type Socket } from "socket.io-client";
import { FramedConnection } from "../../shared/transport/framed-connection";
import { Connection, DEFAULT_FRAME_BYTES, DEFAULT_MAX_MESSAGE_BYTES } from "../../shared/transport/transport";
import { getLogger } from "../../shared/log/logger";
import { diagnoseConnectError, type ConnectProblem } from "./connect-diagnosis";

const log = getLogger("transport.socketio");
const FRAME_EVENT = "f";

export interface ConnectOptions {
  /** Attempts before giving up (the first one included); "forever" for a service that waits for its coordinator. */
  readonly attempts?: number | "forever";
  /** First wait between attempts; doubles each time up to maxBackoffMs. */
  readonly backoffMs?: number;
  readonly maxBackoffMs?: number;
  /** How long one attempt may take. */
  readonly timeoutMs?: number;
  readonly maxMessageBytes?: number;
  readonly frameBytes?: number;
  /** PEM certificates to trust for wss:// (besides the system's). */
  readonly ca?: string;
  /** Jitter in [0, 1) for each wait (default node:crypto: sites restarted together do not retry in step). */
  readonly jitter?: () => number;
  /** Stops retrying (an operator's SIGTERM while the coordinator is away). */
  readonly signal?: AbortSignal;
}

export class ConnectError extends Error {
  constructor(readonly url: string, readonly attempts: number, readonly lastReason: string, readonly problem: ConnectProblem = "other") {
    super(`could not reach the coordinator at ${url} after ${attempts} attempts (last error: ${lastReason})`);
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

/**
 * Connect out to a coordinator over websocket, retrying with exponential backoff and jitter
 * (each wait is the backoff plus up to half of it again, capped at maxBackoffMs), bounded by
 * `attempts` or forever. Each failure is diagnosed (refused, timed out, name not resolved,
 * certificate not trusted, TLS on one side only) in the log and in the ConnectError.
 */
export async function connectSocketIo(url: string, options: ConnectOptions = {}): Promise<Connection> {
  const attempts = options.attempts ?? 8;
  const maxBackoff = options.maxBackoffMs ?? 15_000;
  const frameBytes = options.frameBytes ?? DEFAULT_FRAME_BYTES;
  const jitter = options.jitter ?? ((): number => randomInt(0x1000000) / 0x1000000);
  let backoff = options.backoffMs ?? 500;
  let lastReason = "";
  let lastProblem: ConnectProblem = "other";
  for (let attempt = 1; attempts === "forever" || attempt <= attempts; attempt++) {
    if (options.signal?.aborted) throw new ConnectError(url, attempt - 1, "stopped before the coordinator answered", "other");
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
      const diagnosis = diagnoseConnectError(err, url);
      lastReason = diagnosis.sentence;
      lastProblem = diagnosis.problem;
      if (attempt === attempts) break;
      const wait = Math.round(Math.min(maxBackoff, backoff * (1 + 0.5 * jitter())));
      log.warn(`coordinator not reachable; retrying: ${diagnosis.sentence}`, { url, attempt, of: attempts, retryInMs: wait, problem: diagnosis.problem });
      await new Promise<void>((resolve) => {
        const timer = setTimeout(done, wait);
        function done(): void { clearTimeout(timer); options.signal?.removeEventListener("abort", done); resolve(); }
        options.signal?.addEventListener("abort", done);
      });
      backoff = Math.min(maxBackoff, backoff * 2);
    }
  }
  throw new ConnectError(url, typeof attempts === "number" ? attempts : 0, lastReason, lastProblem);
}
