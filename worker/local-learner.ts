import type { ModelWeights, NamedTensor } from "../shared/tensor/weights";
import type { TrainConfig } from "../shared/task/task-spec";
import type { Standardisation } from "../shared/protocol/messages";

/** Per-feature means and means of squares of a worker's own rows (for federated standardisation). */
export interface FeatureMoments {
  readonly mean: Float64Array;
  readonly meanSquare: Float64Array;
  readonly rows: number;
}

/**
 * What a worker needs from local learning: its data stays behind this interface.
 * `standardisation` is the federation's (x - mean) / std; null means the worker
 * standardises with its own statistics.
 */
export interface LocalLearner {
  readonly numExamples: number;
  /** The tfjs backend doing the work (reported to the coordinator). */
  readonly backend: string;
  /**
   * True when the example count must reach the coordinator exactly (a leaf of a hierarchy: its
   * count is its shard's, the weight of a whole shard in the root's FedAvg). A weighted round
   * whose weight unit would cap it is then refused instead of silently under-weighting the shard.
   */
  readonly exactCount?: boolean;
  /** Per-feature moments of the rows (a leaf of a hierarchy computes its shard's with a round of its own, hence a promise). */
  moments(): FeatureMoments | Promise<FeatureMoments>;
  train(weights: ModelWeights, config: TrainConfig, standardisation: Standardisation | null): Promise<{ weights: NamedTensor[]; loss: number; examples: number }>;
  evaluate(weights: ModelWeights, standardisation: Standardisation | null): Promise<{ numExamples: number; loss: number; metrics: Record<string, number> }>;
}
