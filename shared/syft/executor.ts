/**
 * Training where the data lives: the pluggable part a worker calls to fit a
 * model on its own data. shared/syft knows models only as a spec and named
 * weights; worker/syft/tfjs-executor.ts implements this with the project's
 * TensorFlow.js Trainer. A worker built without an executor answers training
 * requests with NO_EXECUTOR.
 */
import type { Dataset } from "../data/dataset";
import type { NamedTensor } from "../tensor/weights";
import type { FitConfig, ModelData } from "./messages";

export interface ExecutorFitResult {
  /** The weights after training, in the model's weight layout. */
  readonly weights: readonly NamedTensor[];
  /** Mean training loss of the last epoch. */
  readonly loss: number;
  readonly epochLosses: readonly number[];
  readonly examples: number;
}

export interface ModelExecutor {
  fit(model: ModelData, data: Dataset, config: FitConfig): Promise<ExecutorFitResult>;
}
