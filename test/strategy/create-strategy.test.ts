import assert from "node:assert/strict";
import { RingSecureDriver, DEFAULT_CLIP_RANGE } from "../../server/round/ring-driver";
import { createStrategy, resolveParameters, STRATEGY_NAMES, sumBasedStrategies } from "../../server/strategy/create-strategy";
import { StrategyConfigError, type StrategyErrorCode } from "../../server/strategy/strategy-config-error";
import { STRATEGIES } from "../../server/strategy/strategy-catalogue";
import { fedAvgCoordinator, testRng, TRAIN } from "../support/federation";
import { model } from "./support";

function code(c: StrategyErrorCode, text?: RegExp) {
  return (e: unknown): boolean => e instanceof StrategyConfigError && e.code === c && (text === undefined || text.test(e.message));
}

describe("createStrategy (the registry)", () => {
  it("builds every named strategy; robust ones are the plaintext-only ones", () => {
    const robust = new Set(["fedmedian", "fedtrimmedavg", "krum", "multikrum", "bulyan", "fedavg-normbound"]);
    for (const name of STRATEGY_NAMES) {
      const s = createStrategy(name, { train: TRAIN });
      assert.equal(s.name, name);
      assert.equal(s.needsIndividualUpdates, robust.has(name), name);
    }
    assert.deepEqual(sumBasedStrategies(), ["fedavg", "fedavgm", "fedprox", "fedadam", "fedyogi", "fedadagrad"]);
  });

  it("uses Flower's defaults for the FedOpt family and FedTrimmedAvg", () => {
    assert.deepEqual(resolveParameters("fedadam"), { serverLearningRate: 0.1, beta1: 0.9, beta2: 0.99, tau: 1e-9 });
    assert.deepEqual(resolveParameters("fedyogi"), { serverLearningRate: 0.01, beta1: 0.9, beta2: 0.99, tau: 1e-3 });
    assert.deepEqual(resolveParameters("fedadagrad"), { serverLearningRate: 0.1, beta1: 0, tau: 1e-9 });
    assert.deepEqual(resolveParameters("fedtrimmedavg"), { serverLearningRate: 1, trimFraction: 0.2 });
    assert.deepEqual(resolveParameters("fedadam", { tau: 1e-3 }), { serverLearningRate: 0.1, beta1: 0.9, beta2: 0.99, tau: 1e-3 });
  });

  it("refuses an unknown name, listing the known ones", () => {
    assert.throws(() => createStrategy("fedsgd", { train: TRAIN }), code("unknown-strategy", /unknown strategy "fedsgd".*fedavg, fedavgm, fedprox/));
  });

  it("refuses a parameter out of range, one the strategy does not use, and an unknown one, naming the flag", () => {
    assert.throws(() => createStrategy("fedadam", { train: TRAIN, parameters: { beta1: 1 } }), code("bad-parameter", /--beta1 \(beta1\) must be in \[0, 1\), got 1/));
    assert.throws(() => createStrategy("fedavgm", { train: TRAIN, parameters: { serverLearningRate: -1 } }), code("bad-parameter", /--server-lr/));
    assert.throws(() => createStrategy("krum", { train: TRAIN, parameters: { byzantine: 1.5 } }), code("bad-parameter", /an integer >= 0/));
    assert.throws(() => createStrategy("fedadam", { train: TRAIN, parameters: { trimFraction: 0.1 } }),
      code("parameter-not-used", /fedadam does not use --trim-fraction \(trimFraction\); it takes --server-lr.*--tau/));
    const loose: Record<string, number> = { learningRate: 1 };
    assert.throws(() => createStrategy("fedavg", { train: TRAIN, parameters: loose }), code("bad-parameter", /unknown strategy parameter "learningRate"/));
  });

  it("checks Krum's n > 2f + 2, Multi-Krum's m <= n and Bulyan's n >= 4f + 3 against the round size", () => {
    assert.throws(() => createStrategy("krum", { train: TRAIN, parameters: { byzantine: 2 }, workersPerRound: 6 }), code("bad-parameter", /more than 6 updates.*samples 6/));
    assert.throws(() => createStrategy("multikrum", { train: TRAIN, parameters: { keep: 11 }, workersPerRound: 10 }), code("bad-parameter", /keep 11/));
    assert.throws(() => createStrategy("bulyan", { train: TRAIN, parameters: { byzantine: 2 }, workersPerRound: 10 }), code("bad-parameter", /at least 11 updates/));
    assert.doesNotThrow(() => createStrategy("bulyan", { train: TRAIN, parameters: { byzantine: 2 }, workersPerRound: 11 }));
  });

  it("refuses a robust strategy under secure aggregation, saying why and what to use instead", () => {
    for (const name of STRATEGY_NAMES.filter((n) => STRATEGIES[n].needsIndividualUpdates)) {
      assert.throws(() => createStrategy(name, { train: TRAIN, secureAggregation: "secagg+" }),
        code("needs-plaintext", new RegExp(`strategy ${name} screens each worker's update, but secure aggregation \\(secagg\\+\\) shows the coordinator only their sum.*--secagg none.*fedavg, fedavgm`)));
      assert.doesNotThrow(() => createStrategy(name, { train: TRAIN, secureAggregation: "none" }));
    }
  });

  it("the coordinator refuses one too, if handed it with a secure-aggregation driver", () => {
    const secure = new RingSecureDriver({ protocol: "secagg+", clipRange: DEFAULT_CLIP_RANGE, weighted: true, maxExamples: 1_000_000, stageTimeoutMs: 1000 });
    assert.throws(() => fedAvgCoordinator({ secure, strategy: createStrategy("krum", { train: TRAIN }) }),
      /strategy krum must see each update, so it cannot run under secure aggregation \(secagg\+\); use --secagg none or a sum-based strategy/);
  });

  it("FedProx sends mu with every round's train config; FedAvg sends none", () => {
    const workers = [{ id: "a", numExamples: 1 }, { id: "b", numExamples: 1 }];
    const prox = createStrategy("fedprox", { train: TRAIN });
    for (const i of prox.configureFit(3, model([0]), workers, testRng())) assert.equal(i.train.proximalMu, 0.01);
    const tuned = createStrategy("fedprox", { train: TRAIN, parameters: { proximalMu: 0.5 } });
    assert.equal(tuned.configureFit(1, model([0]), workers, testRng())[0]!.train.proximalMu, 0.5);
    for (const i of createStrategy("fedavg", { train: TRAIN }).configureFit(1, model([0]), workers, testRng())) assert.equal("proximalMu" in i.train, false);
  });
});
