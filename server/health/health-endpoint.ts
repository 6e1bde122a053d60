import type { IncomingMessage, ServerResponse } from "node:http";

/** What `GET /healthz` answers: enough for a load balancer or a supervisor, nothing private. */
export interface HealthStatus {
  readonly runId: string;
  /** waiting for sites, running rounds, or done (about to exit). */
  readonly state: "waiting" | "running" | "done";
  readonly roundsCompleted: number;
  readonly roundsPlanned: number;
  readonly workers: number;
}

/**
 * Plain HTTP on the coordinator's port, beside socket.io (which answers only under
 * /socket.io/): `GET /healthz` gives 200 and the status as JSON; anything else a 404 at once
 * (a request socket.io does not take would otherwise hang until a timeout).
 */
export function healthEndpoint(status: () => HealthStatus): (req: IncomingMessage, res: ServerResponse) => void {
  return (req, res) => {
    if (req.url?.startsWith("/socket.io/")) return; // socket.io's own handler answers
    const healthz = req.url === "/healthz" || req.url?.startsWith("/healthz?");
    if (healthz && (req.method === "GET" || req.method === "HEAD")) {
      const body = JSON.stringify({ status: "ok", ...status() });
      res.writeHead(200, { "content-type": "application/json", "cache-control": "no-store", "content-length": Buffer.byteLength(body) });
      res.end(req.method === "HEAD" ? undefined : body);
      return;
    }
    res.writeHead(404, { "content-type": "text/plain", connection: "close" });
    res.end("not found: this is a Conclave coordinator (GET /healthz; workers connect over socket.io)\n");
  };
}
