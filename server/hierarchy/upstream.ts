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

/**
 * Where a leaf coordinator gets each round's global model and sends its shard's sum instead of
 * applying a strategy (CoordinatorOptions.upstream). The root is reached through it; the leaf
 * itself never changes the model.
 */
export interface Upstream {
  /** The global model for `round`, from the root; null ends the leaf's run (the root said goodbye). */
  model(round: number): Promise<ModelWeights | null>;
  /** The shard's sum for `round`, or why there is none. */
  forward(round: number, sum: ShardSum | ShardFailure): void;
}
