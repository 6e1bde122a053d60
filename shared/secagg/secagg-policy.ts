/**
 * What a worker accepts in a secure-aggregation round, from its own policy, never from the
 * coordinator's request: the fewest participants, the fewest neighbours, the collusion bound
 * it assumes (hence the smallest threshold), and for the additive protocol threshold = n.
 */
import { DEFAULT_COLLUSION_BOUND, MIN_SECURE_PARTICIPANTS, defaultSecAggParams, paramsProblem } from "./neighbour-graph";
import type { SecAggProtocol } from "./messages";

export interface SecAggPolicy {
  /** Fewest participants in a round (never below 3). */
  readonly minParticipants: number;
  /** Fewest neighbours k (0: the default rule of shared/secagg/neighbour-graph for n and this policy). */
  readonly minNeighbors: number;
  /** c: colluding workers (with the coordinator) this worker assumes; t must exceed (k + c) / 2. */
  readonly collusionBound: number;
  /** Dropout rate the default k floor is computed for. */
  readonly dropoutRate: number;
}

export const DEFAULT_SECAGG_POLICY: SecAggPolicy = {
  minParticipants: MIN_SECURE_PARTICIPANTS, minNeighbors: 0, collusionBound: DEFAULT_COLLUSION_BOUND, dropoutRate: 0.1,
};

export interface AnnouncedParams {
  readonly protocol: SecAggProtocol;
  readonly participants: number;
  readonly neighbors: number;
  readonly threshold: number;
  readonly collusionBound: number;
}

/** Why this worker refuses the announced parameters, as a sentence; null when it accepts them. */
export function secaggParamsRefusal(policy: SecAggPolicy, a: AnnouncedParams): string | null {
  const n = a.participants;
  const minN = Math.max(MIN_SECURE_PARTICIPANTS, policy.minParticipants);
  if (n < minN) return `the round has ${n} participants but this worker's policy requires at least ${minN}`;
  if (a.protocol === "additive") {
    if (a.neighbors !== n - 1 || a.threshold !== n) {
      return `additive sharing is all-to-all with every share needed: expected neighbors = ${n - 1} and threshold = ${n} for ${n} participants, got ${a.neighbors} and ${a.threshold}`;
    }
    return null;
  }
  const c = Math.max(policy.collusionBound, a.collusionBound);
  const problem = paramsProblem(n, a.neighbors, a.threshold, c);
  if (problem !== null) return problem;
  let floor: number;
  try {
    floor = defaultSecAggParams(n, { collusionBound: policy.collusionBound, dropoutRate: policy.dropoutRate }).neighbors;
  } catch (err) {
    return err instanceof Error ? err.message : String(err);
  }
  const minK = Math.min(n - 1, Math.max(policy.minNeighbors, floor));
  if (a.neighbors < minK) return `the round gives each worker ${a.neighbors} neighbours but this worker's policy requires at least ${minK} for ${n} participants`;
  return null;
}
