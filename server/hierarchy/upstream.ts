import type { Standardisation } from "../../shared/protocol/messages";
import type { ModelWeights } from "../../shared/tensor/weights";

/**
 * A shard's decoded secure sum: what a leaf coordinator forwards to its root. It holds the sum
 * over the shard's contributors only, never one worker's update (docs/scale.md, "Hierarchical
 * aggregation").
 */
export interface ShardSum {
  /** Sum over the contributors of weight_i * delta_i (flat), weight_i = count_i / unit (RingSecureDriver.protection). */
  readonly weightedSum: Float32Array;
  /** Sum over the contributors of weight_i. */
  readonly totalWeight: number;
  /** The shard's summed example count (the secure sum's count word): totalWeight * unit when weighted, else the contributors. */
  readonly examples: number;
  /** How many workers' inputs the sum holds. */
  readonly contributors: number;
  /** The contributors' weighted mean training loss, when the vectors carry it (not under DP). */
  readonly trainLoss: number | null;
}

/** Why a leaf has no sum for a round (its secure aggregation aborted, or too few workers trained). */
export interface ShardFailure {
  readonly failed: string;
}

/** A shard's pooled feature moments for the root's round 0 (federated standardisation). */
export interface ShardMoments {
  readonly mean: readonly number[];
  readonly meanSquare: readonly number[];
  /** The rows the moments pool: the shard's capped row counts, summed. */
  readonly rows: number;
}

/** A shard's evaluation of the root's model: its workers' weighted mean loss and metrics, and the rows they pool. */
export interface ShardEvaluation {
  readonly loss: number;
  readonly metrics: Readonly<Record<string, number>>;
  readonly examples: number;
}

/**
 * What the root asks a leaf next: a round's fit (the global model, with the federation's
 * standardisation once the root's round 0 computed one), the shard's moments for round 0, or
 * the shard's evaluation of the model a round just made.
 */
export type RootRequest =
  | { readonly kind: "fit"; readonly weights: ModelWeights; readonly standardisation: Standardisation | null }
  | { readonly kind: "stats" }
  | { readonly kind: "evaluate"; readonly weights: ModelWeights; readonly standardisation: Standardisation | null };

/**
 * Where a leaf coordinator gets each round's global model and sends its shard's sum instead of
 * applying a strategy (CoordinatorOptions.upstream). The root is reached through it; the leaf
 * itself never changes the model.
 */
export interface Upstream {
  /** The root's next request before `round`; null ends the leaf's run (the root said goodbye). */
  next(round: number): Promise<RootRequest | null>;
  /** The shard's sum for `round`, or why there is none. */
  forward(round: number, sum: ShardSum | ShardFailure): void;
  /** The shard's moments for the root's round 0, or why there are none. */
  forwardMoments(moments: ShardMoments | ShardFailure): void;
  /** The shard's evaluation the root asked for, or why there is none. */
  forwardEvaluation(evaluation: ShardEvaluation | ShardFailure): void;
}
