import assert from "node:assert/strict";
import { DifferentialPrivacyStrategy, type DpStrategyOptions } from "../../server/strategy/dp-strategy";
import { FedAvg } from "../../server/strategy/fedavg";
import type { Evaluation, FitAggregate, FitInstruction, FitOutcome, FitResult, Strategy, WorkerInfo } from "../../server/strategy/strategy";
import { noiseStdForMode, stepAccountantForRound, type DpConfig } from "../../shared/dp/dp-config";
import { planDistributedNoise } from "../../shared/dp/distributed-discrete-gaussian";
import type { RandomSource } from "../../shared/dp/random-source";
import { RdpAccountant } from "../../shared/dp/rdp-accountant";
import type { ModelWeights } from "../../shared/tensor/weights";
import { TRAIN, testRng } from "../support/federation";

/** Records what the wrapper hands it; samples the first `sample` workers. */
class RecordingStrategy implements Strategy {
  constructor(readonly name = "recording", readonly needsIndividualUpdates = false) {}
  readonly seen: FitAggregate[] = [];
  sample = 3;
  evaluated = 0;

  configureFit(_round: number, _w: ModelWeights, available: readonly WorkerInfo[]): FitInstruction[] {
    return available.slice(0, this.sample).map((w) => ({ worker: w.id, train: TRAIN }));
  }
  aggregateFit(_round: number, weights: ModelWeights, aggregate: FitAggregate): FitOutcome | null {
    this.seen.push(aggregate);
    return { weights, metrics: { inner: 1 } };
  }
  configureEvaluate(): string[] { return ["w1"]; }
  aggregateEvaluate(): Evaluation | null { return { loss: 7, metrics: {} }; }
  evaluate(): Promise<Evaluation | null> { this.evaluated++; return Promise.resolve({ loss: 3, metrics: {} }); }
}

/** A RandomSource whose Gaussians are all exactly 0 (Box-Muller radius sqrt(-2 ln 1) = 0): for exact checks. */
const zeroNoise: RandomSource = { uint32: () => 0, uniform53: () => 0, fill: (out) => { out.fill(0); } };

const workers = (n: number): WorkerInfo[] => Array.from({ length: n }, (_, i) => ({ id: `w${i + 1}`, numExamples: 10 * (i + 1) }));
const model = (d: number): ModelWeights => [{ name: "dense_0/kernel", shape: [d], values: new Float32Array(d) }];

function result(worker: string, update: Float32Array, numExamples: number): FitResult {
  return { worker, update, numExamples, metrics: { loss: 1 } };
}

function wrap(inner: Strategy, config: DpConfig, extra: Partial<DpStrategyOptions> = {}): DifferentialPrivacyStrategy {
  return new DifferentialPrivacyStrategy(inner, { config, totalWorkers: 10, maxWorkersPerRound: 10, secureAggregation: false, ...extra });
}

function stats(v: ArrayLike<number>, minus: ArrayLike<number>): { mean: number; std: number } {
  let s = 0;
  let s2 = 0;
  for (let i = 0; i < v.length; i++) {
    const x = v[i]! - minus[i]!;
    s += x;
    s2 += x * x;
  }
  const mean = s / v.length;
  return { mean, std: Math.sqrt(s2 / v.length - mean * mean) };
}

describe("dp-wiring/DifferentialPrivacyStrategy", () => {
  const central: DpConfig = { mode: "central", noiseMultiplier: 1.3, clip: 0.5, delta: 1e-5 };

  it("central: adds N(0, (zC)^2) to the SUM of individual updates (statistical check, any seed)", () => {
    const d = 40_000;
    const inner = new RecordingStrategy();
    const dp = wrap(inner, central);
    dp.configureFit(1, model(d), workers(10), testRng());
    const updates = [0.1, -0.2, 0.05].map((v) => new Float32Array(d).fill(v / Math.sqrt(d)));
    dp.aggregateFit(1, model(d), { kind: "individual", results: updates.map((u, i) => result(`w${i + 1}`, u, 5)) }, []);
    const agg = inner.seen[0]!;
    assert.equal(agg.kind, "secure-sum");
    if (agg.kind !== "secure-sum") return;
    assert.equal(agg.totalWeight, 3);
    const trueSum = new Float64Array(d).fill((0.1 - 0.2 + 0.05) / Math.sqrt(d));
    const { mean, std } = stats(agg.weightedSum, trueSum);
    // std of a sample std over 40,000 draws is about 0.35%: 4% is > 10 of those; the mean's std is zC/200.
    assert.ok(Math.abs(std / (1.3 * 0.5) - 1) < 0.04, `noise std ${std}, expected ${1.3 * 0.5}`);
    assert.ok(Math.abs(mean) < (8 * 1.3 * 0.5) / Math.sqrt(d), `noise mean ${mean}`);
  });

  it("central: on a secure sum the std includes the fixed-point rounding slack (noiseStdForMode)", () => {
    const d = 40_000;
    const encoding = { scale: 2 ** 12, dimension: d };
    const inner = new RecordingStrategy();
    const dp = wrap(inner, central, { secureAggregation: true, encoding });
    dp.configureFit(1, model(d), workers(10), testRng());
    const outcome = dp.aggregateFit(1, model(d), { kind: "secure-sum", weightedSum: new Float32Array(d), totalWeight: 3, contributors: ["w1", "w2", "w3"], metrics: {} }, []);
    const placement = noiseStdForMode(central, 3, encoding);
    assert.equal(placement.mode, "central");
    if (placement.mode !== "central" || outcome === null) return assert.fail("expected a central placement and an outcome");
    const expected = placement.stdOnSum;
    assert.ok(expected > 1.3 * 0.5 * 1.01, "the slack is visible at this scale");
    assert.equal(outcome.metrics.noiseStdOnSum, expected);
    const agg = inner.seen[0]!;
    if (agg.kind !== "secure-sum") return assert.fail("expected a secure-sum");
    const { std } = stats(agg.weightedSum, new Float64Array(d));
    assert.ok(Math.abs(std / expected - 1) < 0.04, `noise std ${std}, expected ${expected}`);
  });

  it("distributed and local: the coordinator adds no noise (the workers did), and passes the sum on unchanged", () => {
    const plan = planDistributedNoise({ noiseMultiplier: 1, clip: 1, scale: 2 ** 16, dimension: 4, minSurvivors: 2, maxWorkers: 3 });
    for (const mode of ["distributed", "local"] as const) {
      const inner = new RecordingStrategy();
      const dp = wrap(inner, { ...central, mode }, { secureAggregation: true, plan });
      dp.configureFit(1, model(4), workers(10), testRng());
      const sum = Float32Array.of(1, 2, 3, 4);
      dp.aggregateFit(1, model(4), { kind: "secure-sum", weightedSum: sum, totalWeight: 3, contributors: ["w1", "w2", "w3"], metrics: {} }, []);
      const agg = inner.seen[0]!;
      if (agg.kind !== "secure-sum") return assert.fail("expected a secure-sum");
      assert.deepEqual([...agg.weightedSum], [1, 2, 3, 4], mode);
    }
  });

  it("makes aggregation unweighted: FedAvg inside averages with weight 1 each, whatever the example counts", () => {
    const fedAvg = new FedAvg({ train: TRAIN });
    const dp = wrap(fedAvg, { ...central, mode: "local" });
    const start = model(2);
    dp.configureFit(1, start, workers(10), testRng());
    const out = dp.aggregateFit(1, start, { kind: "individual", results: [
      result("w1", Float32Array.of(0.3, 0), 1), result("w2", Float32Array.of(0, 0.6), 99),
    ] }, []);
    assert.ok(out);
    const [a, b] = out.weights[0]!.values;
    assert.ok(Math.abs(a! - 0.15) < 1e-7 && Math.abs(b! - 0.3) < 1e-7, `unweighted mean expected, got ${a}, ${b}`);
    // Plain FedAvg would have given (0.003, 0.594): the example counts must not matter.
    const plain = fedAvg.aggregateFit(1, start, { kind: "individual", results: [result("w1", Float32Array.of(0.3, 0), 1), result("w2", Float32Array.of(0, 0.6), 99)] }, []);
    assert.ok(Math.abs(plain!.weights[0]!.values[0]! - 0.003) < 1e-7);
  });

  it("central: re-checks each individual update's norm and clips one above C on the coordinator", () => {
    const inner = new RecordingStrategy();
    const dp = wrap(inner, central, { random: zeroNoise });
    dp.configureFit(1, model(2), workers(10), testRng());
    const out = dp.aggregateFit(1, model(2), { kind: "individual", results: [
      result("w1", Float32Array.of(3, 4), 1), // norm 5 > C = 0.5: must arrive as (0.3, 0.4)
      result("w2", Float32Array.of(0.1, 0), 1),
    ] }, []);
    assert.equal(out?.metrics.reclipped, 1);
    const agg = inner.seen[0]!;
    if (agg.kind !== "secure-sum") return assert.fail("expected a secure-sum");
    assert.ok(Math.abs(agg.weightedSum[0]! - 0.4) < 1e-6 && Math.abs(agg.weightedSum[1]! - 0.4) < 1e-6, `got ${[...agg.weightedSum]}`);
  });

  it("refuses a weighted secure sum (its sensitivity is not C) and keeps the model", () => {
    const inner = new RecordingStrategy();
    const dp = wrap(inner, central, { secureAggregation: true, encoding: { scale: 2 ** 16, dimension: 2 } });
    dp.configureFit(1, model(2), workers(10), testRng());
    const out = dp.aggregateFit(1, model(2), { kind: "secure-sum", weightedSum: new Float32Array(2), totalWeight: 2.5, contributors: ["w1", "w2", "w3"], metrics: {} }, []);
    assert.equal(out, null);
    assert.equal(inner.seen.length, 0);
  });

  it("steps the accountant with q = sampled / all workers each round, matching a direct RdpAccountant", () => {
    const inner = new RecordingStrategy();
    const dp = wrap(inner, central, { random: zeroNoise });
    const direct = new RdpAccountant();
    for (const [round, sampled] of [[1, 3], [2, 2], [3, 3], [4, 5]] as const) {
      inner.sample = sampled;
      const instructions = dp.configureFit(round, model(2), workers(10), testRng());
      assert.equal(instructions.length, sampled);
      const out = dp.aggregateFit(round, model(2), { kind: "individual", results: instructions.map((i) => result(i.worker, Float32Array.of(0.1, 0), 1)) }, []);
      direct.step(1.3, sampled / 10);
      const expected = direct.getEpsilon(1e-5).epsilon;
      assert.equal(out?.metrics.epsilon, expected, `round ${round}`);
      assert.equal(dp.epsilon(), expected);
    }
    assert.deepEqual(dp.accountantSnapshot().history, direct.toJSON().history);
  });

  it("distributed: steps with the distributed discrete Gaussian's RDP curve (stepAccountantForRound)", () => {
    const cfg: DpConfig = { mode: "distributed", noiseMultiplier: 1.1, clip: 1, delta: 1e-5 };
    const encoding = { scale: 2 ** 16, dimension: 289 };
    const plan = planDistributedNoise({ noiseMultiplier: 1.1, clip: 1, ...encoding, minSurvivors: 3, maxWorkers: 4 });
    const inner = new RecordingStrategy();
    inner.sample = 4;
    const dp = wrap(inner, cfg, { secureAggregation: true, plan, maxWorkersPerRound: 4 });
    const direct = new RdpAccountant();
    for (let round = 1; round <= 3; round++) {
      dp.configureFit(round, model(289), workers(10), testRng());
      dp.aggregateFit(round, model(289), { kind: "secure-sum", weightedSum: new Float32Array(289), totalWeight: 3, contributors: ["w1", "w2", "w3"], metrics: {} }, []);
      stepAccountantForRound(direct, cfg, { workersPerRound: 4, minSurvivors: 3, sampleRate: 0.4, rounds: 1 }, plan);
    }
    assert.equal(dp.epsilon(), direct.getEpsilon(1e-5).epsilon);
    assert.deepEqual(dp.accountantSnapshot().history, direct.toJSON().history);
    // The preview is one more step at the planned rate, and nothing is stepped by it.
    const preview = new RdpAccountant();
    for (let i = 0; i < 4; i++) stepAccountantForRound(preview, cfg, { workersPerRound: 4, minSurvivors: 3, sampleRate: 0.4, rounds: 1 }, plan);
    assert.equal(dp.previewEpsilon(), preview.getEpsilon(1e-5).epsilon);
    assert.equal(dp.epsilon(), direct.getEpsilon(1e-5).epsilon);
    assert.equal(dp.wouldExceed(dp.previewEpsilon()), false);
    assert.equal(dp.wouldExceed(dp.previewEpsilon() * 0.999), true);
  });

  it("does not account a round in which nothing was released; epsilon is 0 before the first", () => {
    const inner = new RecordingStrategy();
    const dp = wrap(inner, central);
    dp.configureFit(1, model(2), workers(10), testRng());
    assert.equal(dp.aggregateFit(1, model(2), { kind: "individual", results: [] }, []), null);
    assert.equal(dp.epsilon(), 0);
    assert.equal(dp.accountedRounds, 0);
  });

  it("caps the sample at the planned number of workers and forwards every other hook", async () => {
    const inner = new RecordingStrategy();
    inner.sample = 6;
    const dp = wrap(inner, central, { maxWorkersPerRound: 4 });
    assert.equal(dp.configureFit(1, model(2), workers(10), testRng()).length, 4);
    assert.deepEqual(dp.configureEvaluate(1, model(2), workers(10), testRng()), ["w1"]);
    assert.equal(dp.aggregateEvaluate(1, [], [])?.loss, 7);
    assert.equal((await dp.evaluate(1, model(2)))?.loss, 3);
    assert.equal(inner.evaluated, 1);
    assert.equal(dp.name, "dp-central(recording)");
    assert.equal(dp.plannedSampleRate, 0.4);
  });

  it("refuses an inner strategy that needs individual updates, and distributed mode without secure aggregation", () => {
    const median = new RecordingStrategy("median", true);
    assert.throws(() => wrap(median, central), /median must see each update/);
    assert.throws(() => wrap(new RecordingStrategy(), { ...central, mode: "distributed" }), /needs secure aggregation/);
  });
});
