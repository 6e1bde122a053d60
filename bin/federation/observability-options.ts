import { readFileSync } from "node:fs";
import type { Command } from "commander";
import type { ObservabilityOptions } from "../../server/observability/start-observability";
import { nonNegativeInt } from "./run-options";
import { UsageError } from "../commands/usage-error";

function readToken(file: string): string {
  try {
    return readFileSync(file, "utf8").trim();
  } catch (err) {
    throw new UsageError(`cannot read the dashboard token file ${file} (${err instanceof Error ? err.message : String(err)}); give --dashboard-token-file a file this user can read`);
  }
}

/** The observability options of `conclave coordinator`, as commander parses them. */
export interface ObservabilityCliOptions {
  metricsPort?: number;
  metricsHost: string;
  dashboard: boolean;
  dashboardPort: number;
  dashboardHost: string;
  dashboardToken?: string;
  dashboardTokenFile?: string;
}

/** Adds --metrics-port, --metrics-host, --dashboard, --dashboard-port, --dashboard-host, --dashboard-token(-file). */
export function addObservabilityOptions(cmd: Command): Command {
  return cmd
    .option("--metrics-port <n>", "serve Prometheus metrics on this port at /metrics (0: any free port)", nonNegativeInt("--metrics-port"))
    .option("--metrics-host <address>", "address the metrics endpoint listens on", "127.0.0.1")
    .option("--dashboard", "serve the live dashboard (its address, with a fresh token, is logged once at start)", false)
    .option("--dashboard-port <n>", "the dashboard's port (0: any free port)", nonNegativeInt("--dashboard-port"), 8081)
    .option("--dashboard-host <address>", "address the dashboard listens on", "127.0.0.1")
    .option("--dashboard-token <token>", "use this token instead of a generated one (16+ characters; visible in the process list: prefer the file or CONCLAVE_DASHBOARD_TOKEN)")
    .option("--dashboard-token-file <file>", "read the dashboard token from this file");
}

/** What to start, from the parsed options (the token: flag, then file, then CONCLAVE_DASHBOARD_TOKEN, else generated). */
export function observabilityOptions(o: ObservabilityCliOptions, tls?: { key: Buffer; cert: Buffer }): ObservabilityOptions {
  const token = o.dashboardToken ?? (o.dashboardTokenFile !== undefined ? readToken(o.dashboardTokenFile) : undefined)
    ?? (process.env.CONCLAVE_DASHBOARD_TOKEN || undefined);
  return {
    ...(o.metricsPort !== undefined ? { metrics: { port: o.metricsPort, host: o.metricsHost } } : {}),
    ...(o.dashboard ? { dashboard: { port: o.dashboardPort, host: o.dashboardHost, ...(token !== undefined ? { token } : {}), ...(tls ? { tls } : {}) } } : {}),
  };
}
