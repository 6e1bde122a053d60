import { readFileSync } from "node:fs";
import { createServer as createHttpServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { createServer as createHttpsServer } from "node:https";
import { getLogger } from "../../shared/log/logger";
import { packagePath } from "../../shared/package-root";
import { checkDashboardToken, DashboardAuth, generateDashboardToken } from "./dashboard-auth";
import type { DashboardState } from "./dashboard-state";
import { closeServer, listen, LOOPBACK_HOSTS, urlHost } from "./http-listen";
import { SnapshotStream } from "./snapshot-stream";

const log = getLogger("observability.dashboard");

export interface DashboardServerOptions {
  readonly port: number;
  /** Default 127.0.0.1. */
  readonly host?: string;
  /** Default: a fresh one, logged once in the dashboard's URL. */
  readonly token?: string;
  /** Serve https:// (e.g. the coordinator's own certificate). */
  readonly tls?: { readonly key: Buffer | string; readonly cert: Buffer | string };
  /** Least time between two updates pushed to the page (default 250 ms). */
  readonly throttleMs?: number;
  /** Open event streams at most (default 16). */
  readonly maxStreams?: number;
}

export interface DashboardServer {
  readonly port: number;
  /** The dashboard's address, without the token. */
  readonly url: string;
  /** The address to open: with `?token=`. */
  readonly urlWithToken: string;
  close(): Promise<void>;
}

/** The page and its script: plain files next to this one, nothing fetched from elsewhere. */
const ASSETS: Readonly<Record<string, { readonly file: string; readonly type: string }>> = {
  "/": { file: "index.html", type: "text/html; charset=utf-8" },
  "/dashboard.js": { file: "dashboard.js", type: "text/javascript; charset=utf-8" },
  "/dashboard.css": { file: "dashboard.css", type: "text/css; charset=utf-8" },
};

/** Nothing may load from elsewhere, nothing may frame the page, no inline script. */
const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  "content-security-policy": "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
  "x-content-type-options": "nosniff",
  "referrer-policy": "no-referrer",
  "x-frame-options": "DENY",
  "cross-origin-resource-policy": "same-origin",
  "cache-control": "no-store",
};

function text(res: ServerResponse, status: number, body: string, extra: Readonly<Record<string, string>> = {}): void {
  res.writeHead(status, { ...SECURITY_HEADERS, "content-type": "text/plain; charset=utf-8", ...extra }).end(`${body}\n`);
}

/**
 * The live dashboard: serves the page, its script and style, `GET /api/state` (the
 * snapshot as JSON) and `GET /api/events` (the snapshot as Server-Sent Events),
 * all behind the token (401 without it). Bound to 127.0.0.1 unless told otherwise.
 */
export async function startDashboardServer(state: DashboardState, options: DashboardServerOptions): Promise<DashboardServer> {
  const host = options.host ?? "127.0.0.1";
  const generated = options.token === undefined;
  const token = options.token !== undefined ? checkDashboardToken(options.token) : generateDashboardToken();
  const auth = new DashboardAuth(token);
  const secure = options.tls !== undefined;
  const assets = new Map(Object.entries(ASSETS).map(([route, a]) => [route, { body: readFileSync(packagePath("server", "observability", "dashboard", a.file)), type: a.type }]));
  const stream = new SnapshotStream(() => state.snapshot(), { throttleMs: options.throttleMs ?? 250, heartbeatMs: 15_000, maxClients: options.maxStreams ?? 16 });
  const unsubscribe = state.onChange(() => stream.changed());

  const handle = (req: IncomingMessage, res: ServerResponse): void => {
    const route = new URL(req.url ?? "/", "http://dashboard.invalid").pathname;
    const access = auth.check(req);
    if (access === "denied") {
      text(res, 401, "a dashboard token is needed: open the address the coordinator printed when it started (it ends in ?token=...)", { "www-authenticate": "Bearer" });
      return;
    }
    if (req.method !== "GET" && req.method !== "HEAD") {
      text(res, 405, "the dashboard is read-only", { allow: "GET, HEAD" });
      return;
    }
    if (access === "query") {
      // The token leaves the address bar: the session cookie carries on.
      res.writeHead(303, { ...SECURITY_HEADERS, "set-cookie": auth.cookie(secure), location: route === "/" ? "/" : route }).end();
      return;
    }
    const asset = assets.get(route);
    if (asset) {
      res.writeHead(200, { ...SECURITY_HEADERS, "content-type": asset.type }).end(req.method === "HEAD" ? undefined : asset.body);
      return;
    }
    if (route === "/api/state") {
      res.writeHead(200, { ...SECURITY_HEADERS, "content-type": "application/json; charset=utf-8" }).end(req.method === "HEAD" ? undefined : JSON.stringify(state.snapshot()));
      return;
    }
    if (route === "/api/events") {
      if (!stream.add(res, SECURITY_HEADERS)) text(res, 503, "too many dashboards are open; close one and reload", { "retry-after": "10" });
      return;
    }
    text(res, 404, "not found");
  };

  const server: Server = secure ? createHttpsServer({ key: options.tls!.key, cert: options.tls!.cert }, handle) : createHttpServer(handle);
  const port = await listen(server, options.port, host, "dashboard (--dashboard-port)");
  const url = `${secure ? "https" : "http"}://${urlHost(host === "0.0.0.0" || host === "::" ? "127.0.0.1" : host)}:${port}/`;
  const urlWithToken = `${url}?token=${token}`;
  if (!LOOPBACK_HOSTS.includes(host) && !secure) {
    log.warn("the dashboard listens beyond this machine without TLS: its token and pages cross the network in clear; use TLS or an SSH tunnel", { host, port });
  }
  // Said once: a generated token is only ever shown here.
  log.info(generated ? `dashboard: ${urlWithToken}` : `dashboard: ${url} (with the token you gave)`, { notable: true, host, port });
  return {
    port, url, urlWithToken,
    close: async () => {
      unsubscribe();
      stream.close();
      await closeServer(server);
    },
  };
}
