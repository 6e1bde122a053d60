import type { JsonValue } from "../strategy";

/**
 * How the server applies a round's aggregated delta to the global weights (Reddi et al.
 * 2021, "Adaptive Federated Optimization": the delta is a pseudo-gradient for a server
 * optimizer). It holds the only state a strategy carries between rounds.
 */
export interface ServerOptimizer {
  readonly name: string;
  /** New flat weights from the current ones and the round's delta (neither is modified); advances the state. */
  step(weights: Float32Array, delta: Float32Array): Float32Array;
  /** JSON-serialisable state (moments, steps, hyperparameters). */
  state(): JsonValue;
  /** Restores what state() returned; throws a StrategyConfigError if it is not this optimizer's. */
  restore(state: unknown): void;
}

/** Throws unless a moment vector (when it exists) matches the model's length. */
export function checkLength(name: string, moment: Float64Array | null, d: number): void {
  if (moment !== null && moment.length !== d) {
    throw new RangeError(`${name} holds a moment of ${moment.length} values but the model has ${d}: the checkpoint is from another model`);
  }
}
