import type { TaskSpec } from "../../shared/task/task-spec";
import type { RunHistory } from "../run-history";
import { reportRounds, roundFacts } from "./report-rounds";
import type { JsonValue, RunDescription, RunReport } from "./run-report";

export interface CoordinatorReportInput {
  readonly task: TaskSpec;
  readonly history: RunHistory;
  readonly roundsPlanned: number;
  /** Workers admitted over the run. */
  readonly workers: number;
  readonly seed: number;
  /** "secagg+", "additive" or "none". */
  readonly protocol: string;
  readonly dp?: Readonly<Record<string, number | string>> | null;
  /** Why the run ended before roundsPlanned (SIGTERM, a budget), or null. */
  readonly stoppedEarly?: string | null;
  readonly wallSeconds: number;
  readonly extra?: { readonly [key: string]: JsonValue };
  /** The run's epsilon after each round of `history` (central or distributed DP), null where none. */
  readonly epsilon?: readonly (number | null)[];
  /** Each site's own epsilon as it reported it with its update, round by round (sites with local or distributed DP). */
  readonly siteEpsilon?: Readonly<Record<string, readonly { readonly round: number; readonly epsilon: number }[]>>;
}

/**
 * The report of a `conclave coordinator` run, for writeRunReport: the rounds as the
 * coordinator recorded them (its held-out evaluation when it has --test-data, the workers'
 * federated evaluation), what ran, no centralised baseline (no party holds all the data),
 * and the backend "remote" (each hospital chose its own; the logs say which).
 */
export function coordinatorReport(input: CoordinatorReportInput): RunReport {
  const rounds = reportRounds(input.history.rounds).map((r, i) => {
    const epsilon = input.epsilon?.[i];
    return epsilon !== undefined && epsilon !== null ? { ...r, epsilon } : r;
  });
  const withK = input.history.rounds.find((r) => typeof r.extras.k === "number" && typeof r.extras.t === "number");
  const secagg = withK && typeof withK.extras.k === "number" && typeof withK.extras.t === "number" ? { neighbors: withK.extras.k, threshold: withK.extras.t } : null;
  const ran: RunDescription = {
    source: "coordinator", protocol: input.protocol, secagg, dp: input.dp ?? null, dropouts: null, ...roundFacts(rounds, input.roundsPlanned),
    stoppedEarly: input.stoppedEarly ?? null,
  };
  const last = [...rounds].reverse().find((r) => Object.keys(r.metrics).length > 0);
  return {
    task: input.task.name, kind: input.task.kind, createdAt: new Date().toISOString(), backend: "remote",
    config: { workers: input.workers, rounds: input.roundsPlanned, seed: input.seed, partition: "remote", secureAggregation: input.protocol,
      dp: input.dp ? { ...input.dp } : null, train: input.task.train, model: input.task.model, extra: { runId: input.history.runId, ...input.extra } },
    ran, rounds, centralized: null, federated: { test: null, metrics: last?.metrics ?? {}, wallSeconds: input.wallSeconds }, comparisons: [],
    ...(input.siteEpsilon && Object.keys(input.siteEpsilon).length > 0 ? { siteEpsilon: input.siteEpsilon } : {}),
  };
}
