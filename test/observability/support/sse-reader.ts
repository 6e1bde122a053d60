import type { DashboardSnapshot } from "../../../server/observability/dashboard-snapshot";

/** Reads Server-Sent Events of a fetch response, one `data:` payload at a time (parsed as JSON). */
export class SseReader {
  private buffer = "";
  private readonly reader: ReadableStreamDefaultReader<Uint8Array>;
  private readonly decoder = new TextDecoder();

  constructor(res: Response) {
    if (!res.body) throw new Error("the response has no body");
    this.reader = res.body.getReader();
  }

  /** The next event's data, parsed; rejects when the stream ends first. */
  async next(): Promise<unknown> {
    for (;;) {
      const end = this.buffer.indexOf("\n\n");
      if (end >= 0) {
        const block = this.buffer.slice(0, end);
        this.buffer = this.buffer.slice(end + 2);
        const data = block.split("\n").filter((l) => l.startsWith("data: ")).map((l) => l.slice(6)).join("\n");
        if (data !== "") return JSON.parse(data);
        continue;
      }
      const { done, value } = await this.reader.read();
      if (done) throw new Error("the event stream ended");
      this.buffer += this.decoder.decode(value, { stream: true });
    }
  }

  cancel(): Promise<void> { return this.reader.cancel(); }
}

/** A dashboard snapshot received over HTTP, checked before use (never cast). */
export function snapshotOf(v: unknown): DashboardSnapshot {
  const ok = typeof v === "object" && v !== null && typeof Reflect.get(v, "seq") === "number"
    && Array.isArray(Reflect.get(v, "workers")) && Array.isArray(Reflect.get(v, "rounds"));
  if (!ok || !isSnapshot(v)) throw new Error(`not a dashboard snapshot: ${JSON.stringify(v).slice(0, 200)}`);
  return v;
}

function isSnapshot(v: unknown): v is DashboardSnapshot {
  return typeof v === "object" && v !== null && "run" in v && "series" in v && "refusals" in v;
}
