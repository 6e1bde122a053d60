import type { Protection, Standardisation } from "../shared/protocol/messages";
import type { TaskKind } from "../shared/protocol/evaluate-vector";
import type { TaskDescription } from "../shared/protocol/task-description";
import type { SigningKeyPair } from "../shared/crypto/signatures";
import type { Membership } from "../shared/federation/membership";
import type { ModelWeights } from "../shared/tensor/weights";
import type { ConnectionLimits } from "./limits/connection-limits";
import type { InboundAudit } from "./limits/inbound-audit";
import type { SecureAggregationDriver } from "./round/secure-aggregation-driver";
import type { RoundRecord } from "./run-history";
import type { SamplingRandom, Strategy } from "./strategy/strategy";
import type { RunSnapshot } from "./checkpoint/run-snapshot";
import type { CoordinatorEvents } from "./observability/coordinator-events";
import type { Upstream } from "./hierarchy/upstream";

/** What a Coordinator is built from: the federation, the task and model, the run's settings and its hooks. */
/** Rounds (round 0 included) that may fail in a row before the run is declared failed. */
export const DEFAULT_MAX_CONSECUTIVE_FAILURES = 3;

export interface CoordinatorOptions {
  /** The federation: only its sites are admitted, by challenge-response against their pinned keys. */
  readonly membership: Membership;
  /** The coordinator's identity (its public key is the federation file's coordinator key). */
  readonly identity: SigningKeyPair;
  readonly task: TaskDescription & { readonly kind: TaskKind };
  readonly initialWeights: ModelWeights;
  readonly strategy: Strategy;
  readonly rounds: number;
  /** Base protection sent to workers (the run's norm bound, DP); secure-aggregation fields come from the driver. */
  readonly protection: Protection;
  readonly secure?: SecureAggregationDriver;
  readonly rng: SamplingRandom;
  readonly runId?: string;
  /** The whole budget of one round: training, every secure stage and evaluation (ms). */
  readonly roundTimeoutMs?: number;
  /** Largest message accepted, advertised to workers in Welcome. */
  readonly maxMessageBytes: number;
  /** The run's cap on a worker's example count. */
  readonly maxExamples: number;
  readonly maxConsecutiveFailures?: number;
  /** Before each round (round 0 included), wait up to waitForWorkersMs for this many connected sites (reconnecting ones). */
  readonly minWorkers?: number;
  readonly waitForWorkersMs?: number;
  /** Called after each round (progress bars, accountants, checkpoints). */
  readonly onRound?: (record: RoundRecord, weights: ModelWeights) => void;
  /**
   * Federated standardisation: before round 1, compute the features' federation-wide mean and std
   * through secure aggregation (see round/stats-round) and send it with every round.
   */
  readonly standardise?: {
    readonly features: number;
    readonly bounds?: readonly (readonly [number, number] | null)[];
    readonly onComputed?: (s: Standardisation) => void;
  };
  /** Called before each round; returning a string stops training with that reason (e.g. a privacy budget). */
  readonly beforeRound?: (round: number) => string | null;
  /** Per-connection and per-run bounds (server/limits); IN_PROCESS_LIMITS (no pending cap) when absent. */
  readonly limits?: ConnectionLimits;
  /** Where every inbound frame's fate is recorded (fuzz tests, metrics). */
  readonly audit?: InboundAudit;
  /** Resume a run from its checkpoint: its run id, model, standardisation and rounds done (the strategy is restored by the caller). */
  readonly resume?: RunSnapshot;
  /** Awaited after round 0 and after every round, before the next one starts (checkpoints). */
  readonly checkpoint?: (snapshot: RunSnapshot) => Promise<void>;
  /** Awaited just before a training round starts (a checkpoint's mark of the round in flight). */
  readonly roundStarting?: (round: number) => Promise<void>;
  /** Observers of the run (metrics, the dashboard): workers, stages, rounds, refusals, bytes, per-site epsilon. */
  readonly events?: CoordinatorEvents;
  /**
   * A leaf of a hierarchy (docs/scale.md): each round's model comes from the root through this,
   * and the round's decoded secure sum goes back to it instead of to the strategy. Needs `secure`.
   * With `standardise`, the leaf runs no round 0 of its own: it answers the root's with its
   * shard's pooled moments, and its workers scale with the standardisation the root sends.
   */
  readonly upstream?: Upstream;
}

/** Refuse options that cannot make a run, with a sentence saying what to change. */
export function checkCoordinatorOptions(options: CoordinatorOptions): void {
  if (options.secure && options.strategy.needsIndividualUpdates) {
    throw new Error(`strategy ${options.strategy.name} must see each update, so it cannot run under secure aggregation (${options.secure.mode}); use --secagg none or a sum-based strategy`);
  }
  if (options.upstream && !options.secure) {
    throw new Error("a leaf coordinator forwards its shard's secure sum, so it needs secure aggregation; run it with --secagg secagg+ (or additive)");
  }
  if (!Buffer.from(options.identity.publicKey).equals(Buffer.from(options.membership.coordinator.publicKey))) {
    throw new Error("the coordinator's key is not the coordinator key of the federation file; start it with the key the file names (--key)");
  }
}
