import { SeededRng } from "../../shared/random/seeded-rng";
import type { SecureAggregationMode } from "../../shared/protocol/messages";
import type { DropPoint } from "../worker-client";

/** Where a worker can drop, by protocol: training, then each stage the protocol has. */
export function dropPoints(mode: SecureAggregationMode): readonly DropPoint[] {
  if (mode === "secagg+") return ["train", "AdvertiseKeys", "ShareKeys", "MaskedInput", "ConsistencyCheck", "Unmask"];
  if (mode === "additive") return ["train", "AdvertiseKeys", "ShareKeys", "MaskedInput"];
  return ["train"];
}

/**
 * Seeded dropout injection for demos and simulations: each sampled worker drops
 * out of a round with probability p, at a stage drawn uniformly from the
 * protocol's drop points. The decision depends only on (seed, round, worker), so a
 * run is reproducible. Records each drop that happened. Only training rounds (>= 1) see drops.
 */
export class DropoutInjector {
  readonly events: { round: number; worker: string; point: DropPoint }[] = [];

  constructor(private readonly probability: number, private readonly mode: SecureAggregationMode, private readonly seed: number) {
    if (!(probability >= 0 && probability < 1)) throw new RangeError(`--dropout must be in [0, 1), got ${probability}`);
  }

  /** The hook for one worker's WorkerOptions.dropAt. */
  forWorker(worker: string): (round: number, point: DropPoint) => boolean {
    return (round, point) => {
      // Round 0 (federated standardisation) is left alone: drops are injected in training rounds.
      if (this.probability === 0 || round === 0) return false;
      const rng = SeededRng.fromSeed(this.seed).fork(`dropout:${round}:${worker}`);
      if (rng.uniform() >= this.probability) return false;
      const points = dropPoints(this.mode);
      if (points[rng.int(points.length)] !== point) return false;
      this.events.push({ round, worker, point });
      return true;
    };
  }
}
