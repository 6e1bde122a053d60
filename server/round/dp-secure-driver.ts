import type { Protection, SecureProtocol } from "../../shared/protocol/messages";
import type { WorkerSession } from "../worker-session";
import type { WorkerInfo } from "../strategy/strategy";
import type { RingSecureDriver } from "./ring-driver";
import type { SecureAggregationDriver, SecureSumResult } from "./secure-aggregation-driver";

/** n stand-ins for the sampled workers: with unweighted updates the driver's protection depends only on their number. */
export function placeholderWorkers(n: number): WorkerInfo[] {
  return Array.from({ length: n }, (_, i) => ({ id: `planned-${i + 1}`, numExamples: 1 }));
}

/**
 * The ring driver as DP needs it: the fixed-point scale planned for n workers every round
 * (a round with fewer would otherwise get a larger scale, and the workers' integer noise,
 * planned for the planned scale, would be too small for it); and, for the additive protocol
 * in the distributed mode, a round with fewer trained workers than the noise was planned for
 * aborts before secure aggregation starts (nothing is released); and a sum without DP protection
 * (dpMode null, such as round 0's federated feature statistics) is refused: it would be an
 * exact release outside the accounting. SecAgg+ needs no participant check:
 * its threshold is pinned to the planned t, and the ring driver aborts a round whose workers
 * cannot keep it.
 */
export class DpSecureDriver implements SecureAggregationDriver {
  readonly mode: SecureProtocol;
  private readonly scale: number;

  constructor(private readonly inner: RingSecureDriver, private readonly maxParties: number, private readonly minParticipants: number) {
    this.mode = inner.mode;
    this.scale = inner.protection(EMPTY_PROTECTION, placeholderWorkers(maxParties)).scale;
  }

  protection(base: Protection, sampled: readonly WorkerInfo[]): Protection {
    if (sampled.length > this.maxParties) {
      throw new Error(`${sampled.length} workers sampled, more than the ${this.maxParties} the DP noise and the ring scale were planned for`);
    }
    return { ...this.inner.protection(base, sampled), scale: this.scale };
  }

  run(round: number, participants: readonly WorkerSession[], modelLength: number, protection: Protection): Promise<SecureSumResult> {
    if (protection.dpMode === null) {
      // E.g. round 0's federated feature statistics: an exact sum that no accountant would see.
      return Promise.resolve({ kind: "aborted", failures: [], extras: {},
        reason: `round ${round} aborted: under differential privacy this run releases only noised, accounted sums, and this one carries no DP protection ` +
          "(federated standardisation is off under DP: each worker standardises with its own statistics)" });
    }
    if (participants.length < this.minParticipants) {
      return Promise.resolve({ kind: "aborted", failures: [], extras: {},
        reason: `round ${round} aborted before secure aggregation: ${participants.length} workers trained, fewer than the ${this.minParticipants} whose noise the distributed DP plan needs in the sum` });
    }
    return this.inner.run(round, participants, modelLength, protection);
  }
}

const EMPTY_PROTECTION: Protection = {
  secureAggregation: "none", clipNorm: 0, dpMode: null, noiseStd: 0, ringNoiseSigma2: 0, clipRange: 0, scale: 0, weighted: false, maxExamples: 0,
};
