/**
 * A site's own privacy accounting, against a coordinator that chooses the sample and may
 * collude with c other sites: no amplification by sampling (the coordinator knows whether
 * this site was in a round), composed over the rounds this site actually took part in, with
 * only the noise this site can count on: its own share and those of the other honest sites
 * in the sum (m - c of the m shares planned), never noise the coordinator says it adds.
 */
import { distributedTau, rdpDistributedDiscreteGaussian, type DistributedNoisePlan } from "../../shared/dp/distributed-discrete-gaussian";
import { DEFAULT_RDP_ORDERS, epsilonFromRdp, rdpSampledGaussian } from "../../shared/dp/rdp";
import { RdpAccountant, type AccountantSnapshot } from "../../shared/dp/rdp-accountant";
import type { PrivacySpent } from "../../shared/protocol/messages";

/** One release's RDP curve (per order of DEFAULT_RDP_ORDERS). */
export type RdpCharge = Float64Array;

/** The distributed discrete Gaussian with sigma2 per worker, of which only `honestShares` count. */
export function distributedCharge(plan: Pick<DistributedNoisePlan, "dimension" | "l2Sensitivity" | "l1Sensitivity">, sigma2: number, honestShares: number): RdpCharge {
  const m = Math.max(1, honestShares);
  return rdpDistributedDiscreteGaussian({ sigma2PerWorkerInteger: sigma2, minSurvivors: m, dimension: plan.dimension, l2Sensitivity: plan.l2Sensitivity,
    l1Sensitivity: plan.l1Sensitivity, tau: distributedTau(sigma2, m) }, 1);
}

/** The Gaussian mechanism with noise multiplier z, unsampled. */
export function localCharge(z: number): RdpCharge {
  return rdpSampledGaussian(1, z, DEFAULT_RDP_ORDERS, 1);
}

export class WorkerAccountant {
  private accountant = new RdpAccountant(DEFAULT_RDP_ORDERS);
  private rounds = 0;

  constructor(readonly delta: number) {}

  /** What a site keeps on disk so that a restarted worker does not forget what it spent in a run. */
  toJSON(): { readonly delta: number; readonly rounds: number; readonly rdp: AccountantSnapshot } {
    return { delta: this.delta, rounds: this.rounds, rdp: this.accountant.toJSON() };
  }

  /** Rebuild from toJSON() (validated: it comes from a file); the delta is the site's current policy's. */
  static fromJSON(saved: unknown, delta: number): WorkerAccountant {
    const rounds = typeof saved === "object" && saved !== null ? Reflect.get(saved, "rounds") : undefined;
    if (typeof rounds !== "number" || !Number.isInteger(rounds) || rounds < 0) throw new TypeError("site accountant: rounds must be a non-negative integer");
    const a = new WorkerAccountant(delta);
    a.accountant = RdpAccountant.fromJSON(Reflect.get(Object(saved), "rdp"));
    a.rounds = rounds;
    return a;
  }

  /** Epsilon after the rounds charged so far (and `extra`, if given). */
  epsilon(extra?: RdpCharge): number {
    if (this.rounds === 0 && extra === undefined) return 0;
    const total = Float64Array.from(this.accountant.rdp());
    if (extra) for (let k = 0; k < total.length; k++) total[k]! += extra[k]!;
    return epsilonFromRdp(DEFAULT_RDP_ORDERS, total, this.delta).epsilon;
  }

  charge(curve: RdpCharge): void {
    this.accountant.stepRdp(curve, 1, "site-release");
    this.rounds++;
  }

  spent(): PrivacySpent {
    return { epsilon: this.epsilon(), delta: this.delta, rounds: this.rounds };
  }
}
