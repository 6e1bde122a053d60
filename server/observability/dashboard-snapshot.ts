import type { RunState } from "./coordinator-events";

/**
 * Everything the dashboard page receives, as JSON. Built field by field from the
 * coordinator's events (never by spreading a record), so nothing reaches the page
 * that is not named here: no update, no worker's example count or loss, no token.
 */
export type WorkerStateName = "joined" | "training" | "secagg" | "idle" | "left";

export interface WorkerRow {
  readonly name: string;
  readonly backend: string;
  readonly state: WorkerStateName;
  /** The secure-aggregation stage, when state is "secagg". */
  readonly stage: string | null;
  /** The round of "training" or "secagg". */
  readonly round: number | null;
  /** Rounds whose aggregate holds this worker's input. */
  readonly contributed: number;
  /** Rounds it was sampled in and failed or dropped out of. */
  readonly failed: number;
  readonly lastFailure: string | null;
  /** A local-DP worker's own epsilon. */
  readonly epsilon: number | null;
  readonly joinedAt: string;
  readonly leftReason: string | null;
}

export interface RoundRow {
  readonly round: number;
  readonly applied: boolean;
  readonly abortReason: string | null;
  readonly sampled: number;
  readonly contributors: number;
  /** Failures by error code (TIMEOUT, DISCONNECTED, ROUND_ABORTED, ...). */
  readonly failures: Readonly<Record<string, number>>;
  /** The round's fit, aggregate, evaluate and total seconds. */
  readonly seconds: { readonly fit: number; readonly aggregate: number; readonly evaluate: number; readonly total: number };
  /** Seconds of each stage the coordinator reported (secure-aggregation stages among them). */
  readonly stages: Readonly<Record<string, number>>;
  /** The coordinator's held-out evaluation: loss and metrics. */
  readonly test: Readonly<Record<string, number>> | null;
  /** Federated evaluation: the workers' example-weighted mean loss and metrics. */
  readonly federated: Readonly<Record<string, number>> | null;
  /** Aggregates of the fit (the example-weighted mean training loss, ...). */
  readonly fit: Readonly<Record<string, number>>;
  readonly epsilon: number | null;
  /** Facts a protection layer adds (k, t, dropped, ...). */
  readonly extras: Readonly<Record<string, number | string>>;
}

export interface RefusalRow {
  readonly at: string;
  readonly code: string;
  readonly worker: string | null;
  readonly reason: string;
}

export interface DashboardSnapshot {
  /** Increases with every change. */
  readonly seq: number;
  readonly updatedAt: string;
  readonly run: { readonly runId: string; readonly state: RunState; readonly round: number; readonly rounds: number; readonly reason: string | null };
  readonly workers: readonly WorkerRow[];
  readonly connected: number;
  /** The newest rounds, oldest first. */
  readonly rounds: readonly RoundRow[];
  readonly roundsApplied: number;
  readonly roundsAborted: number;
  /** Per-round series for the charts (all rounds, up to a bound). */
  readonly series: {
    /** Metric name (as the coordinator's evaluation names it) to [round, value] points. */
    readonly test: Readonly<Record<string, readonly (readonly [number, number])[]>>;
    readonly epsilon: readonly (readonly [number, number])[];
    readonly aborted: readonly number[];
  };
  readonly refusals: readonly RefusalRow[];
  readonly refusalCounts: Readonly<Record<string, number>>;
  readonly bytes: { readonly in: number; readonly out: number };
  readonly privacy: { readonly epsilon: number; readonly delta: number } | null;
}
