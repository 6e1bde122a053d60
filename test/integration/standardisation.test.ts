import assert from "node:assert/strict";
import { RingSecureDriver } from "../../server/round/ring-driver";
import type { SecureProtocol, Standardisation } from "../../shared/protocol/messages";
import { FakeLearner } from "../support/fake-learner";
import { fedAvgCoordinator, joinVirtualWorkers } from "../support/federation";

/** FakeLearner(n, target) reports feature means [target, 1] and means of squares [target^2 + 4, 2]. */
async function standardise(protocol: SecureProtocol | "none"): Promise<Standardisation> {
  let computed: Standardisation | null = null;
  const secure = protocol === "none" ? undefined : new RingSecureDriver({ protocol, clipRange: 8, weighted: true, maxExamples: 1000, stageTimeoutMs: 2_000 });
  const c = fedAvgCoordinator({ rounds: 1, ...(secure ? { secure } : {}), standardise: { features: 2, onComputed: (s) => { computed = s; } } });
  await joinVirtualWorkers(c, [
    { name: "alice", learner: new FakeLearner(10, 100.25) },
    { name: "bob", learner: new FakeLearner(30, -3.5) },
    { name: "carol", learner: new FakeLearner(60, 0.001) },
  ]);
  await c.run();
  c.shutdown();
  assert.ok(computed);
  return computed;
}

describe("federated standardisation (round 0)", () => {
  // Exact pooled moments: mean = sum n_i mu_i / N, E[x^2] = sum n_i (mu_i^2 + 4) / N.
  const n = [10, 30, 60];
  const mu = [100.25, -3.5, 0.001];
  const N = 100;
  const mean = n.reduce((s, k, i) => s + k * mu[i]!, 0) / N;
  const sq = n.reduce((s, k, i) => s + k * (mu[i]! ** 2 + 4), 0) / N;
  const std = Math.sqrt(sq - mean * mean);

  for (const protocol of ["none", "secagg+", "additive"] as const) {
    it(`${protocol}: every party gets the pooled mean and std of each feature`, async () => {
      const s = await standardise(protocol);
      assert.ok(Math.abs(s.mean[0]! - mean) <= 1e-6 * Math.abs(mean) + 1e-9, `mean ${s.mean[0]} vs ${mean}`);
      assert.ok(Math.abs(s.std[0]! - std) <= 1e-5 * std, `std ${s.std[0]} vs ${std}`);
      // The second feature: mean 1, E[x^2] 2, so std 1 for every worker and for the pool.
      assert.ok(Math.abs(s.mean[1]! - 1) < 1e-6);
      assert.ok(Math.abs(s.std[1]! - 1) < 1e-5);
    });
  }
});
