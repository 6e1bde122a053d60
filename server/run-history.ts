import type { RunOutcome } from "../shared/protocol/messages";
import type { Evaluation, Failure } from "./strategy/strategy";

/** What happened in one round, as data (for logs, the progress bar, the run report). */
export interface RoundRecord {
  readonly round: number;
  readonly sampled: readonly string[];
  readonly contributors: readonly string[];
  readonly failures: readonly Failure[];
  /** False when the model did not change (too few results, or secure aggregation aborted). */
  readonly applied: boolean;
  readonly abortReason: string | null;
  readonly fitMetrics: Readonly<Record<string, number>>;
  /** Server-side evaluation on the held-out split. */
  readonly serverEval: Evaluation | null;
  /** Federated evaluation on the workers' local data. */
  readonly federatedEval: Evaluation | null;
  readonly seconds: { readonly fit: number; readonly aggregate: number; readonly evaluate: number; readonly total: number };
  /** Extra facts a protection layer adds (epsilon so far, dropouts recovered, ...). */
  readonly extras: Readonly<Record<string, number | string>>;
}

export interface RunHistory {
  readonly runId: string;
  readonly rounds: RoundRecord[];
  /** How the run ended (what Bye tells the workers). */
  outcome: RunOutcome;
  reason: string;
  /** Each worker's own privacy accounting, as it last reported it (epsilon against the coordinator). */
  readonly workerEpsilon: Record<string, number>;
}
