import type { JsonValue } from "../strategy";
import { checkSameParameters, stateNumber, stateObject, stateString, stateVector, vectorJson } from "../state-json";
import { StrategyConfigError } from "../strategy-config-error";
import { checkLength, type ServerOptimizer } from "./server-optimizer";

export type AdaptiveRule = "adam" | "yogi" | "adagrad";

export interface AdaptiveOptions {
  /** Server learning rate (the paper's eta). */
  readonly eta: number;
  /** First-moment decay (beta_1); 0 for Adagrad in Flower. */
  readonly beta1: number;
  /** Second-moment decay (beta_2); unused by Adagrad. */
  readonly beta2: number;
  /** Adaptivity (tau): added to sqrt(v) in the denominator. */
  readonly tau: number;
}

/**
 * The FedOpt server optimizers of Reddi et al. 2021 ("Adaptive Federated Optimization",
 * Algorithm 2), on the round's aggregated delta Delta (a pseudo-gradient pointing downhill):
 *
 *   m = beta_1 * m + (1 - beta_1) * Delta
 *   FedAdagrad: v = v + Delta^2
 *   FedAdam:    v = beta_2 * v + (1 - beta_2) * Delta^2
 *   FedYogi:    v = v - (1 - beta_2) * Delta^2 * sign(v - Delta^2)
 *   w = w + eta * m / (sqrt(v) + tau)
 *
 * m and v start at 0 and there is no bias correction (the paper's rule; Flower's FedAdam adds
 * an Adam-style correction, its FedYogi and FedAdagrad do not). Moments are kept in float64.
 */
export class ServerAdaptive implements ServerOptimizer {
  readonly name: AdaptiveRule;
  private m: Float64Array | null = null;
  private v: Float64Array | null = null;
  private steps = 0;

  constructor(rule: AdaptiveRule, readonly options: AdaptiveOptions) {
    this.name = rule;
    const { eta, beta1, beta2, tau } = options;
    if (!(Number.isFinite(eta) && eta > 0)) throw new RangeError(`eta (the server learning rate) must be > 0, got ${eta}`);
    if (!(beta1 >= 0 && beta1 < 1)) throw new RangeError(`beta1 must be in [0, 1), got ${beta1}`);
    if (!(beta2 >= 0 && beta2 < 1)) throw new RangeError(`beta2 must be in [0, 1), got ${beta2}`);
    if (!(Number.isFinite(tau) && tau > 0)) throw new RangeError(`tau must be > 0, got ${tau}`);
  }

  step(weights: Float32Array, delta: Float32Array): Float32Array {
    const d = delta.length;
    if (weights.length !== d) throw new RangeError(`aggregate has ${d} values, the model ${weights.length}`);
    checkLength(this.name, this.m, d);
    checkLength(this.name, this.v, d);
    const { eta, beta1, beta2, tau } = this.options;
    const m = this.m ?? new Float64Array(d);
    const v = this.v ?? new Float64Array(d);
    const out = Float32Array.from(weights);
    for (let i = 0; i < d; i++) {
      const g = delta[i]!;
      const g2 = g * g;
      m[i] = beta1 * m[i]! + (1 - beta1) * g;
      if (this.name === "adagrad") v[i] = v[i]! + g2;
      else if (this.name === "adam") v[i] = beta2 * v[i]! + (1 - beta2) * g2;
      else v[i] = v[i]! - (1 - beta2) * g2 * Math.sign(v[i]! - g2);
      out[i]! += (eta * m[i]!) / (Math.sqrt(v[i]!) + tau);
    }
    this.m = m;
    this.v = v;
    this.steps++;
    return out;
  }

  state(): JsonValue {
    return { optimizer: this.name, ...this.options, steps: this.steps, m: vectorJson(this.m), v: vectorJson(this.v) };
  }

  restore(state: unknown): void {
    const o = stateObject(state, "optimizer");
    const name = stateString(o, "optimizer", "optimizer");
    if (name !== this.name) throw new StrategyConfigError("bad-state", `cannot restore the strategy: the checkpoint holds a ${name} optimizer, this strategy uses ${this.name}`);
    checkSameParameters("optimizer", o, { ...this.options });
    const steps = stateNumber(o, "steps", "optimizer");
    const m = stateVector(o, "m", "optimizer");
    const v = stateVector(o, "v", "optimizer");
    if (!Number.isSafeInteger(steps) || steps < 0) throw new StrategyConfigError("bad-state", `cannot restore the strategy: optimizer.steps must be a non-negative integer, got ${steps}`);
    if ((m === null) !== (v === null) || (m !== null && v !== null && m.length !== v.length)) {
      throw new StrategyConfigError("bad-state", "cannot restore the strategy: optimizer.m and optimizer.v must both be null or vectors of one length");
    }
    this.steps = steps;
    this.m = m;
    this.v = v;
  }
}
