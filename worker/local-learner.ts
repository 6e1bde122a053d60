import type { ModelWeights, NamedTensor } from "../shared/tensor/weights";
import type { TrainConfig } from "../shared/task/task-spec";

/** What a worker needs from local training: its data stays behind this interface. */
export interface LocalLearner {
  readonly numExamples: number;
  /** The tfjs backend doing the work (reported to the coordinator). */
  readonly backend: string;
  train(weights: ModelWeights, config: TrainConfig): Promise<{ weights: NamedTensor[]; loss: number; examples: number }>;
  evaluate(weights: ModelWeights): Promise<{ numExamples: number; loss: number; metrics: Record<string, number> }>;
}
