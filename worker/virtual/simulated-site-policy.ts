import type { SecureAggregationMode } from "../../shared/protocol/messages";
import { DEFAULT_SECAGG_POLICY } from "../../shared/secagg/secagg-policy";
import { DEFAULT_WORKER_POLICY, type WorkerDpPolicy, type WorkerPolicy } from "../policy/worker-policy";

/**
 * The policy of a simulated site: it takes part in the run's protocol, assumes the run's
 * collusion bound, and under DP adds the run's noise itself (so its own accountant reports
 * what it spent), with no budget of its own beyond the coordinator's.
 */
export function simulatedSitePolicy(protocol: SecureAggregationMode, collusionBound: number, dp: Omit<WorkerDpPolicy, "epsilonBudget"> | null): WorkerPolicy {
  return {
    ...DEFAULT_WORKER_POLICY, protocols: [protocol], secagg: { ...DEFAULT_SECAGG_POLICY, collusionBound },
    dp: dp ? { ...dp, epsilonBudget: Number.MAX_VALUE } : null, allowStandardisation: dp === null,
  };
}
