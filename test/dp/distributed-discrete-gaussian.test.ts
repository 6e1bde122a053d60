import assert from "node:assert/strict";
import { addDiscreteGaussianNoise, discreteGaussianVariance } from "../../shared/dp/discrete-gaussian";
import {
  distributedTau,
  planDistributedNoise,
  rdpDistributedDiscreteGaussian,
  rdpDistributedDiscreteGaussianAt,
} from "../../shared/dp/distributed-discrete-gaussian";
import { DpConfigError } from "../../shared/dp/dp-config-error";
import { DEFAULT_RDP_ORDERS, epsilonFromRdp, rdpSampledGaussian, rdpSampledGaussianAt } from "../../shared/dp/rdp";
import { RdpAccountant } from "../../shared/dp/rdp-accountant";
import { seededRandomSource } from "../../shared/dp/random-source";
import { rdpSubsampled, rdpSubsampledIntegerBound } from "../../shared/dp/subsampled-rdp";
import { relErr } from "./support";

/** Zhu & Wang 2019 Theorem 5 written out in plain arithmetic (small alpha only), as a reference. */
function theorem5Plain(eps: (a: number) => number, q: number, alpha: number): number {
  const binom = (n: number, k: number): number => {
    let b = 1;
    for (let i = 0; i < k; i++) b = (b * (n - i)) / (i + 1);
    return b;
  };
  let s = (1 - q) ** (alpha - 1) * (alpha * q - q + 1) + binom(alpha, 2) * q * q * (1 - q) ** (alpha - 2) * Math.exp(eps(2));
  for (let l = 3; l <= alpha; l++) s += 3 * binom(alpha, l) * q ** l * (1 - q) ** (alpha - l) * Math.exp((l - 1) * eps(l));
  return Math.log(s) / (alpha - 1);
}

describe("dp/distributed-discrete-gaussian", () => {
  const base = { noiseMultiplier: 1.1, clip: 0.5, scale: 2 ** 12, dimension: 10_000, minSurvivors: 8, maxWorkers: 12 };

  it("computes the sensitivities honestly: C*scale plus the rounding slack sqrt(d)*(1/2 + 2^-19) (nearest) or sqrt(d) (stochastic)", () => {
    const p = planDistributedNoise(base);
    const slack = 100 * (0.5 + 2 ** -19);
    assert.equal(p.l2Sensitivity, 0.5 * 4096 + slack);
    assert.equal(p.l1Sensitivity, Math.min(100 * p.l2Sensitivity, p.l2Sensitivity ** 2));
    assert.ok(relErr(p.roundingInflation, (2048 + slack) / 2048) < 1e-15);
    const s = planDistributedNoise({ ...base, rounding: "stochastic" });
    assert.equal(s.l2Sensitivity, 2048 + 100);
    const tiny = planDistributedNoise({ ...base, clip: 1, scale: 1, dimension: 100 }); // Delta2 = 1 + ~5 < sqrt(d)
    assert.equal(tiny.l1Sensitivity, tiny.l2Sensitivity ** 2, "on integers L1 <= L2^2 can be the smaller bound");
  });

  it("sets each worker's noise so that the minimum number of survivors already carries z * Delta2", () => {
    const p = planDistributedNoise(base);
    assert.ok(relErr(Math.sqrt(p.minSurvivors * p.sigma2PerWorkerInteger), 1.1 * p.l2Sensitivity) < 1e-14);
    assert.ok(relErr(p.totalNoiseStdReal, (1.1 * p.l2Sensitivity) / 4096) < 1e-14);
    // Planning for more dropouts (fewer guaranteed survivors) means more noise per worker.
    const fewer = planDistributedNoise({ ...base, minSurvivors: 4 });
    assert.ok(relErr(fewer.sigma2PerWorkerInteger, 2 * p.sigma2PerWorkerInteger) < 1e-14);
  });

  it("the sum of the survivors' sampled noise has the planned variance", () => {
    const p = planDistributedNoise({ ...base, dimension: 2000, scale: 64, minSurvivors: 5, maxWorkers: 5 });
    const rng = seededRandomSource(77);
    const sum = new Uint32Array(2000);
    for (let w = 0; w < 5; w++) {
      const noisy = addDiscreteGaussianNoise(new Uint32Array(2000), p.sigma2PerWorkerInteger, rng);
      for (let i = 0; i < sum.length; i++) sum[i] = (sum[i]! + noisy[i]!) >>> 0;
    }
    let v = 0;
    for (const x of sum) v += (x | 0) ** 2;
    v /= sum.length;
    const expected = 5 * discreteGaussianVariance(p.sigma2PerWorkerInteger);
    assert.ok(Math.abs(v / expected - 1) < 5 * Math.sqrt(2 / sum.length), `${v} vs ${expected}`);
  });

  it("tau is 0 for one share, grows with the shares, and vanishes for sigma_w of a few units", () => {
    assert.equal(distributedTau(0.3, 1), 0);
    assert.ok(distributedTau(0.3, 10) > distributedTau(0.3, 5));
    assert.ok(distributedTau(0.3, 10) > distributedTau(0.5, 10));
    for (const [s2, m] of [[0.25, 100], [1, 7]] as const) assert.ok(distributedTau(s2, m) <= 10 * (m - 1) * Math.exp(-(Math.PI ** 2) * s2));
    assert.ok(distributedTau(9, 1000) < 1e-35);
  });

  it("unsampled, with tau = 0 the RDP is the Gaussian's alpha / (2 z^2); tau only adds", () => {
    const p = planDistributedNoise(base);
    assert.equal(p.tau, 0);
    for (const a of [1.5, 2, 10, 63]) assert.ok(relErr(rdpDistributedDiscreteGaussianAt(p, a), a / (2 * 1.1 ** 2)) < 1e-12);
    const withTau = { ...p, tau: 1e-6 };
    for (const a of [1.5, 2, 10, 63]) assert.ok(rdpDistributedDiscreteGaussianAt(withTau, a) > a / (2 * 1.1 ** 2));
    const sqrtD = Math.sqrt(p.dimension);
    const a2 = 1 / 1.1;
    assert.ok(relErr(rdpDistributedDiscreteGaussianAt(withTau, 4), Math.min(2 * a2 * a2 + 1e-6 * p.dimension, 2 * (a2 + sqrtD * 1e-6) ** 2, 2 * (a2 * a2 + 2 * (p.l1Sensitivity / (1.1 * p.l2Sensitivity)) * 1e-6 + 1e-12 * p.dimension))) < 1e-12);
  });

  it("Zhu-Wang Theorem 5 in log space equals the plain-arithmetic formula", () => {
    const eps = (a: number): number => a / (2 * 0.9 ** 2) + 0.01;
    for (const [q, a] of [[0.05, 2], [0.05, 7], [0.3, 12], [0.01, 20]] as const) {
      assert.ok(relErr(rdpSubsampledIntegerBound(eps, q, a), theorem5Plain(eps, q, a)) < 1e-12, `q=${q} alpha=${a}`);
    }
  });

  it("for the Gaussian curve, the general subsampling bound is above the exact sampled-Gaussian RDP and below the unsampled one", () => {
    for (const z of [0.8, 1.1, 2]) {
      const eps = (a: number): number => a / (2 * z * z);
      for (const q of [0.01, 0.1, 0.5]) {
        for (const a of [1.3, 2, 2.5, 3, 7.7, 12, 40]) {
          const bound = rdpSubsampled(eps, q, a);
          const exact = rdpSampledGaussianAt(q, z, a);
          assert.ok(bound >= exact * (1 - 1e-12), `z=${z} q=${q} alpha=${a}: bound ${bound} < exact ${exact}`);
          assert.ok(bound <= eps(a));
        }
      }
    }
    assert.equal(rdpSubsampled((a) => a, 0, 3), 0);
    assert.equal(rdpSubsampled((a) => a, 1, 3), 3);
  });

  it("one round's RDP plugs into the accountant; epsilon is at least the central mode's for the same z", () => {
    const p = planDistributedNoise(base);
    const ddg = new RdpAccountant();
    const central = new RdpAccountant();
    ddg.stepRdp(rdpDistributedDiscreteGaussian(p, 0.1), 100, "ddg");
    central.step(1.1, 0.1, 100);
    const e1 = ddg.getEpsilon(1e-5).epsilon;
    const e0 = central.getEpsilon(1e-5).epsilon;
    assert.ok(e1 >= e0 && e1 < 1.5 * e0, `${e1} vs ${e0}`);
    const unsampled = epsilonFromRdp(DEFAULT_RDP_ORDERS, rdpDistributedDiscreteGaussian(p, 1), 1e-5).epsilon;
    const gaussianUnsampled = epsilonFromRdp(DEFAULT_RDP_ORDERS, rdpSampledGaussian(1, 1.1), 1e-5).epsilon;
    assert.ok(relErr(unsampled, gaussianUnsampled) < 1e-12, "with q = 1 and tau = 0 it is exactly the Gaussian");
  });

  it("refuses noise too small for the analysis, and flags a sum that would wrap the 32-bit ring", () => {
    assert.throws(
      () => planDistributedNoise({ ...base, scale: 0.5, clip: 0.5, dimension: 1, noiseMultiplier: 0.3, minSurvivors: 50, maxWorkers: 50 }),
      (e: unknown) => e instanceof DpConfigError && e.code === "noise-too-small-for-ring" && /fixed-point scale/.test(e.message),
    );
    assert.equal(planDistributedNoise({ ...base, scale: 2 ** 24, maxWorkers: 1000 }).fitsInRing, false);
    assert.equal(planDistributedNoise(base).fitsInRing, true);
    assert.throws(() => planDistributedNoise({ ...base, maxWorkers: 3 }), DpConfigError);
    assert.throws(() => planDistributedNoise({ ...base, minSurvivors: 0 }), DpConfigError);
    assert.throws(() => planDistributedNoise({ ...base, dimension: 1.5 }), DpConfigError);
  });
});
