import { combineEvents, noEvents, type CoordinatorEvents } from "./coordinator-events";
import { DashboardState } from "./dashboard-state";
import { startDashboardServer, type DashboardServer, type DashboardServerOptions } from "./dashboard-server";
import { MetricsEvents } from "./metrics-events";
import { startMetricsServer, type MetricsServer } from "./metrics-server";

export interface ObservabilityOptions {
  /** Serve Prometheus metrics (--metrics-port, --metrics-host). */
  readonly metrics?: { readonly port: number; readonly host?: string };
  /** Serve the live dashboard (--dashboard, --dashboard-port, --dashboard-host, --dashboard-token). */
  readonly dashboard?: DashboardServerOptions;
  /** More observers to feed (logs, a report in progress, tests). */
  readonly extra?: readonly CoordinatorEvents[];
}

export interface Observability {
  /** Hand this to the coordinator: it feeds the metrics, the dashboard and `extra`. */
  readonly events: CoordinatorEvents;
  readonly metrics: MetricsServer | null;
  readonly dashboard: DashboardServer | null;
  /** The dashboard's state (for a final look, or tests). */
  readonly dashboardState: DashboardState | null;
  close(): Promise<void>;
}

/**
 * Start what the options ask for and return one events object for the coordinator.
 * With nothing asked for, the events do nothing and no port is opened. If a server
 * cannot start, the ones already started are closed and the error says which port.
 */
export async function startObservability(options: ObservabilityOptions): Promise<Observability> {
  const targets: CoordinatorEvents[] = [...(options.extra ?? [])];
  let metrics: MetricsServer | null = null;
  let dashboard: DashboardServer | null = null;
  let dashboardState: DashboardState | null = null;
  try {
    if (options.metrics) {
      const m = new MetricsEvents();
      metrics = await startMetricsServer(m, options.metrics);
      targets.push(m);
    }
    if (options.dashboard) {
      dashboardState = new DashboardState();
      dashboard = await startDashboardServer(dashboardState, options.dashboard);
      targets.push(dashboardState);
    }
  } catch (err) {
    await Promise.all([metrics?.close(), dashboard?.close()]);
    throw err;
  }
  const m = metrics;
  const d = dashboard;
  return {
    events: targets.length === 0 ? noEvents() : combineEvents(...targets),
    metrics, dashboard, dashboardState,
    close: async () => { await Promise.all([m?.close(), d?.close()]); },
  };
}
