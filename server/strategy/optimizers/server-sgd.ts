import type { JsonValue } from "../strategy";
import { checkSameParameters, stateObject, stateString, stateVector, vectorJson } from "../state-json";
import { StrategyConfigError } from "../strategy-config-error";
import { checkLength, type ServerOptimizer } from "./server-optimizer";

/**
 * Server SGD with optional momentum. Momentum 0: w + eta * delta (FedAvg, McMahan et al.
 * 2017; eta = 1 is plain averaging). Momentum beta > 0: FedAvgM (Hsu et al. 2019,
 * "Measuring the Effects of Non-Identical Data Distribution"): v = beta * v + delta,
 * w + eta * v, with v starting at the first round's delta (Flower's FedAvgM, PyTorch's SGD
 * convention).
 */
export class ServerSgd implements ServerOptimizer {
  readonly name: string;
  private velocity: Float64Array | null = null;

  constructor(readonly learningRate: number, readonly momentum = 0) {
    if (!(Number.isFinite(learningRate) && learningRate > 0)) throw new RangeError(`the server learning rate must be > 0, got ${learningRate}`);
    if (!(momentum >= 0 && momentum < 1)) throw new RangeError(`the server momentum must be in [0, 1), got ${momentum}`);
    this.name = momentum > 0 ? "sgd-momentum" : "sgd";
  }

  step(weights: Float32Array, delta: Float32Array): Float32Array {
    if (weights.length !== delta.length) throw new RangeError(`aggregate has ${delta.length} values, the model ${weights.length}`);
    const out = Float32Array.from(weights);
    const lr = this.learningRate;
    if (this.momentum === 0) {
      for (let i = 0; i < out.length; i++) out[i]! += lr * delta[i]!;
      return out;
    }
    checkLength(this.name, this.velocity, delta.length);
    const v = this.velocity ?? new Float64Array(delta.length);
    for (let i = 0; i < out.length; i++) {
      v[i] = this.momentum * v[i]! + delta[i]!;
      out[i]! += lr * v[i]!;
    }
    this.velocity = v;
    return out;
  }

  state(): JsonValue {
    return { optimizer: this.name, learningRate: this.learningRate, momentum: this.momentum, velocity: vectorJson(this.velocity) };
  }

  restore(state: unknown): void {
    const o = stateObject(state, "optimizer");
    const name = stateString(o, "optimizer", "optimizer");
    if (name !== this.name) throw new StrategyConfigError("bad-state", `cannot restore the strategy: the checkpoint holds a ${name} optimizer, this strategy uses ${this.name}`);
    checkSameParameters("optimizer", o, { learningRate: this.learningRate, momentum: this.momentum });
    this.velocity = stateVector(o, "velocity", "optimizer");
  }
}
