import type { Protection, SecureProtocol } from "../../shared/protocol/messages";
import type { SecAggPurpose } from "../../shared/secagg/messages";
import type { Membership } from "../../shared/federation/membership";
import type { WorkerSession } from "../worker-session";
import type { Failure, WorkerInfo } from "../strategy/strategy";

export type RingSum =
  | {
      readonly kind: "sum";
      /** The exact ring sum of the contributors' input vectors (to be checked and decoded by the caller). */
      readonly sum: Uint32Array;
      readonly contributors: readonly string[];
      readonly failures: readonly Failure[];
      readonly extras: Readonly<Record<string, number | string>>;
    }
  | {
      readonly kind: "aborted";
      readonly reason: string;
      readonly failures: readonly Failure[];
      readonly extras: Readonly<Record<string, number | string>>;
      /** Whether the coordinator could have computed the sum anyway (it must then be charged to a DP budget). */
      readonly released: boolean;
    };

export interface SecureRunRequest {
  readonly runId: string;
  /** Ids and keys of the participants come from the federation file. */
  readonly membership: Membership;
  readonly round: number;
  readonly purpose: SecAggPurpose;
  readonly participants: readonly WorkerSession[];
  readonly vectorLength: number;
  /** Epoch ms by which the aggregation must be over (the round's deadline). */
  readonly deadline: number;
  /** Called as each stage closes (observability). */
  readonly onStage?: (stage: string, seconds: number) => void;
}

/**
 * A secure-aggregation protocol as the coordinator drives it. It talks to the workers of a
 * round and returns only the sum of their inputs: no code path through this interface yields
 * one worker's input.
 */
export interface SecureAggregationDriver {
  readonly mode: SecureProtocol;
  /** Fewest inputs a released sum holds. */
  readonly minContributors: number;
  /** The protection fields workers need to encode their update for this protocol. */
  protection(base: Protection, sampled: readonly WorkerInfo[]): Protection;
  run(request: SecureRunRequest): Promise<RingSum>;
}
