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
  moments(): FeatureMoments;
  train(weights: ModelWeights, config: TrainConfig, standardisation: Standardisation | null): Promise<{ weights: NamedTensor[]; loss: number; examples: number }>;
  evaluate(weights: ModelWeights, standardisation: Standardisation | null): Promise<{ numExamples: number; loss: number; metrics: Record<string, number> }>;
}
