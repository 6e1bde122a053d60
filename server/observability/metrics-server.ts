import { createServer } from "node:http";
import { getLogger } from "../../shared/log/logger";
import { closeServer, listen, LOOPBACK_HOSTS, urlHost } from "./http-listen";
import type { MetricsEvents } from "./metrics-events";

const log = getLogger("observability.metrics");

export interface MetricsServer {
  readonly port: number;
  /** e.g. http://127.0.0.1:9464/metrics */
  readonly url: string;
  close(): Promise<void>;
}

/**
 * Serves `GET /metrics` (Prometheus text format) on host:port, 127.0.0.1 unless
 * told otherwise; anything else is 404, and methods other than GET/HEAD are 405.
 * The metrics are aggregates only (docs/observability.md), so there is no token:
 * keep the port to loopback or to the scraper's network.
 */
export async function startMetricsServer(metrics: MetricsEvents, options: { readonly port: number; readonly host?: string }): Promise<MetricsServer> {
  const host = options.host ?? "127.0.0.1";
  const server = createServer((req, res) => {
    const path = (req.url ?? "/").split("?", 1)[0];
    if (req.method !== "GET" && req.method !== "HEAD") {
      res.writeHead(405, { allow: "GET, HEAD", "content-type": "text/plain; charset=utf-8" }).end("only GET /metrics is served here\n");
      return;
    }
    if (path !== "/metrics") {
      res.writeHead(404, { "content-type": "text/plain; charset=utf-8" }).end("not found: Prometheus metrics are at /metrics\n");
      return;
    }
    metrics.metrics().then(
      (text) => { res.writeHead(200, { "content-type": metrics.contentType, "cache-control": "no-store" }).end(req.method === "HEAD" ? undefined : text); },
      (err: unknown) => { res.writeHead(500, { "content-type": "text/plain; charset=utf-8" }).end(`could not collect the metrics: ${err instanceof Error ? err.message : String(err)}\n`); },
    );
  });
  const port = await listen(server, options.port, host, "metrics endpoint (--metrics-port)");
  if (!LOOPBACK_HOSTS.includes(host)) log.warn("the metrics endpoint listens beyond this machine, without a token; restrict it to the scraper with a firewall", { host, port });
  const url = `http://${urlHost(host)}:${port}/metrics`;
  log.info(`metrics: ${url}`, { notable: true, url });
  return { port, url, close: () => closeServer(server) };
}
