import type { EvalMetrics } from "../../shared/metrics/eval-metrics";
import { summaryFields } from "../../shared/metrics/eval-metrics";
import type { SimulationResult } from "./simulation";

/** The `--json` summary of a demo or simulation: one object, the last line of stdout. */
export interface RunSummary {
  readonly task: string;
  readonly workers: number;
  readonly rounds: number;
  readonly backend: string;
  readonly secureAggregation: string;
  readonly dp: Readonly<Record<string, number | string>> | null;
  readonly centralized: Readonly<Record<string, number>> | null;
  readonly federated: Readonly<Record<string, number>>;
  readonly [extra: string]: unknown;
}

function round6(x: number): number {
  return Number.isFinite(x) ? Number(x.toPrecision(6)) : x;
}

function fields(m: EvalMetrics): Record<string, number> {
  return Object.fromEntries(Object.entries(summaryFields(m)).map(([k, v]) => [k, round6(v)]));
}

/**
 * `noDp`: with --dp, the demo's federated run without DP (same seed), shown next to the DP run
 * (`federated`) as `federatedNoDp`; its centralised baseline is the one reported.
 */
export function buildSummary(task: string, workers: number, result: SimulationResult, extra: { secureAggregation: string; dp: RunSummary["dp"]; [k: string]: unknown },
  noDp?: SimulationResult): RunSummary {
  const { secureAggregation, dp, ...rest } = extra;
  const centralized = noDp ? noDp.centralized : result.centralized;
  return {
    task, workers, rounds: result.history.rounds.length, backend: result.backend.name, secureAggregation, dp,
    ...rest,
    centralized: centralized ? { ...fields(centralized.test), wallSeconds: round6(centralized.wallSeconds) } : null,
    federated: { ...fields(result.federated.test), wallSeconds: round6(result.federated.wallSeconds) },
    ...(noDp ? { federatedNoDp: { ...fields(noDp.federated.test), wallSeconds: round6(noDp.federated.wallSeconds) } } : {}),
  };
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

function describe(v: unknown, f: (r: Record<string, unknown>) => string): string {
  return isRecord(v) ? f(v) : "";
}

/** The final table a person reads. */
export function renderTable(summary: RunSummary, partition: string): string {
  const metricNames = Object.keys(summary.federated).filter((k) => k !== "wallSeconds");
  const header = ["run", ...metricNames, "wall s"];
  const rows: string[][] = [];
  const fmt = (v: number | undefined): string => (v === undefined ? "-" : Number.isFinite(v) ? (Math.abs(v) >= 100 ? v.toFixed(1) : v.toFixed(4)) : "n/a");
  if (summary.centralized) rows.push(["centralised", ...metricNames.map((k) => fmt(summary.centralized![k])), fmt(summary.centralized.wallSeconds)]);
  const noDp = isRecord(summary.federatedNoDp) ? summary.federatedNoDp : null;
  const num = (r: Record<string, unknown>, k: string): number | undefined => (typeof r[k] === "number" ? r[k] : undefined);
  if (noDp) rows.push([`federated (${summary.secureAggregation}), no DP`, ...metricNames.map((k) => fmt(num(noDp, k))), fmt(num(noDp, "wallSeconds"))]);
  const dpLabel = summary.dp ? `, DP ${String(summary.dp.mode)} (epsilon ${typeof summary.dp.epsilon === "number" ? summary.dp.epsilon.toFixed(2) : "?"})` : "";
  rows.push([`federated (${summary.secureAggregation})${dpLabel}`, ...metricNames.map((k) => fmt(summary.federated[k])), fmt(summary.federated.wallSeconds)]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]): string => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join("  ");
  const facts = [`task ${summary.task}`, `workers ${summary.workers}`, `rounds ${summary.rounds}`, `partition ${partition}`, `backend ${summary.backend}`,
    `secure aggregation ${summary.secureAggregation}${describe(summary.secagg, (s) => ` (k=${String(s.neighbors)}, t=${String(s.threshold)})`)}`,
    ...(isRecord(summary.strategy) ? [`strategy ${Object.entries(summary.strategy).map(([k, v]) => (k === "name" ? String(v) : `${k}=${String(v)}`)).join(" ")}`] : []),
    `dp ${summary.dp ? Object.entries(summary.dp).map(([k, v]) => `${k}=${typeof v === "number" ? Number(v.toPrecision(4)) : v}`).join(" ") : "off"}`,
    ...(isRecord(summary.dropouts) ? [`dropouts injected ${String(summary.dropouts.injected)}, recovered ${String(summary.dropouts.recovered)}, aborted rounds ${String(summary.dropouts.abortedRounds)}`] : [])];
  return [facts.join(" | "), "", line(header), line(widths.map((w) => "-".repeat(w))), ...rows.map(line)].join("\n");
}
