import assert from "node:assert/strict";
import { createStrategy } from "../../server/strategy/create-strategy";
import type { Dataset } from "../../shared/data/dataset";
import { decodeMessage, encodeMessage } from "../../shared/protocol/codec";
import { conclave } from "../../shared/protocol/generated/conclave";
import { PLAINTEXT_PROTECTION, ProtocolError, type Message } from "../../shared/protocol/messages";
import { SeededRng } from "../../shared/random/seeded-rng";
import type { TrainConfig } from "../../shared/task/task-spec";
import { PIMA_TASK } from "../../shared/task/tasks";
import type { ModelWeights, NamedTensor } from "../../shared/tensor/weights";
import { selectBackend } from "../../worker/backend/select-backend";
import { Trainer } from "../../worker/trainer/trainer";
import { FakeLearner } from "../support/fake-learner";
import { fedAvgCoordinator, joinVirtualWorkers } from "../support/federation";

function tinyData(rows: number): Dataset {
  const rng = SeededRng.fromSeed(3).fork("fedprox-test");
  return { x: Float32Array.from({ length: rows * 8 }, () => rng.normal()), y: Float32Array.from({ length: rows }, () => (rng.uniform() < 0.5 ? 0 : 1)),
    rows, cols: 8, featureNames: PIMA_TASK.features, targetName: "outcome" };
}

function flat(w: readonly NamedTensor[]): Float64Array {
  return Float64Array.from(w.flatMap((t) => Array.from(t.values)));
}

describe("FedProx in the worker's local loss", () => {
  before(async () => { await selectBackend(); });

  it("adds mu (w - w_global) to the gradient: two full-batch SGD steps move by -lr mu (w1 - w0) against mu = 0", async () => {
    const data = tinyData(8);
    const lr = 0.1;
    const mu = 0.5;
    const cfg = (epochs: number, proximalMu?: number): TrainConfig => ({ optimizer: "sgd", learningRate: lr, batchSize: 8, localEpochs: epochs, seed: 1,
      ...(proximalMu !== undefined ? { proximalMu } : {}) });
    const trainer = new Trainer(PIMA_TASK, 5);
    try {
      const w0 = await trainer.getWeights();
      const run = async (c: TrainConfig): Promise<{ w: Float64Array; losses: readonly number[] }> => {
        trainer.setWeights(w0);
        const fit = await trainer.fit(data, c, 9);
        return { w: flat(await trainer.getWeights()), losses: fit.epochLosses };
      };
      const one = await run(cfg(1));
      const plain = await run(cfg(2));
      const prox = await run(cfg(2, mu));
      const start = flat(w0);
      let moved = 0;
      let penalty = 0;
      for (let i = 0; i < start.length; i++) {
        const step = one.w[i]! - start[i]!;
        penalty += step * step;
        const expected = plain.w[i]! - lr * mu * step;
        moved = Math.max(moved, Math.abs(lr * mu * step));
        assert.ok(Math.abs(prox.w[i]! - expected) < 2e-6, `weight ${i}: ${prox.w[i]} vs ${expected}`);
      }
      assert.ok(moved > 1e-4, "the proximal pull is large enough to see");
      // Full batch: both epochs' losses are taken at w0 and w1, the same with and without the term (the
      // reported loss is the data loss; the term mu/2 ||w1 - w0||^2 is left out of it).
      assert.ok(penalty > 0);
      assert.ok(Math.abs(prox.losses[0]! - plain.losses[0]!) < 1e-6);
      assert.ok(Math.abs(prox.losses[1]! - plain.losses[1]!) < 1e-6);
      const zero = await run(cfg(2, 0));
      assert.deepEqual(Array.from(zero.w), Array.from(plain.w), "mu = 0 is plain local training, bit for bit");
      trainer.setWeights(w0);
      await assert.rejects(trainer.fit(data, cfg(1, -1), 9), /proximalMu must be a non-negative number/);
    } finally {
      trainer.dispose();
    }
  });

  it("carries mu on the wire (TrainConfig field 6), leaves it out when 0, and refuses a negative or non-finite one", () => {
    const meta = { runId: "r", round: 1, messageId: 1, replyTo: 0, sender: "coordinator" };
    const body = (train: TrainConfig): Message => ({ meta, body: { type: "roundStart", weights: [], deadlineMs: 1000, standardisation: null, train,
      protection: PLAINTEXT_PROTECTION } });
    const base: TrainConfig = { optimizer: "adam", learningRate: 0.01, batchSize: 16, localEpochs: 1, seed: 4 };
    const back = decodeMessage(encodeMessage(body({ ...base, proximalMu: 0.25 })));
    assert.ok(back.body.type === "roundStart");
    assert.deepEqual(back.body.train, { ...base, proximalMu: 0.25 });
    const none = decodeMessage(encodeMessage(body(base)));
    assert.ok(none.body.type === "roundStart");
    assert.deepEqual(none.body.train, base);
    for (const bad of [-0.1, Number.NaN, Number.POSITIVE_INFINITY]) {
      const bytes = conclave.v2.Envelope.encode({ meta, roundStart: { weights: [], deadlineMs: 1, train: { optimizer: "sgd", learningRate: 0.1, batchSize: 8, localEpochs: 1, seed: 1, proximalMu: bad },
        protection: { secureAggregation: "none" } } }).finish();
      assert.throws(() => decodeMessage(bytes), (e: unknown) => e instanceof ProtocolError && e.code === "MALFORMED_MESSAGE" && /train\.proximal_mu must be a finite number in \[0/.test(e.message));
    }
  });

  it("reaches the workers through the coordinator: every fit of a FedProx run carries mu", async () => {
    const seen: (number | undefined)[] = [];
    class Recording extends FakeLearner {
      override train(weights: ModelWeights, config: TrainConfig, s: unknown): ReturnType<FakeLearner["train"]> {
        seen.push(config.proximalMu);
        return super.train(weights, config, s);
      }
    }
    const coordinator = fedAvgCoordinator({ strategy: createStrategy("fedprox", { train: { optimizer: "sgd", learningRate: 0.1, batchSize: 4, localEpochs: 1, seed: 1 }, parameters: { proximalMu: 0.3 } }) });
    try {
      await joinVirtualWorkers(coordinator, [{ name: "alice", learner: new Recording(10, 1) }, { name: "bob", learner: new Recording(10, -1) }]);
      const history = await coordinator.run();
      assert.equal(history.rounds.length, 2);
      assert.deepEqual(seen, [0.3, 0.3, 0.3, 0.3]);
    } finally {
      await coordinator.shutdown();
    }
  });
});
