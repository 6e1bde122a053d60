import assert from "node:assert/strict";
import { DpConfigError } from "../../shared/dp/dp-config-error";
import { DEFAULT_RDP_ORDERS, epsilonFromRdp, rdpSampledGaussian } from "../../shared/dp/rdp";
import { RdpAccountant, solveNoiseMultiplier } from "../../shared/dp/rdp-accountant";
import { relErr } from "./support";

const TF_PRIVACY_ORDERS = [1.25, 1.5, 1.75, 2, 2.25, 2.5, 3, 3.5, 4, 4.5, ...Array.from({ length: 59 }, (_, i) => 5 + i), 128, 256, 512];

describe("dp/rdp-accountant", () => {
  it("step by step reproduces Opacus's test_rdp_accountant (7.32911117143), with one merged history entry", () => {
    const acc = new RdpAccountant();
    for (let i = 0; i < 2250; i++) acc.step(1.5, 0.04);
    const { epsilon, order } = acc.getEpsilon(1e-5);
    assert.ok(relErr(epsilon, 7.32911117143) < 1e-6);
    assert.equal(order, 3.9);
    assert.deepEqual(acc.history, [{ kind: "sampled-gaussian", noiseMultiplier: 1.5, sampleRate: 0.04, steps: 2250 }]);
  });

  it("composes heterogeneous steps by summing RDP per order", () => {
    const acc = new RdpAccountant();
    acc.step(1.1, 0.01, 100);
    acc.step(2.0, 0.1, 30);
    acc.step(1.1, 0.01, 5);
    const second = rdpSampledGaussian(0.1, 2, DEFAULT_RDP_ORDERS, 30);
    const expected = rdpSampledGaussian(0.01, 1.1, DEFAULT_RDP_ORDERS, 105).map((v, k) => v + second[k]!);
    acc.rdp().forEach((v, k) => assert.ok(relErr(v, expected[k]!) < 1e-12));
    assert.equal(acc.history.length, 3);
    assert.deepEqual(acc.getEpsilon(1e-5), epsilonFromRdp(DEFAULT_RDP_ORDERS, acc.rdp(), 1e-5));
    assert.ok(acc.getEpsilon(1e-5, "classic").epsilon > acc.getEpsilon(1e-5).epsilon);
  });

  it("epsilon never decreases as rounds go by", () => {
    const acc = new RdpAccountant();
    let last = 0;
    for (let round = 0; round < 50; round++) {
      acc.step(0.9, 0.2);
      const e = acc.getEpsilon(1e-5).epsilon;
      assert.ok(e > last);
      last = e;
    }
  });

  it("stepRdp adds an arbitrary mechanism's curve, and checks its length and sign", () => {
    const acc = new RdpAccountant([2, 4, 8]);
    acc.stepRdp([0.1, 0.2, 0.4], 3, "laplace-ish");
    acc.stepRdp([0.1, 0.2, 0.4], 2, "laplace-ish");
    assert.deepEqual(Array.from(acc.rdp()).map((v) => +v.toFixed(12)), [0.5, 1, 2]);
    assert.deepEqual(acc.history, [{ kind: "rdp", label: "laplace-ish", rdp: [0.1, 0.2, 0.4], steps: 5 }]);
    assert.throws(() => acc.stepRdp([0.1, 0.2], 1), RangeError);
    assert.throws(() => acc.stepRdp([0.1, -0.2, 0.3], 1), RangeError);
    assert.throws(() => acc.step(1, 0.1, 1.5), RangeError);
  });

  it("previewStep tells the epsilon of the next round without taking it (for budget stops)", () => {
    const acc = new RdpAccountant();
    acc.step(1.0, 0.1, 10);
    const before = acc.getEpsilon(1e-5);
    const preview = acc.previewStep(1.0, 0.1, 1e-5);
    assert.deepEqual(acc.getEpsilon(1e-5), before);
    acc.step(1.0, 0.1);
    assert.deepEqual(acc.getEpsilon(1e-5), preview);
    const r = rdpSampledGaussian(0.1, 1.0);
    assert.deepEqual(acc.previewStepRdp(r, 1e-5), acc.previewStep(1.0, 0.1, 1e-5));
  });

  it("survives a checkpoint: toJSON / fromJSON round trip, and rejects a malformed snapshot", () => {
    const acc = new RdpAccountant();
    acc.step(1.2, 0.05, 40);
    acc.stepRdp(rdpSampledGaussian(0.05, 3), 2, "ddg");
    const copy = RdpAccountant.fromJSON(JSON.parse(JSON.stringify(acc)));
    assert.deepEqual(copy.getEpsilon(1e-6), acc.getEpsilon(1e-6));
    assert.deepEqual(copy.history, acc.history);
    assert.throws(() => RdpAccountant.fromJSON({ version: 2, orders: [2], history: [] }), TypeError);
    assert.throws(() => RdpAccountant.fromJSON({ version: 1, orders: [2], history: [{ kind: "sampled-gaussian", noiseMultiplier: "1" }] }), TypeError);
    assert.throws(() => RdpAccountant.fromJSON({ version: 1, orders: [2], history: [{ kind: "magic", steps: 1 }] }), TypeError);
    assert.throws(() => RdpAccountant.fromJSON({ version: 1, orders: [0.5], history: [] }), RangeError);
  });

  describe("solveNoiseMultiplier", () => {
    it("Opacus accountants_test.py: eps=8, delta=1e-5, q=0.04, 2000 steps -> 1.3562 (4 places)", () => {
      const r = solveNoiseMultiplier({ targetEpsilon: 8, delta: 1e-5, sampleRate: 0.04, steps: 2000 });
      assert.ok(Math.abs(r.noiseMultiplier - 1.3562) < 5e-5, `${r.noiseMultiplier}`);
      assert.ok(r.epsilon <= 8 && r.epsilon > 8 - 0.01);
    });

    it("Opacus accountants_test.py: eps=8, 90 epochs at q=0.04 (2250 steps) -> 1.416 (4 places)", () => {
      const r = solveNoiseMultiplier({ targetEpsilon: 8, delta: 1e-5, sampleRate: 0.04, steps: Math.trunc(90 / 0.04) });
      assert.ok(Math.abs(r.noiseMultiplier - 1.416) < 5e-5, `${r.noiseMultiplier}`);
    });

    it("tensorflow-privacy compute_noise_from_budget_test.py (classic conversion): epsilon 0.941870567 -> z = 1.3", () => {
      const r = solveNoiseMultiplier({
        targetEpsilon: 0.941870567,
        delta: 1e-5,
        sampleRate: 150 / 60000,
        steps: 6000,
        conversion: "classic",
        orders: TF_PRIVACY_ORDERS,
        epsilonTolerance: 1e-10,
      });
      assert.ok(Math.abs(r.noiseMultiplier - 1.3) < 1e-7, `${r.noiseMultiplier}`);
    });

    it("returns the smallest multiplier within tolerance: its epsilon is <= target, a little less noise exceeds it", () => {
      for (const [target, q, steps] of [[1, 0.01, 1000], [3, 0.1, 50], [10, 1, 20]] as const) {
        const r = solveNoiseMultiplier({ targetEpsilon: target, delta: 1e-5, sampleRate: q, steps, epsilonTolerance: 1e-4 });
        assert.ok(r.epsilon <= target && target - r.epsilon <= 1e-4);
        const less = epsilonFromRdp(DEFAULT_RDP_ORDERS, rdpSampledGaussian(q, r.noiseMultiplier * 0.99, DEFAULT_RDP_ORDERS, steps), 1e-5);
        assert.ok(less.epsilon > target);
      }
    });

    it("refuses an unreachable target with an actionable error", () => {
      assert.throws(
        () => solveNoiseMultiplier({ targetEpsilon: 0.05, delta: 1e-5, sampleRate: 0.04, steps: 2000 }),
        (e: unknown) => e instanceof DpConfigError && e.code === "epsilon-unreachable" && /raise the target epsilon/.test(e.message),
      );
      assert.throws(() => solveNoiseMultiplier({ targetEpsilon: -1, delta: 1e-5, sampleRate: 0.04, steps: 10 }), DpConfigError);
    });
  });
});
