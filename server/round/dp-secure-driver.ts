import type { Protection, SecureProtocol } from "../../shared/protocol/messages";
import type { WorkerInfo } from "../strategy/strategy";
import type { RingSecureDriver } from "./ring-driver";
import type { RingSum, SecureAggregationDriver, SecureRunRequest } from "./secure-aggregation-driver";

/** n stand-ins for the sampled workers: with unweighted updates the driver's protection depends only on their number. */
export function placeholderWorkers(n: number): WorkerInfo[] {
  return Array.from({ length: n }, (_, i) => ({ id: `planned-${i + 1}`, numExamples: 1 }));
}

/**
 * The ring driver as DP needs it: at most the planned number of workers a round (the ring
 * scale and the workers' integer noise were planned for them; the inner driver is built with
 * that maxParties), and only noised, accounted sums: a secure sum of anything but the
 * workers' DP-protected updates (round 0's feature statistics, an evaluation) is refused, as
 * it would be an exact release outside the accounting.
 */
export class DpSecureDriver implements SecureAggregationDriver {
  readonly mode: SecureProtocol;

  constructor(private readonly inner: RingSecureDriver, private readonly maxParties: number) {
    this.mode = inner.mode;
  }

  get minContributors(): number { return this.inner.minContributors; }

  protection(base: Protection, sampled: readonly WorkerInfo[]): Protection {
    if (sampled.length > this.maxParties) {
      throw new Error(`${sampled.length} workers sampled, more than the ${this.maxParties} the DP noise and the ring scale were planned for`);
    }
    return this.inner.protection(base, sampled);
  }

  run(request: SecureRunRequest): Promise<RingSum> {
    if (request.purpose !== "fit") {
      return Promise.resolve({ kind: "aborted", failures: [], extras: {}, released: false,
        reason: `round ${request.round} aborted: under differential privacy this run releases only noised, accounted sums, and the ${request.purpose} sum carries no DP protection ` +
          "(federated standardisation and federated evaluation are off under DP)" });
    }
    return this.inner.run(request);
  }
}
