import assert from "node:assert/strict";
import { RingSecureDriver } from "../../server/round/ring-driver";
import { FedAvg } from "../../server/strategy/fedavg";
import type { FeatureMoments } from "../../worker/local-learner";
import type { SecureProtocol, Standardisation } from "../../shared/protocol/messages";
import { FakeLearner } from "../support/fake-learner";
import { fedAvgCoordinator, joinVirtualWorkers, TRAIN } from "../support/federation";

/** A FakeLearner that remembers whether round 0 asked it for its statistics. */
class CountingLearner extends FakeLearner {
  asked = 0;
  constructor(numExamples: number, readonly mu: number) { super(numExamples, mu); }
  override moments(): FeatureMoments { this.asked++; return super.moments(); }
}

async function sampledRoundZero(protocol: SecureProtocol | "none", fraction: number): Promise<{ learners: CountingLearner[]; computed: Standardisation }> {
  let computed: Standardisation | null = null;
  const secure = protocol === "none" ? undefined : new RingSecureDriver({ protocol, clipRange: 8, weighted: true, maxExamples: 1000, stageTimeoutMs: 2_000 });
  const c = fedAvgCoordinator({ rounds: 1, ...(secure ? { secure } : {}), strategy: new FedAvg({ train: TRAIN, fractionFit: fraction, minFitWorkers: 3 }),
    standardise: { features: 2, onComputed: (s) => { computed = s; } } });
  const names = ["alice", "bob", "carol", "charlie", "dave", "erin", "frank", "grace"];
  const learners = names.map((_, i) => new CountingLearner(10 * (i + 1), 3 * i - 7.5));
  await joinVirtualWorkers(c, names.map((name, i) => ({ name, learner: learners[i]! })));
  await c.run();
  await c.shutdown();
  assert.ok(computed);
  return { learners, computed };
}

describe("round 0 sampled like a training round", () => {
  for (const protocol of ["none", "secagg+"] as const) {
    it(`${protocol}: a fraction of 0.5 asks 4 of 8 workers, and the moments are those of the sample's rows`, async () => {
      const { learners, computed } = await sampledRoundZero(protocol, 0.5);
      const asked = learners.filter((l) => l.asked > 0);
      assert.equal(asked.length, 4);
      assert.ok(asked.every((l) => l.asked === 1));
      const rows = asked.reduce((s, l) => s + l.numExamples, 0);
      const mean = asked.reduce((s, l) => s + l.numExamples * l.mu, 0) / rows;
      const square = asked.reduce((s, l) => s + l.numExamples * (l.mu * l.mu + 4), 0) / rows;
      assert.ok(Math.abs(computed.mean[0]! - mean) <= 1e-6 * Math.max(1, Math.abs(mean)), `mean ${computed.mean[0]} vs ${mean}`);
      assert.ok(Math.abs(computed.std[0]! - Math.sqrt(square - mean * mean)) <= 1e-5 * Math.sqrt(square - mean * mean));
    });
  }

  it("a fraction of 1 still asks every connected worker", async () => {
    const { learners } = await sampledRoundZero("none", 1);
    assert.ok(learners.every((l) => l.asked === 1));
  });
});
