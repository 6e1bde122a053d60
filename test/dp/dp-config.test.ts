import assert from "node:assert/strict";
import { DpConfigError, type DpErrorCode } from "../../shared/dp/dp-config-error";
import {
  localReportNoiseMultiplier,
  noiseStdForMode,
  stepAccountantForRound,
  validateDpConfig,
  type DpConfig,
  type DpRunShape,
} from "../../shared/dp/dp-config";
import { rdpDistributedDiscreteGaussian } from "../../shared/dp/distributed-discrete-gaussian";
import { RdpAccountant } from "../../shared/dp/rdp-accountant";

const good: DpConfig = { mode: "central", noiseMultiplier: 1.1, clip: 1, delta: 1e-5 };
const shape: DpRunShape = { workersPerRound: 10, minSurvivors: 8, sampleRate: 0.1, rounds: 100 };

function throwsCode(fn: () => unknown, code: DpErrorCode, mention: RegExp): void {
  assert.throws(fn, (e: unknown) => {
    assert.ok(e instanceof DpConfigError, `expected a DpConfigError, got ${String(e)}`);
    assert.equal(e.code, code);
    assert.match(e.message, mention);
    return true;
  });
}

describe("dp/dp-config", () => {
  describe("bad input is refused before training, each with a code and a sentence", () => {
    it("noise not positive", () => {
      for (const z of [0, -1, NaN, Infinity]) throwsCode(() => validateDpConfig({ ...good, noiseMultiplier: z }, shape), "noise-not-positive", /--noise/);
    });
    it("clip not positive", () => {
      for (const c of [0, -0.5, NaN]) throwsCode(() => validateDpConfig({ ...good, clip: c }, shape), "clip-not-positive", /--clip/);
    });
    it("delta outside (0, 1)", () => {
      for (const d of [0, 1, -1e-5, 2, NaN]) throwsCode(() => validateDpConfig({ ...good, delta: d }, shape), "delta-out-of-range", /--delta/);
    });
    it("sampling outside (0, 1]", () => {
      for (const q of [0, -0.1, 1.01, NaN]) throwsCode(() => validateDpConfig(good, { ...shape, sampleRate: q }), "sampling-out-of-range", /sampling rate/);
      assert.doesNotThrow(() => validateDpConfig(good, { ...shape, sampleRate: 1 }));
    });
    it("an epsilon budget already exceeded after round 1", () => {
      throwsCode(() => validateDpConfig({ ...good, noiseMultiplier: 0.3, epsilonBudget: 1 }, { ...shape, sampleRate: 1 }), "budget-exceeded-at-round-1", /--epsilon-budget/);
      throwsCode(() => validateDpConfig({ ...good, epsilonBudget: 0 }, shape), "budget-not-positive", /--epsilon-budget/);
      // A budget that round 1 fits but the whole run does not is fine: training stops before it is exceeded.
      const s = validateDpConfig({ ...good, epsilonBudget: 2 }, shape);
      assert.ok(s.afterFirstRound.epsilon <= 2 && s.afterAllRounds.epsilon > 2);
    });
    it("distributed DP with fewer workers than it needs", () => {
      const d: DpConfig = { ...good, mode: "distributed" };
      throwsCode(() => validateDpConfig(d, { ...shape, workersPerRound: 1, minSurvivors: 1 }), "too-few-workers", /at least 2 workers/);
      throwsCode(() => validateDpConfig(d, { ...shape, workersPerRound: 5, minSurvivors: 8 }), "too-few-workers", /threshold \(8\)/);
      assert.doesNotThrow(() => validateDpConfig({ ...good, mode: "central" }, { ...shape, workersPerRound: 1, minSurvivors: 1 }));
    });
    it("rounds and survivors must be positive integers", () => {
      throwsCode(() => validateDpConfig(good, { ...shape, rounds: 0 }), "rounds-not-positive", /rounds/);
      throwsCode(() => validateDpConfig(good, { ...shape, minSurvivors: 0 }), "survivors-out-of-range", /surviving/);
    });
    it("a distributed encoding that would wrap the ring", () => {
      throwsCode(
        () => validateDpConfig({ ...good, mode: "distributed" }, { ...shape, workersPerRound: 1000, encoding: { scale: 2 ** 24, dimension: 100 } }),
        "ring-overflow",
        /fixed-point scale/,
      );
    });
  });

  it("summarises epsilon after round 1 and after all rounds, matching a hand-stepped accountant", () => {
    const s = validateDpConfig(good, shape);
    const acc = new RdpAccountant();
    acc.step(1.1, 0.1);
    assert.deepEqual(s.afterFirstRound, acc.getEpsilon(1e-5));
    acc.step(1.1, 0.1, 99);
    assert.ok(Math.abs(s.afterAllRounds.epsilon - acc.getEpsilon(1e-5).epsilon) < 1e-12);
    const classic = validateDpConfig({ ...good, conversion: "classic" }, shape);
    assert.ok(classic.afterAllRounds.epsilon > s.afterAllRounds.epsilon);
  });

  it("distributed mode accounts with the distributed discrete Gaussian when the encoding is known", () => {
    const cfg: DpConfig = { ...good, mode: "distributed" };
    const withEnc: DpRunShape = { ...shape, encoding: { scale: 4096, dimension: 5000 } };
    const s = validateDpConfig(cfg, withEnc);
    assert.ok(s.plan !== undefined);
    const acc = new RdpAccountant();
    stepAccountantForRound(acc, cfg, withEnc);
    assert.deepEqual(acc.history, [{ kind: "rdp", label: "distributed-discrete-gaussian", rdp: Array.from(rdpDistributedDiscreteGaussian(s.plan, 0.1)), steps: 1 }]);
    const central = validateDpConfig(good, shape);
    assert.ok(s.afterAllRounds.epsilon >= central.afterAllRounds.epsilon);
    assert.equal(s.exact, true);
    // Without the encoding only a lower bound is known: flagged, and the accountant refuses to guess.
    const rough = validateDpConfig(cfg, shape);
    assert.equal(rough.exact, false);
    assert.ok(rough.afterAllRounds.epsilon <= s.afterAllRounds.epsilon);
    throwsCode(() => stepAccountantForRound(new RdpAccountant(), cfg, shape), "encoding-invalid", /encoding/);
  });

  it("tells who adds which noise in each mode", () => {
    assert.deepEqual(noiseStdForMode({ ...good, clip: 2 }, 10), { mode: "central", addedBy: "coordinator", stdOnSum: 2.2 });
    // Through the ring the decoded sum holds rounded updates: the coordinator covers the rounding slack too.
    const ring = noiseStdForMode({ ...good, clip: 2 }, 10, { scale: 1000, dimension: 10_000 });
    assert.ok(ring.mode === "central" && Math.abs(ring.stdOnSum - 1.1 * (2 + (100 * (0.5 + 2 ** -19)) / 1000)) < 1e-12);
    assert.deepEqual(noiseStdForMode({ ...good, mode: "local", clip: 2 }, 10), { mode: "local", addedBy: "each-worker", stdPerWorker: 2.2 });
    const d = noiseStdForMode({ ...good, mode: "distributed" }, 10, { scale: 1024, dimension: 400, minSurvivors: 6 });
    assert.equal(d.mode, "distributed");
    if (d.mode === "distributed") {
      assert.ok(Math.abs(Math.sqrt(6 * d.sigma2PerWorkerInteger) - 1.1 * (1024 + 20 * (0.5 + 2 ** -19))) < 1e-9);
      assert.equal(d.plan.minSurvivors, 6);
    }
    throwsCode(() => noiseStdForMode({ ...good, mode: "distributed" }, 10), "encoding-invalid", /scale/);
    assert.equal(localReportNoiseMultiplier(good), 0.55);
  });
});
