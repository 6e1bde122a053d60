import assert from "node:assert/strict";
import { ERFC_SWITCH, erfc, logAbsBinomials, logAdd, logErfc, logSub, logSumExp } from "../../shared/dp/log-math";
import { relErr } from "./support";

/** 2/sqrt(pi) * integral_x^(x+10) e^{-t^2} dt by Simpson's rule, as an independent reference. */
function erfcByQuadrature(x: number): number {
  const n = 20_000; // even
  const h = 10 / n;
  let s = 0;
  for (let k = 0; k <= n; k++) s += (k === 0 || k === n ? 1 : k % 2 === 1 ? 4 : 2) * Math.exp(-((x + k * h) ** 2));
  return (2 / Math.sqrt(Math.PI)) * (s * h) / 3;
}

describe("dp/log-math", () => {
  // Reference values of erfc (scipy.special.erfc, 17 significant digits; Abramowitz & Stegun table 7.1).
  const table: [number, number][] = [
    [0.5, 0.4795001221869535],
    [1, 0.15729920705028513],
    [2, 0.004677734981047266],
    [3, 2.209049699858544e-5],
    [5, 1.5374597944280349e-12],
    [10, 2.088487583762545e-45],
    [-1, 1.8427007929497148],
  ];

  it("erfc matches tabulated values to 1e-14 relative, on both sides of the series/fraction switch", () => {
    for (const [x, v] of table) {
      assert.ok(relErr(erfc(x), v) < 1e-14, `erfc(${x}) = ${erfc(x)}, expected ${v}`);
      assert.ok(Math.abs(logErfc(x) - Math.log(v)) < 1e-14 * Math.max(1, Math.abs(Math.log(v))), `logErfc(${x})`);
    }
  });

  it("erfc agrees with numerical integration and is continuous at the switch", () => {
    for (const x of [0.1, 0.9, 1.49, 1.51, 2.5, 4]) assert.ok(relErr(erfc(x), erfcByQuadrature(x)) < 1e-11, `x=${x}`);
    const below = erfc(ERFC_SWITCH * (1 - 1e-12));
    const at = erfc(ERFC_SWITCH);
    assert.ok(relErr(below, at) < 1e-11);
  });

  it("erfc(x) + erfc(-x) = 2", () => {
    for (const x of [0.01, 0.7, 1.5, 3, 8]) assert.ok(Math.abs(erfc(x) + erfc(-x) - 2) < 1e-15);
  });

  it("logErfc stays finite and accurate where erfc underflows (asymptotic series check)", () => {
    for (const x of [30, 100, 1e3, 1e5]) {
      const x2 = x * x;
      const series = 1 - 1 / (2 * x2) + 3 / (4 * x2 * x2) - 15 / (8 * x2 ** 3) + 105 / (16 * x2 ** 4) - 945 / (32 * x2 ** 5);
      const expected = -x2 - Math.log(x * Math.sqrt(Math.PI)) + Math.log(series);
      assert.ok(relErr(logErfc(x), expected) < 1e-14, `logErfc(${x})`);
    }
    assert.equal(erfc(40), 0);
    assert.ok(Math.abs(logErfc(-40) - Math.LN2) < 1e-15);
    assert.equal(logErfc(Infinity), -Infinity);
  });

  it("logAdd, logSub and logSumExp are exact on easy cases and stable on hard ones", () => {
    assert.ok(Math.abs(logAdd(Math.log(2), Math.log(3)) - Math.log(5)) < 1e-15);
    assert.equal(logAdd(-Infinity, 4), 4);
    assert.ok(Math.abs(logAdd(1000, 1000) - (1000 + Math.LN2)) < 1e-12);
    assert.ok(Math.abs(logSub(Math.log(5), Math.log(3)) - Math.log(2)) < 1e-15);
    assert.equal(logSub(2, 2), -Infinity);
    assert.equal(logSub(2, -Infinity), 2);
    assert.throws(() => logSub(1, 2), RangeError);
    assert.ok(Math.abs(logSub(1e-20, 0) - Math.log(1e-20)) < 1e-9, "log(e^eps - 1) for tiny eps");
    assert.ok(Math.abs(logSumExp([800, 800, 800]) - (800 + Math.log(3))) < 1e-12);
    assert.equal(logSumExp([]), -Infinity);
  });

  it("logAbsBinomials gives |binom(alpha, i)| and its sign, for integer and real alpha", () => {
    const int = logAbsBinomials(6, 9);
    const exact = [1, 6, 15, 20, 15, 6, 1, 0, 0];
    exact.forEach((b, i) => {
      assert.ok(b === 0 ? int.logAbs[i] === -Infinity : Math.abs(Math.exp(int.logAbs[i]!) - b) < 1e-12 * b);
    });
    const frac = logAbsBinomials(2.5, 6);
    // binom(2.5, i) = 1, 2.5, 1.875, 0.3125, -0.0390625, 0.01171875
    const values = [1, 2.5, 1.875, 0.3125, -0.0390625, 0.01171875];
    values.forEach((b, i) => {
      assert.equal(frac.sign[i], Math.sign(b));
      assert.ok(relErr(Math.exp(frac.logAbs[i]!), Math.abs(b)) < 1e-14);
    });
  });
});
