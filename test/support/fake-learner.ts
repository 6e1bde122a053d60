import type { ModelWeights, NamedTensor } from "../../shared/tensor/weights";
import type { TrainConfig } from "../../shared/task/task-spec";
import type { FeatureMoments, LocalLearner } from "../../worker/local-learner";

/**
 * A deterministic learner without tfjs, for protocol tests: "training" moves every
 * weight a fraction `step` of the way toward `target`, so the expected FedAvg
 * result can be computed by hand.
 */
export class FakeLearner implements LocalLearner {
  readonly backend = "fake";
  trainCalls = 0;
  /** The standardisation the last fit came with. */
  lastStandardisation: unknown = null;

  constructor(readonly numExamples: number, private readonly target: number, private readonly step = 0.5,
    private readonly hooks: { beforeTrain?: () => Promise<void>; features?: number } = {}) {}

  /** Feature 0: mean target, variance 4; every other feature: mean 1, variance 1. */
  moments(): FeatureMoments {
    const f = this.hooks.features ?? 2;
    const mean = Float64Array.from({ length: f }, (_, j) => (j === 0 ? this.target : 1));
    const meanSquare = Float64Array.from({ length: f }, (_, j) => (j === 0 ? this.target * this.target + 4 : 2));
    return { mean, meanSquare, rows: this.numExamples };
  }

  async train(weights: ModelWeights, _config: TrainConfig, s: unknown): Promise<{ weights: NamedTensor[]; loss: number; examples: number }> {
    this.trainCalls++;
    this.lastStandardisation = s;
    await this.hooks.beforeTrain?.();
    const out = weights.map((t) => ({ name: t.name, shape: [...t.shape], values: t.values.map((v) => v + this.step * (this.target - v)) }));
    return { weights: out, loss: Math.abs(this.target), examples: this.numExamples };
  }

  async evaluate(weights: ModelWeights, _s: unknown = null): Promise<{ numExamples: number; loss: number; metrics: Record<string, number> }> {
    let sq = 0;
    let n = 0;
    for (const t of weights) for (const v of t.values) { sq += (v - this.target) ** 2; n++; }
    return { numExamples: this.numExamples, loss: sq / n, metrics: { mse: sq / n, distance: Math.sqrt(sq / n) } };
  }
}

export function zeroModel(): NamedTensor[] {
  return [
    { name: "dense_0/kernel", shape: [3, 2], values: new Float32Array(6) },
    { name: "dense_0/bias", shape: [2], values: new Float32Array(2) },
  ];
}
