import assert from "node:assert/strict";
import { createStrategy } from "../../server/strategy/create-strategy";
import { ServerAdaptive } from "../../server/strategy/optimizers/server-adaptive";
import { ServerSgd } from "../../server/strategy/optimizers/server-sgd";
import { TRAIN } from "../support/federation";
import { close, fromDeltas, fromParams, model, values } from "./support";

describe("server optimizers on the aggregated delta", () => {
  it("FedAdagrad: Flower's case (eta 0.1, tau 0.5; 0.1 -> clients 0.2 and 1.0 -> 0.15)", () => {
    const s = createStrategy("fedadagrad", { train: TRAIN, parameters: { serverLearningRate: 0.1, tau: 0.5 } });
    const out = s.aggregateFit(1, model([0.1, 0.1, 0.1, 0.1]), fromParams([0.1, 0.1, 0.1, 0.1], [[0.2, 0.2, 0.2, 0.2], [1, 1, 1, 1]]), []);
    close(values(out!.weights), [0.15, 0.15, 0.15, 0.15]);
  });

  it("FedAvgM: Flower's cases (lr ~1 and momentum 0 or ~0 give the weighted average)", () => {
    const params = [[1, 2, 3, 4, 5, 6, 7, 8, 9, 10], [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]];
    const zero = new Array<number>(10).fill(0);
    const plain = createStrategy("fedavgm", { train: TRAIN, parameters: { serverLearningRate: 1 + 1e-9, serverMomentum: 0 } });
    close(values(plain.aggregateFit(1, model(zero), fromParams(zero, params, [1, 2]), [])!.weights), params[0]!, 1e-6);
    const m = createStrategy("fedavgm", { train: TRAIN, parameters: { serverLearningRate: 1 + 1e-9, serverMomentum: 1e-9 } });
    const w1 = m.aggregateFit(1, model(zero), fromParams(zero, params, [1, 2]), [])!.weights;
    // Round 2: the same absolute parameters, so the deltas from w1 are zero; momentum 1e-9 moves nothing visible.
    const w2 = m.aggregateFit(2, w1, fromParams(values(w1), params, [1, 2]), [])!.weights;
    close(values(w2), params[0]!, 1e-6);
  });

  it("FedAvgM: v = beta v + delta, w + lr v (Hsu et al.), over three rounds", () => {
    const opt = new ServerSgd(0.5, 0.9);
    let w: Float32Array = Float32Array.from([0]);
    w = opt.step(w, Float32Array.from([1])); // v = 1, w = 0.5
    w = opt.step(w, Float32Array.from([1])); // v = 1.9, w = 1.45
    w = opt.step(w, Float32Array.from([-2])); // v = -0.29, w = 1.305
    close(Array.from(w), [1.305], 1e-6);
  });

  it("FedAdam: Reddi et al.'s rule, no bias correction, two rounds by hand", () => {
    const s = createStrategy("fedadam", { train: TRAIN }); // eta 0.1, beta1 0.9, beta2 0.99, tau 1e-9 (Flower's defaults)
    const w1 = s.aggregateFit(1, model([1, 1]), fromDeltas([[0.5, 0.5]]), [])!.weights;
    // m = 0.05, v = 0.0025: w = 1 + 0.1 * 0.05 / (0.05 + 1e-9)
    close(values(w1), [1.1, 1.1]);
    const w2 = s.aggregateFit(2, w1, fromDeltas([[-0.25, -0.25]]), [])!.weights;
    // m = 0.045 - 0.025 = 0.02, v = 0.002475 + 0.000625 = 0.0031: w += 0.1 * 0.02 / sqrt(0.0031)
    close(values(w2), [1.1 + 0.002 / Math.sqrt(0.0031), 1.1 + 0.002 / Math.sqrt(0.0031)]);
  });

  it("FedYogi: Reddi et al.'s rule with Flower's defaults (eta 0.01, tau 1e-3), two rounds by hand", () => {
    const s = createStrategy("fedyogi", { train: TRAIN });
    const w1 = s.aggregateFit(1, model([0]), fromDeltas([[0.5]]), [])!.weights;
    // m = 0.05, v = 0 - 0.01 * 0.25 * sign(0 - 0.25) = 0.0025: w = 0.01 * 0.05 / (0.05 + 0.001)
    close(values(w1), [0.0005 / 0.051]);
    const w2 = s.aggregateFit(2, w1, fromDeltas([[-0.25]]), [])!.weights;
    // m = 0.02, v = 0.0025 + 0.01 * 0.0625 = 0.003125
    close(values(w2), [0.0005 / 0.051 + 0.0002 / (Math.sqrt(0.003125) + 0.001)]);
  });

  it("FedYogi shrinks v additively where Adam decays it multiplicatively", () => {
    const yogi = new ServerAdaptive("yogi", { eta: 0.1, beta1: 0.9, beta2: 0.99, tau: 1e-3 });
    const adam = new ServerAdaptive("adam", { eta: 0.1, beta1: 0.9, beta2: 0.99, tau: 1e-3 });
    for (const o of [yogi, adam]) { o.step(Float32Array.from([0]), Float32Array.from([1])); o.step(Float32Array.from([0]), Float32Array.from([0.01])); }
    const v = (o: ServerAdaptive): number => {
      const arr: unknown = Reflect.get(Object(o.state()), "v");
      assert.ok(Array.isArray(arr) && typeof arr[0] === "number");
      return arr[0];
    };
    // (0.01 is a float32 delta: 1e-12 covers its rounding)
    assert.ok(Math.abs(v(yogi) - (0.01 - 0.01 * 1e-4)) < 1e-12, `yogi v ${v(yogi)}`);
    assert.ok(Math.abs(v(adam) - (0.99 * 0.01 + 0.01 * 1e-4)) < 1e-12, `adam v ${v(adam)}`);
  });

  it("FedAdagrad accumulates squares: v = sum of delta^2, m = delta (beta1 0)", () => {
    const s = createStrategy("fedadagrad", { train: TRAIN });
    const w1 = s.aggregateFit(1, model([0]), fromDeltas([[0.5]]), [])!.weights;
    close(values(w1), [0.1]);
    const w2 = s.aggregateFit(2, w1, fromDeltas([[-0.25]]), [])!.weights;
    close(values(w2), [0.1 - 0.025 / Math.sqrt(0.3125)]);
  });

  it("takes a secure sum exactly as the mean of the same updates (FedOpt works under secure aggregation)", () => {
    for (const name of ["fedavg", "fedavgm", "fedprox", "fedadam", "fedyogi", "fedadagrad"]) {
      const a = createStrategy(name, { train: TRAIN, secureAggregation: "secagg+" });
      const b = createStrategy(name, { train: TRAIN });
      const plain = b.aggregateFit(1, model([1, 2]), fromDeltas([[1, 0], [0, 4]], [1, 3]), [])!;
      const secure = a.aggregateFit(1, model([1, 2]), { kind: "secure-sum", weightedSum: Float32Array.from([1, 12]), totalWeight: 4, contributors: ["w0", "w1"], metrics: {} }, [])!;
      close(values(secure.weights), values(plain.weights), 1e-7);
    }
  });

  it("refuses hyperparameters outside their range", () => {
    assert.throws(() => new ServerAdaptive("adam", { eta: 0, beta1: 0.9, beta2: 0.99, tau: 1e-9 }), /eta/);
    assert.throws(() => new ServerAdaptive("yogi", { eta: 0.1, beta1: 1, beta2: 0.99, tau: 1e-9 }), /beta1/);
    assert.throws(() => new ServerSgd(1, 1), /momentum/);
  });
});
