/**
 * An in-process federation for demos, simulations and tests: an admin key, a coordinator key,
 * one identity per site, and the signed membership they all pin, exactly as a real federation
 * has them (conclave keys / conclave federation), so virtual workers run the same admission
 * and key checks as hospitals.
 */
import { generateSigningKeyPair, type SigningKeyPair } from "../../shared/crypto/signatures";
import { Membership } from "../../shared/federation/membership";
import type { SecureAggregationMode } from "../../shared/protocol/messages";
import { DEFAULT_SECAGG_POLICY } from "../../shared/secagg/secagg-policy";
import { DEFAULT_WORKER_POLICY, type WorkerDpPolicy, type WorkerPolicy } from "../../worker/policy/worker-policy";

export interface LocalFederation {
  readonly membership: Membership;
  readonly admin: SigningKeyPair;
  readonly coordinator: SigningKeyPair;
  readonly sites: ReadonlyMap<string, SigningKeyPair>;
}

export function createLocalFederation(names: readonly string[], federation = "local"): LocalFederation {
  const admin = generateSigningKeyPair();
  const coordinator = generateSigningKeyPair();
  const sites = new Map(names.map((n) => [n, generateSigningKeyPair()] as const));
  const membership = new Membership({ federation, admin: admin.publicKey, coordinator: { name: "coordinator", publicKey: coordinator.publicKey },
    sites: [...sites].map(([name, keys]) => ({ name, publicKey: keys.publicKey })) });
  return { membership, admin, coordinator, sites };
}

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
