import assert from "node:assert/strict";
import { createLocalFederation } from "../../shared/federation/local-federation";
import { buildDpSetup, dpSummary, DEFAULT_CLIP, DEFAULT_NOISE_MULTIPLIER, DpSetupError, modelDimension, type DpInputs, type DpSetupErrorCode } from "../../server/dp/dp-setup";
import { DpSecureDriver } from "../../server/round/dp-secure-driver";
import { DpConfigError, type DpErrorCode } from "../../shared/dp/dp-config-error";
import { validateDpConfig } from "../../shared/dp/dp-config";
import { RdpAccountant, solveNoiseMultiplier } from "../../shared/dp/rdp-accountant";
import { chooseScale } from "../../shared/ring/fixed-point";
import { getTask } from "../../shared/task/tasks";
import type { WorkerSession } from "../../server/worker-session";
import { FedAvg } from "../../server/strategy/fedavg";
import { DifferentialPrivacyStrategy } from "../../server/strategy/dp-strategy";
import { TRAIN } from "../support/federation";

const D = 289; // the Pima model
const base: DpInputs = { dp: "central", noise: 1.1, workers: 10, fractionFit: 1, secagg: "secagg+" };

function throwsCode(fn: () => unknown, code: DpErrorCode | DpSetupErrorCode, mention: RegExp): void {
  assert.throws(fn, (e: unknown) => {
    assert.ok(e instanceof DpConfigError || e instanceof DpSetupError, `expected a DP configuration error, got ${String(e)}`);
    assert.equal(e.code, code);
    assert.match(e.message, mention);
    assert.match(e.message, /\.$/, "a sentence");
    return true;
  });
}

describe("dp-wiring/dp-setup", () => {
  describe("every bad input of issue 4 is a clear error before training", () => {
    it("noise not positive", () => {
      for (const noise of [0, -1]) for (const dp of ["central", "distributed", "local"] as const) {
        throwsCode(() => buildDpSetup({ ...base, dp, noise }, D, 10), "noise-not-positive", /--noise/);
      }
    });
    it("clip not positive", () => {
      for (const clip of [0, -0.5]) throwsCode(() => buildDpSetup({ ...base, clip }, D, 10), "clip-not-positive", /--clip/);
    });
    it("delta outside (0, 1)", () => {
      for (const delta of [0, 1, 1.5, -1e-5]) throwsCode(() => buildDpSetup({ ...base, delta }, D, 10), "delta-out-of-range", /--delta/);
    });
    it("sampling outside (0, 1]", () => {
      for (const fractionFit of [0, -0.2, 1.5]) throwsCode(() => buildDpSetup({ ...base, fractionFit }, D, 10), "sampling-out-of-range", /--fraction-fit/);
    });
    it("an epsilon budget already exceeded at round 1 (central, local and distributed accounting)", () => {
      for (const dp of ["central", "distributed", "local"] as const) {
        throwsCode(() => buildDpSetup({ ...base, dp, noise: 0.5, epsilonBudget: 0.5 }, D, 10), "budget-exceeded-at-round-1", /already exceeded after round 1/);
      }
    });
    it("distributed DP with fewer workers per round than it needs", () => {
      throwsCode(() => buildDpSetup({ ...base, dp: "distributed", workers: 2 }, D, 10), "too-few-workers", /at least 3 workers/);
      throwsCode(() => buildDpSetup({ ...base, dp: "distributed", workers: 10, fractionFit: 0.2 }, D, 10), "too-few-workers", /at least 3 workers/);
      // A SecAgg+ threshold the sampled workers cannot reach.
      throwsCode(() => buildDpSetup({ ...base, dp: "distributed", workers: 3, threshold: 5 }, D, 10), "secagg-parameters", /threshold/);
    });
    it("distributed DP without secure aggregation; DP flags without --dp; a budget that is not positive", () => {
      throwsCode(() => buildDpSetup({ ...base, dp: "distributed", secagg: "none" }, D, 10), "needs-secure-aggregation", /--secagg secagg\+/);
      const { dp: _dp, ...noMode } = base;
      throwsCode(() => buildDpSetup({ ...noMode, clip: 2 }, D, 10), "dp-mode-missing", /--clip only apply.*--dp central/);
      throwsCode(() => buildDpSetup({ ...base, epsilonBudget: -1 }, D, 10), "budget-not-positive", /--epsilon-budget/);
    });
    it("central and local work with or without secure aggregation", () => {
      for (const dp of ["central", "local"] as const) for (const secagg of ["none", "additive", "secagg+"] as const) {
        const s = buildDpSetup({ ...base, dp, secagg }, D, 10);
        assert.ok(s);
        assert.equal(s.secure === undefined, secagg === "none");
      }
    });
  });

  it("local mode: epsilon against the coordinator is reported only without secure aggregation", () => {
    const s = buildDpSetup({ ...base, dp: "local", secagg: "none", noise: 2, fractionFit: 0.5 }, D, 10)!;
    assert.equal(dpSummary(s, 10).epsilonAgainstCoordinator, 0, "nothing released yet");
    assert.equal(dpSummary(buildDpSetup({ ...base, dp: "local", noise: 2 }, D, 10)!, 10).epsilonAgainstCoordinator, undefined, "secure aggregation hides single reports");
  });

  it("no --dp: no setup", () => {
    const { dp: _dp, noise: _n, ...plain } = base;
    assert.equal(buildDpSetup(plain, D, 10), null);
  });

  it("defaults: clip 1, delta min(1/(10 workers), 1e-5), the default noise, and the planned epsilon", () => {
    const { noise: _n, ...noNoise } = base;
    const s = buildDpSetup(noNoise, D, 10)!;
    assert.equal(s.config.clip, DEFAULT_CLIP);
    assert.equal(s.config.clip, 1);
    assert.equal(s.config.delta, 1e-5);
    assert.equal(s.config.noiseMultiplier, DEFAULT_NOISE_MULTIPLIER);
    assert.equal(s.noiseSource, "default");
    assert.equal(buildDpSetup({ ...base, workers: 20_000 }, D, 10)!.config.delta, 1 / 200_000);
    const acc = new RdpAccountant();
    acc.step(DEFAULT_NOISE_MULTIPLIER, 1, 10);
    assert.equal(s.planned.afterAllRounds.epsilon, acc.getEpsilon(1e-5).epsilon);
  });

  it("--epsilon-budget without --noise solves for the noise so that all rounds fit (central: Opacus's search)", () => {
    const { noise: _n, ...noNoise } = base;
    const s = buildDpSetup({ ...noNoise, workers: 20, fractionFit: 0.25, epsilonBudget: 3 }, D, 40)!;
    assert.equal(s.noiseSource, "budget");
    assert.equal(s.config.noiseMultiplier, solveNoiseMultiplier({ targetEpsilon: 3, sampleRate: 0.25, steps: 40, delta: 1e-5 }).noiseMultiplier);
    assert.ok(s.planned.afterAllRounds.epsilon <= 3 && s.planned.afterAllRounds.epsilon > 2.98);
  });

  it("--epsilon-budget without --noise in the distributed mode: the smallest noise within the budget by its own accounting", () => {
    const { noise: _n, ...noNoise } = base;
    const s = buildDpSetup({ ...noNoise, dp: "distributed", workers: 20, fractionFit: 0.25, epsilonBudget: 6 }, D, 40)!;
    const eps = s.planned.afterAllRounds.epsilon;
    assert.ok(eps <= 6 && eps > 5.98, `epsilon ${eps}`);
    // Less noise would exceed the budget.
    const less = validateDpConfig({ ...s.config, noiseMultiplier: s.config.noiseMultiplier * 0.99 }, s.shape).afterAllRounds.epsilon;
    assert.ok(less > 6);
  });

  it("distributed + SecAgg+: noise planned for m = t survivors, unweighted driver with clip range C, ring scale fixed for n workers", () => {
    const s = buildDpSetup({ ...base, dp: "distributed", workers: 6, noise: 1 }, D, 10)!;
    // 6 workers: k = 5 (all-to-all), c = 1, t = 4.
    assert.equal(s.shape.minSurvivors, 4);
    assert.ok(s.plan);
    assert.equal(s.plan.minSurvivors, 4);
    assert.equal(s.protection.noiseShares, 4, "the workers are told the noise shares to check");
    assert.equal(s.protection.ringNoiseSigma2, s.plan.sigma2PerWorkerInteger);
    assert.equal(s.protection.dpMode, "distributed");
    assert.equal(s.protection.clipNorm, 1);
    assert.equal(s.protection.weighted, false);
    assert.ok(s.plan.fitsInRing);
    assert.ok(s.secure);
    const sampled = Array.from({ length: 6 }, (_, i) => ({ id: `w${i}`, numExamples: 100 * (i + 1) }));
    const p = s.secure.protection(s.protection, sampled);
    assert.equal(p.weighted, false);
    assert.equal(p.clipRange, 1);
    assert.equal(p.maxExamples, 1);
    assert.equal(p.secureAggregation, "secagg+");
    assert.equal(p.scale, s.shape.encoding?.scale);
    // Fewer sampled workers keep the planned scale (a larger one would outgrow the planned noise).
    assert.equal(s.secure.protection(s.protection, sampled.slice(0, 3)).scale, p.scale);
    assert.ok(p.scale < chooseScale({ clipRange: 1, maxParties: 6 }), "headroom bits were kept for the noise");
    assert.equal(s.plan.sigma2PerWorkerInteger, (1 * s.plan.l2Sensitivity) ** 2 / 4);
  });

  it("distributed + additive: noise planned for every sampled worker", () => {
    const s = buildDpSetup({ ...base, dp: "distributed", secagg: "additive", workers: 5, noise: 1 }, D, 10)!;
    assert.equal(s.shape.minSurvivors, 5);
    assert.equal(s.plan?.minSurvivors, 5);
  });

  it("local: each worker adds N(0, (zC)^2); its ring range leaves room for the noisy values", () => {
    const s = buildDpSetup({ ...base, dp: "local", noise: 2, clip: 0.5 }, D, 10)!;
    assert.equal(s.protection.noiseStd, 1);
    assert.equal(s.protection.ringNoiseSigma2, 0);
    assert.equal(s.secure!.protection(s.protection, [{ id: "a", numExamples: 1 }]).clipRange, 0.5 * (1 + 6 * 2));
  });

  it("additive distributed: a round with fewer trained workers than planned is aborted by the driver before any stage", async () => {
    const s = buildDpSetup({ ...base, dp: "distributed", secagg: "additive", workers: 4, noise: 1 }, D, 10)!;
    assert.ok(s.secure instanceof DpSecureDriver);
    assert.equal(s.secure.minContributors, 4);
    const sessions = Array.from({ length: 3 }, (_, i) => ({ id: `w${i}` }) as WorkerSession); // never sent anything: the check comes first
    const membership = createLocalFederation(["w0", "w1", "w2", "w3"]).membership;
    const r = await s.secure.run({ runId: "r", membership, round: 1, purpose: "fit", participants: sessions, vectorLength: D + 2, deadline: Date.now() + 1000 });
    assert.equal(r.kind, "aborted");
    if (r.kind === "aborted") assert.match(r.reason, /3 workers, fewer than the 4 a released sum must hold/);
  });

  it("the DP secure driver refuses a sum other than the noised updates (round 0's statistics, an evaluation): it would escape the accounting", async () => {
    const s = buildDpSetup({ ...base, dp: "distributed", workers: 4, noise: 1 }, D, 10)!;
    const membership = createLocalFederation(["w0", "w1", "w2", "w3"]).membership;
    for (const purpose of ["stats", "evaluate"] as const) {
      const r = await s.secure!.run({ runId: "r", membership, round: 0, purpose, participants: [], vectorLength: 26, deadline: Date.now() + 1000 });
      assert.equal(r.kind, "aborted");
      if (r.kind === "aborted") assert.match(r.reason, /carries no DP protection/);
    }
  });

  it("SecAgg+: k and t are planned from the expected dropout rate (at least 10%) and pinned in the driver", () => {
    const t = (inputs: Partial<DpInputs>): number => buildDpSetup({ ...base, dp: "distributed", ...inputs }, D, 10)!.shape.minSurvivors;
    assert.equal(t({ workers: 6, dropout: 0 }), 4); // all-to-all: k = 5, c = 1, t = 4
    assert.equal(t({ workers: 40, dropout: 0 }), 17); // planned as 10%: k = 32
    assert.equal(t({ workers: 40, dropout: 0.2 }), 21); // k = 39
    assert.equal(t({ workers: 6, neighbors: 5, threshold: 5 }), 5);
    assert.equal(t({ workers: 6, collusionBound: 3 }), 5); // t > (5 + 3) / 2
  });

  it("wraps the strategy with the run's total workers and planned sample, and stops before the budget", () => {
    const s = buildDpSetup({ ...base, workers: 10, fractionFit: 0.3, noise: 1, epsilonBudget: 50 }, D, 10)!;
    assert.ok(s.strategy === null);
    assert.equal(s.beforeRound(1), null, "nothing to stop before the strategy exists");
    const wrapped = s.wrapStrategy(new FedAvg({ train: TRAIN }), 10);
    const dp = (s as { readonly strategy: unknown }).strategy;
    assert.ok(dp instanceof DifferentialPrivacyStrategy && dp === wrapped);
    assert.equal(dp.plannedSampleRate, 0.3);
    assert.equal(s.beforeRound(1), null);
    assert.equal(modelDimension(getTask("pima").model), 289);
    assert.equal(modelDimension(getTask("boston").model), 13 * 32 + 32 + 32 * 24 + 24 + 24 + 1);
  });
});
