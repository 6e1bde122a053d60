import type { ServerResponse } from "node:http";

/**
 * Server-Sent Events of a changing snapshot: each client gets the current one on
 * connect, then the latest one after each change, at most one per `throttleMs`
 * (a burst of 200 joins is one message), and a comment every `heartbeatMs` so
 * proxies keep the stream open. At most `maxClients` streams.
 */
export class SnapshotStream {
  private readonly clients = new Set<ServerResponse>();
  private pending: NodeJS.Timeout | null = null;
  private readonly heartbeat: NodeJS.Timeout;

  constructor(private readonly snapshot: () => unknown, private readonly options: { readonly throttleMs: number; readonly heartbeatMs: number; readonly maxClients: number }) {
    this.heartbeat = setInterval(() => { for (const c of this.clients) c.write(": keep-alive\n\n"); }, options.heartbeatMs);
    this.heartbeat.unref();
  }

  get size(): number { return this.clients.size; }

  /** Start a stream on `res`; false (and nothing written) when there are too many already. */
  add(res: ServerResponse, headers: Readonly<Record<string, string>>): boolean {
    if (this.clients.size >= this.options.maxClients) return false;
    res.writeHead(200, { ...headers, "content-type": "text/event-stream; charset=utf-8", "cache-control": "no-store", connection: "keep-alive", "x-accel-buffering": "no" });
    res.write("retry: 3000\n\n");
    res.write(this.event());
    this.clients.add(res);
    res.on("close", () => { this.clients.delete(res); });
    return true;
  }

  /** Something changed: send the snapshot soon. */
  changed(): void {
    if (this.pending !== null || this.clients.size === 0) return;
    this.pending = setTimeout(() => {
      this.pending = null;
      const message = this.event();
      for (const c of this.clients) c.write(message);
    }, this.options.throttleMs);
    this.pending.unref();
  }

  close(): void {
    clearInterval(this.heartbeat);
    if (this.pending !== null) clearTimeout(this.pending);
    this.pending = null;
    for (const c of this.clients) c.end();
    this.clients.clear();
  }

  private event(): string {
    return `event: snapshot\ndata: ${JSON.stringify(this.snapshot())}\n\n`;
  }
}
