import assert from "node:assert/strict";
import { FedAvg } from "../../server/strategy/fedavg";
import { sampleWorkers } from "../../server/strategy/sample-workers";
import { testRng, TRAIN } from "../support/federation";

const model = [{ name: "w", shape: [2], values: Float32Array.from([1, 1]) }];

describe("FedAvg", () => {
  it("averages deltas weighted by example counts and applies them to the global model", () => {
    const s = new FedAvg({ train: TRAIN });
    const out = s.aggregateFit(1, model, { kind: "individual", results: [
      { worker: "a", update: Float32Array.from([1, 0]), numExamples: 1, metrics: { loss: 4 } },
      { worker: "b", update: Float32Array.from([0, 4]), numExamples: 3, metrics: { loss: 0 } },
    ] }, []);
    assert.ok(out);
    assert.deepEqual(Array.from(out.weights[0]!.values), [1.25, 4]);
    assert.equal(out.metrics.trainLoss, 1);
    assert.deepEqual(Array.from(model[0]!.values), [1, 1], "the input model is not mutated");
  });

  it("divides a secure sum by the securely summed weight", () => {
    const s = new FedAvg({ train: TRAIN });
    const out = s.aggregateFit(1, model, { kind: "secure-sum", weightedSum: Float32Array.from([2, -4]), totalWeight: 4, contributors: ["a", "b"], metrics: {} }, []);
    assert.deepEqual(Array.from(out!.weights[0]!.values), [1.5, 0]);
  });

  it("keeps the model (returns null) below minResults", () => {
    const s = new FedAvg({ train: TRAIN, minResults: 2 });
    assert.equal(s.aggregateFit(1, model, { kind: "individual", results: [{ worker: "a", update: Float32Array.from([1, 1]), numExamples: 1, metrics: {} }] }, []), null);
  });

  it("weights federated evaluation by example counts", () => {
    const s = new FedAvg({ train: TRAIN });
    const e = s.aggregateEvaluate(1, [{ worker: "a", numExamples: 1, loss: 1, metrics: { acc: 1 } }, { worker: "b", numExamples: 3, loss: 5, metrics: { acc: 0 } }], []);
    assert.deepEqual(e, { loss: 4, metrics: { acc: 0.25 } });
  });

  it("averages a metric only over the workers that reported it (AUC is undefined on one class)", () => {
    const s = new FedAvg({ train: TRAIN });
    const e = s.aggregateEvaluate(1, [{ worker: "a", numExamples: 10, loss: 1, metrics: { auc: 0.9, accuracy: 0.8 } }, { worker: "b", numExamples: 10, loss: 1, metrics: { accuracy: 0.6 } }], []);
    assert.ok(e);
    assert.ok(Math.abs(e.metrics.auc! - 0.9) < 1e-12);
    assert.ok(Math.abs(e.metrics.accuracy! - 0.7) < 1e-12);
  });

  it("rejects a fractionFit outside (0, 1]", () => {
    assert.throws(() => new FedAvg({ train: TRAIN, fractionFit: 0 }), /fractionFit/);
  });
});

describe("sampleWorkers", () => {
  const workers = Array.from({ length: 10 }, (_, i) => ({ id: `w${i}`, numExamples: 1 }));
  it("samples ceil(fraction * n), at least minCount, without replacement, reproducibly", () => {
    const a = sampleWorkers(workers, 0.35, 2, testRng(5)).map((w) => w.id);
    const b = sampleWorkers([...workers].reverse(), 0.35, 2, testRng(5)).map((w) => w.id);
    assert.equal(a.length, 4);
    assert.equal(new Set(a).size, 4);
    assert.deepEqual(a, b, "same seed and roster give the same sample whatever the order");
    assert.equal(sampleWorkers(workers, 0.01, 3, testRng()).length, 3);
    assert.deepEqual(sampleWorkers(workers.slice(0, 2), 1, 3, testRng()), []);
  });
});
