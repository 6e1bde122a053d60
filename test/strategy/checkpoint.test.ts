import assert from "node:assert/strict";
import { createStrategy, STRATEGY_NAMES } from "../../server/strategy/create-strategy";
import { StrategyConfigError } from "../../server/strategy/strategy-config-error";
import type { FitAggregate } from "../../server/strategy/strategy";
import { SeededRng } from "../../shared/random/seeded-rng";
import type { ModelWeights } from "../../shared/tensor/weights";
import { TRAIN } from "../support/federation";

const D = 6;

/** Seven workers' deltas for a round, drawn from a seeded stream (the same round gives the same deltas). */
function round(r: number): FitAggregate {
  const rng = SeededRng.fromSeed(r).fork("checkpoint-test");
  return { kind: "individual", results: Array.from({ length: 7 }, (_, k) => ({
    worker: `w${k}`, update: Float32Array.from({ length: D }, () => rng.normal() * 0.1 + 0.05), numExamples: 1 + k, metrics: { loss: 1 },
  })) };
}

function bits(w: ModelWeights): string {
  return Buffer.from(w[0]!.values.buffer, w[0]!.values.byteOffset, w[0]!.values.byteLength).toString("hex");
}

const start: ModelWeights = [{ name: "w", shape: [D], values: new Float32Array(D).fill(0.25) }];

describe("strategy checkpoints", () => {
  for (const name of STRATEGY_NAMES) {
    it(`${name}: state -> JSON -> restore -> the next aggregateFit gives bit-identical weights`, () => {
      const a = createStrategy(name, { train: TRAIN });
      let w = start;
      for (const r of [1, 2]) w = a.aggregateFit(r, w, round(r), [])!.weights;
      const saved: unknown = JSON.parse(JSON.stringify(a.state()));
      const b = createStrategy(name, { train: TRAIN });
      b.restore(saved);
      const next = a.aggregateFit(3, w, round(3), [])!.weights;
      const resumed = b.aggregateFit(3, w, round(3), [])!.weights;
      assert.equal(bits(resumed), bits(next));
      assert.deepEqual(b.state(), a.state());
      if (["fedavgm", "fedadam", "fedyogi", "fedadagrad"].includes(name)) {
        const fresh = createStrategy(name, { train: TRAIN }).aggregateFit(3, w, round(3), [])!.weights;
        assert.notEqual(bits(fresh), bits(next), "the state matters: a fresh optimizer takes another step");
      }
    });
  }

  it("refuses a checkpoint of another strategy, other hyperparameters, or malformed moments", () => {
    const adam = createStrategy("fedadam", { train: TRAIN });
    adam.aggregateFit(1, start, round(1), []);
    const saved: unknown = JSON.parse(JSON.stringify(adam.state()));
    const isBadState = (text: RegExp) => (e: unknown): boolean => e instanceof StrategyConfigError && e.code === "bad-state" && text.test(e.message);
    assert.throws(() => createStrategy("fedyogi", { train: TRAIN }).restore(saved), isBadState(/checkpoint is of fedadam.*this strategy is fedyogi/));
    assert.throws(() => createStrategy("fedadam", { train: TRAIN, parameters: { tau: 1e-3 } }).restore(saved), isBadState(/made with tau = 1e-9, this strategy has tau = 0.001/));
    const broken: unknown = JSON.parse(JSON.stringify(adam.state()).replace(/"m":\[[^\]]*\]/, '"m":[1,"x"]'));
    assert.throws(() => createStrategy("fedadam", { train: TRAIN }).restore(broken), isBadState(/optimizer\.m\[1\] must be a finite number/));
    assert.throws(() => createStrategy("fedadam", { train: TRAIN }).restore("fedadam"), isBadState(/must be an object/));
    const short: unknown = JSON.parse(JSON.stringify(adam.state()).replace(/"v":\[[^\]]*\]/, '"v":[1]'));
    assert.throws(() => createStrategy("fedadam", { train: TRAIN }).restore(short), isBadState(/both be null or vectors of one length/));
  });

  it("refuses to step with moments of another model's size", () => {
    const adam = createStrategy("fedadam", { train: TRAIN });
    adam.aggregateFit(1, start, round(1), []);
    const other = createStrategy("fedadam", { train: TRAIN });
    other.restore(JSON.parse(JSON.stringify(adam.state())));
    const small: ModelWeights = [{ name: "w", shape: [2], values: new Float32Array(2) }];
    assert.throws(() => other.aggregateFit(2, small, { kind: "individual", results: [{ worker: "a", update: new Float32Array(2), numExamples: 1, metrics: {} }] }, []), /holds a moment of 6 values but the model has 2/);
  });
});
