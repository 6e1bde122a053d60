import type { RoundRecord } from "../../../server/run-history";

/** A plausible RoundRecord for tests: applied, every sampled worker contributing, an MSE on the server's split. */
export function roundRecord(round: number, overrides: Partial<RoundRecord> = {}): RoundRecord {
  const sampled = overrides.sampled ?? ["alice", "bob", "charlie"];
  return {
    round, sampled, contributors: sampled, failures: [], applied: true, abortReason: null,
    fitMetrics: { trainLoss: 40 / round },
    serverEval: { loss: 30 / round + 10, metrics: { mse: 30 / round + 10 } },
    federatedEval: null,
    seconds: { fit: 0.25, aggregate: 0.125, evaluate: 0.0625, total: 0.4375 },
    extras: {},
    ...overrides,
  };
}

/** A round that secure aggregation aborted: the model did not change. */
export function abortedRound(round: number, reason: string, overrides: Partial<RoundRecord> = {}): RoundRecord {
  return roundRecord(round, {
    contributors: [], applied: false, abortReason: reason, fitMetrics: {},
    failures: [{ worker: "charlie", code: "TIMEOUT", reason: "no reply within 5000 ms" }],
    ...overrides,
  });
}
