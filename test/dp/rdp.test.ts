import assert from "node:assert/strict";
import {
  DEFAULT_RDP_ORDERS,
  epsilonAtOrder,
  epsilonFromRdp,
  logAFractional,
  logAInteger,
  rdpSampledGaussian,
  rdpSampledGaussianAt,
} from "../../shared/dp/rdp";
import { aIntegerPlain, logANumeric, relErr } from "./support";

/** The orders of tensorflow-privacy's compute_dp_sgd_privacy_lib.py / compute_noise_from_budget_lib.py. */
const TF_PRIVACY_ORDERS = [1.25, 1.5, 1.75, 2, 2.25, 2.5, 3, 3.5, 4, 4.5, ...Array.from({ length: 59 }, (_, i) => 5 + i), 128, 256, 512];

describe("dp/rdp: the sampled Gaussian mechanism", () => {
  it("uses Opacus's default orders: 1.1..10.9 by 0.1, then 12..63", () => {
    assert.equal(DEFAULT_RDP_ORDERS.length, 99 + 52);
    assert.equal(DEFAULT_RDP_ORDERS[0], 1.1);
    assert.equal(DEFAULT_RDP_ORDERS[98], 10.9);
    assert.equal(DEFAULT_RDP_ORDERS[99], 12);
    assert.equal(DEFAULT_RDP_ORDERS.at(-1), 63);
    assert.deepEqual(DEFAULT_RDP_ORDERS.filter((a) => Number.isInteger(a) && a <= 10), [2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });

  it("q = 1 is the Gaussian mechanism: alpha / (2 z^2) exactly; q = 0 is free; z = 0 is unbounded", () => {
    for (const [z, a] of [[10, 20], [0.7, 1.5], [2.71828, 3.14159]] as const) assert.equal(rdpSampledGaussianAt(1, z, a), a / (2 * z * z));
    assert.equal(rdpSampledGaussianAt(0, 1, 7.5), 0);
    assert.equal(rdpSampledGaussianAt(0.1, 0, 7.5), Infinity);
    assert.equal(rdpSampledGaussianAt(0.1, 1, Infinity), Infinity);
  });

  it("integer orders: the log-space sum equals the plain binomial sum", () => {
    for (const [q, z, a] of [[0.01, 1.1, 2], [0.04, 1.5, 12], [0.3, 0.8, 30], [1e-3, 5, 63]] as const) {
      assert.ok(relErr(logAInteger(q, z, a), Math.log(aIntegerPlain(q, z, a))) < 1e-12, `q=${q} z=${z} alpha=${a}`);
    }
  });

  // The (q, z, alpha) cases of tensorflow-privacy rdp_accountant_test.py and dp_accounting
  // rdp_privacy_accountant_test.py (test_compute_log_a_equals_mp), which compare with an
  // mpmath integral; here the reference is our own trapezoid integral of A_alpha.
  const integralCases: [number, number, number][] = [
    [1e-7, 0.1, 1.01], [1e-6, 0.1, 256], [1e-5, 0.1, 256.1], [1e-6, 1, 27], [1e-4, 1, 1.5],
    [1e-3, 1, 2], [0.01, 10, 20], [0.1, 100, 20.5], [0.99, 0.1, 256], [0.999, 100, 256.1],
    [0.01, 2.5, 1.5], [0.04, 1.5, 3.9], [0.5, 0.7, 7.3],
  ];
  it("log(A_alpha) equals numerical integration of its definition, integer and fractional orders", () => {
    for (const [q, z, a] of integralCases) {
      const mine = Number.isInteger(a) ? logAInteger(q, z, a) : logAFractional(q, z, a);
      const ref = logANumeric(q, z, a);
      assert.ok(Math.abs(mine - ref) < 1e-12 + 1e-9 * Math.abs(ref), `q=${q} z=${z} alpha=${a}: ${mine} vs ${ref}`);
    }
  });

  it("RDP grows with the order and falls with the noise", () => {
    const r = rdpSampledGaussian(0.05, 1.2);
    for (let k = 1; k < r.length; k++) assert.ok(r[k]! >= r[k - 1]!, `order ${DEFAULT_RDP_ORDERS[k]}`);
    const quieter = rdpSampledGaussian(0.05, 1.5);
    quieter.forEach((v, k) => assert.ok(v < r[k]!));
  });

  describe("published values", () => {
    it("Opacus accountants_test.py test_rdp_accountant: z=1.5, q=0.04, 2250 steps, delta=1e-5 -> 7.32911117143", () => {
      const steps = Math.trunc(90 / 0.04);
      assert.equal(steps, 2250);
      const { epsilon } = epsilonFromRdp(DEFAULT_RDP_ORDERS, rdpSampledGaussian(0.04, 1.5, DEFAULT_RDP_ORDERS, steps), 1e-5);
      assert.ok(relErr(epsilon, 7.32911117143) < 1e-6, `${epsilon}`);
      assert.ok(Math.abs(epsilon - 7.32911117143) < 5e-8, "assertAlmostEqual's 7 places");
    });

    it("Opacus analysis/rdp.py docstring: [(1e-5, 1.0, 10), (1e-4, 3.0, 4)], orders 2..32 -> (0.336, 23)", () => {
      const orders = Array.from({ length: 31 }, (_, i) => 2 + i);
      const a = rdpSampledGaussian(1e-5, 1, orders, 10);
      const b = rdpSampledGaussian(1e-4, 3, orders, 4);
      const { epsilon, order } = epsilonFromRdp(orders, a.map((v, k) => v + b[k]!), 1e-5);
      assert.equal(epsilon.toFixed(3), "0.336");
      assert.equal(order, 23);
    });

    it("tensorflow-privacy rdp_accountant_test.py: compute_rdp(0.1, 2, 10, 5) = 0.07737 and the sequence case", () => {
      assert.ok(Math.abs(rdpSampledGaussian(0.1, 2, [5], 10)[0]! - 0.07737) < 5e-6);
      const got = rdpSampledGaussian(0.01, 2.5, [1.5, 2.5, 5, 50, 100, Infinity], 50);
      [0.00065, 0.001085, 0.00218075, 0.023846, 167.416307].forEach((v, k) => assert.ok(Math.abs(got[k]! - v) < 1e-5, `order index ${k}`));
      assert.equal(got[5], Infinity);
    });

    it("dp_accounting rdp_privacy_accountant_test.py: integer orders 5, 50, 100 to 1e-6 relative", () => {
      const got = rdpSampledGaussian(0.01, 2.5, [5, 50, 100], 50);
      [2.18075656e-3, 2.38460375e-2, 1.67416308e2].forEach((v, k) => assert.ok(relErr(got[k]!, v) < 1e-6, `${got[k]} vs ${v}`));
    });

    it("at fractional orders we follow Opacus's signed series, which the integral confirms (dp_accounting's 6.7058e-4 at 1.5 sums |terms|)", () => {
      const got = rdpSampledGaussian(0.01, 2.5, [1.5], 50)[0]!;
      const exact = (logANumeric(0.01, 2.5, 1.5) / 0.5) * 50;
      assert.ok(relErr(got, exact) < 1e-8);
      assert.ok(Math.abs(got - 0.00065) < 1e-5, "tensorflow-privacy / Opacus value");
      assert.ok(got < 6.70579741e-4 * 0.98, "dp_accounting's value is an over-estimate");
    });

    // tensorflow-privacy compute_dp_sgd_privacy_test.py (backed by dp_accounting: improved conversion):
    // (n, batch, z, epochs, delta) -> (epsilon, order), q = batch/n, steps = ceil(epochs n / batch).
    // The same cases' epsilons under the classic conversion are the targets of the older
    // compute_noise_from_budget_test.py (0.941870567, 1.70928734, 5907984.81339406).
    const cases: [number, number, number, number, number, number, number, number][] = [
      [60000, 150, 1.3, 15, 1e-5, 0.7242234026109595, 19, 0.941870567],
      [100000, 100, 1.0, 30, 1e-7, 1.4154988495444842, 13, 1.70928734],
      [100000000, 1024, 0.1, 10, 1e-7, 5907982.3113978775, 1.25, 5907984.81339406],
    ];
    for (const [n, batch, z, epochs, delta, eps, order, classicEps] of cases) {
      it(`tensorflow-privacy DP-SGD case n=${n} batch=${batch} z=${z}: improved ${eps}, classic ${classicEps}`, () => {
        const rdp = rdpSampledGaussian(batch / n, z, TF_PRIVACY_ORDERS, Math.ceil((epochs * n) / batch));
        const improved = epsilonFromRdp(TF_PRIVACY_ORDERS, rdp, delta, "improved");
        assert.ok(relErr(improved.epsilon, eps) < 1e-9, `${improved.epsilon}`);
        assert.equal(improved.order, order);
        const classic = epsilonFromRdp(TF_PRIVACY_ORDERS, rdp, delta, "classic");
        assert.ok(relErr(classic.epsilon, classicEps) < 1e-8, `${classic.epsilon}`);
      });
    }
  });

  describe("conversion to (epsilon, delta)", () => {
    it("pure DP: constant RDP 1.1 at orders 2..32, delta=1e-5 -> 1.32783806176 at order 32 (dp_accounting test)", () => {
      const orders = Array.from({ length: 31 }, (_, i) => 2 + i);
      const { epsilon, order } = epsilonFromRdp(orders, new Array<number>(31).fill(1.1), 1e-5);
      assert.ok(Math.abs(epsilon - 1.32783806176) < 1e-10);
      assert.equal(order, 32);
    });

    it("the Gaussian with z = 4.530877117 is (1, 1e-6)-DP over a fine grid of orders (dp_accounting test)", () => {
      const orders = Array.from({ length: 99_000 }, (_, i) => 0.001 * (i + 1000)).filter((a) => a > 1);
      const { epsilon } = epsilonFromRdp(orders, rdpSampledGaussian(1, 4.530877117, orders), 1e-6);
      assert.ok(Math.abs(epsilon - 1) < 5e-8);
    });

    it("classic is rdp - log(delta)/(alpha-1); improved is never larger", () => {
      assert.equal(epsilonAtOrder(0.5, 3, 1e-5, "classic"), 0.5 - Math.log(1e-5) / 2);
      assert.ok(Math.abs(epsilonAtOrder(0.5, 3, 1e-5, "improved") - (0.5 + Math.log(2 / 3) - (Math.log(1e-5) + Math.log(3)) / 2)) < 1e-15);
      for (const a of DEFAULT_RDP_ORDERS) for (const d of [1e-3, 1e-8]) assert.ok(epsilonAtOrder(0.3, a, d, "improved") < epsilonAtOrder(0.3, a, d, "classic"));
    });

    it("reports Infinity when no order is finite, clamps a negative minimum to 0, and checks its inputs", () => {
      assert.deepEqual(epsilonFromRdp([2, 3], [Infinity, Infinity], 1e-5), { epsilon: Infinity, order: NaN });
      assert.equal(epsilonFromRdp([63], [0], 0.9).epsilon, 0);
      assert.throws(() => epsilonFromRdp([2, 3], [1], 1e-5), RangeError);
      assert.throws(() => epsilonFromRdp([2], [1], 0), RangeError);
      assert.throws(() => epsilonFromRdp([2], [1], 1), RangeError);
      assert.throws(() => rdpSampledGaussian(1.5, 1), RangeError);
      assert.throws(() => rdpSampledGaussian(0.5, -1), RangeError);
    });
  });
});
