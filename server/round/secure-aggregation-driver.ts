import type { Protection, SecureAggregationMode } from "../../shared/protocol/messages";
import type { WorkerSession } from "../worker-session";
import type { Failure, WorkerInfo } from "../strategy/strategy";

export type SecureSumResult =
  | {
      readonly kind: "sum";
      /** Decoded sum over contributors of weight_i * delta_i (flat, float). */
      readonly weightedSum: Float32Array;
      readonly totalWeight: number;
      readonly contributors: readonly string[];
      readonly failures: readonly Failure[];
      readonly extras: Readonly<Record<string, number | string>>;
    }
  | { readonly kind: "aborted"; readonly reason: string; readonly failures: readonly Failure[]; readonly extras: Readonly<Record<string, number | string>> };

/**
 * A secure-aggregation protocol as the coordinator drives it. It talks to the
 * sampled workers after they trained and returns only their sum: no code path
 * through this interface yields one worker's update.
 */
export interface SecureAggregationDriver {
  readonly mode: Exclude<SecureAggregationMode, "none">;
  /** The protection fields workers need to encode their update for this protocol. */
  protection(base: Protection, sampled: readonly WorkerInfo[]): Protection;
  run(round: number, participants: readonly WorkerSession[], modelLength: number, protection: Protection): Promise<SecureSumResult>;
}
