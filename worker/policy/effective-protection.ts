/**
 * What a worker actually does to its update: the coordinator's request, never weaker than
 * the site's own policy. The protocol must be one the policy accepts; the clip is the
 * tighter of the site's bound (or the task's default) and the request's; under a DP policy
 * the site adds its own noise (its share in the secure sum, or local noise on its update),
 * at least its floor, planned for m noise shares it will check at AdvertiseKeys, and charges
 * its own accountant, refusing a round that would take it past its budget.
 */
import { DpConfigError } from "../../shared/dp/dp-config-error";
import { planDistributedNoise } from "../../shared/dp/distributed-discrete-gaussian";
import type { Protection } from "../../shared/protocol/messages";
import type { WorkerPolicy } from "./worker-policy";
import { distributedCharge, localCharge, type RdpCharge, type WorkerAccountant } from "../privacy/worker-accountant";

export interface EffectiveProtection {
  readonly protection: Protection;
  /** This round's RDP charge to the site's accountant (null: the site has no DP policy). */
  readonly charge: RdpCharge | null;
  /** The fewest inputs a released sum of this site's input must hold (the noise was planned for it). */
  readonly minSum: number;
}

export type EffectiveResult = { readonly ok: true; readonly value: EffectiveProtection } | { readonly ok: false; readonly reason: string };

const refuse = (reason: string): EffectiveResult => ({ ok: false, reason });

export function effectiveProtection(request: Protection, policy: WorkerPolicy, taskClipNorm: number, dimension: number, accountant: WorkerAccountant | null): EffectiveResult {
  if (!policy.protocols.includes(request.secureAggregation)) {
    return refuse(`this site's policy accepts only ${policy.protocols.join(", ")}, but the coordinator asked for ${request.secureAggregation}`);
  }
  const own = policy.clipNorm ?? taskClipNorm;
  const clip = request.clipNorm > 0 ? Math.min(own, request.clipNorm) : own;
  const minSum = Math.max(3, policy.secagg.minParticipants);
  const dp = policy.dp;
  if (dp === null) return { ok: true, value: { protection: { ...request, clipNorm: clip }, charge: null, minSum } };
  let protection: Protection;
  let charge: RdpCharge;
  let shares = minSum;
  if (dp.mode === "local") {
    const noiseStd = Math.max(dp.noiseMultiplier * clip, request.dpMode === "local" ? request.noiseStd : 0);
    protection = { ...request, clipNorm: clip, dpMode: "local", noiseStd };
    charge = localCharge(noiseStd / clip);
  } else {
    if (request.secureAggregation === "none") return refuse("this site's policy adds its noise share inside a secure sum (distributed DP), but the coordinator asked for plaintext");
    if (!(request.scale > 0)) return refuse("the coordinator sent no fixed-point scale, so this site cannot plan its noise share");
    shares = Math.max(minSum, request.noiseShares);
    const z = Math.max(dp.noiseMultiplier, request.noiseMultiplier);
    let plan;
    try {
      plan = planDistributedNoise({ noiseMultiplier: z, clip, scale: request.scale, dimension, minSurvivors: shares, maxWorkers: shares });
    } catch (err) {
      if (err instanceof DpConfigError) return refuse(`this site cannot plan its noise share for the coordinator's encoding: ${err.message}`);
      throw err;
    }
    const sigma2 = Math.max(plan.sigma2PerWorkerInteger, request.dpMode === "distributed" ? request.ringNoiseSigma2 : 0);
    protection = { ...request, clipNorm: clip, dpMode: "distributed", ringNoiseSigma2: sigma2, noiseMultiplier: z, noiseShares: shares };
    // Against the coordinator and c colluding sites only the other honest shares count.
    charge = distributedCharge(plan, sigma2, shares - policy.secagg.collusionBound);
  }
  if (accountant !== null) {
    const after = accountant.epsilon(charge);
    if (after > dp.epsilonBudget) {
      return refuse(`this round would take this site's epsilon to ${after.toFixed(3)}, past its budget of ${dp.epsilonBudget} (spent so far: ${accountant.epsilon().toFixed(3)})`);
    }
  }
  return { ok: true, value: { protection, charge, minSum: shares } };
}
