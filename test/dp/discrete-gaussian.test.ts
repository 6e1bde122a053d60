import assert from "node:assert/strict";
import {
  addDiscreteGaussianNoise,
  bernoulliBig,
  ratioEstimate,
  discreteGaussianSampler,
  discreteGaussianVariance,
  sampleDiscreteGaussian,
  type Sigma2,
} from "../../shared/dp/discrete-gaussian";
import { isqrt, rational, rationalFromNumber, rationalToNumber } from "../../shared/dp/exact-rational";
import { seededRandomSource, type RandomSource } from "../../shared/dp/random-source";
import { CHI2_999 } from "./support";

/** The exact pmf of N_Z(0, s2) on [-limit, limit] (the mass beyond is below 1e-300). */
function pmf(s2: number): Map<number, number> {
  const limit = Math.ceil(40 * Math.sqrt(s2)) + 2;
  let z = 0;
  for (let y = -limit; y <= limit; y++) z += Math.exp((-y * y) / (2 * s2));
  const out = new Map<number, number>();
  for (let y = -limit; y <= limit; y++) out.set(y, Math.exp((-y * y) / (2 * s2)) / z);
  return out;
}

/** Pearson chi-square of samples against the exact pmf; bins with expected count < 5 are merged into the two tails. */
function chiSquareAgainstPmf(samples: Int32Array, s2: number): { stat: number; df: number } {
  const p = pmf(s2);
  const n = samples.length;
  const core = [...p.keys()].filter((y) => n * p.get(y)! >= 5);
  const lo = Math.min(...core);
  const hi = Math.max(...core);
  const bins: { expected: number; observed: number; test: (y: number) => boolean }[] = core.map((y) => ({ expected: n * p.get(y)!, observed: 0, test: (v) => v === y }));
  let left = 0;
  let right = 0;
  for (const [y, pr] of p) {
    if (y < lo) left += pr;
    if (y > hi) right += pr;
  }
  if (n * left > 0) bins.push({ expected: n * left, observed: 0, test: (v) => v < lo });
  if (n * right > 0) bins.push({ expected: n * right, observed: 0, test: (v) => v > hi });
  for (const v of samples) {
    const b = bins.find((x) => x.test(v));
    assert.ok(b !== undefined);
    b.observed++;
  }
  // Tail bins with a tiny expectation: fold them into their neighbours' judgement by requiring no more than a handful.
  let stat = 0;
  let df = -1;
  for (const b of bins) {
    if (b.expected < 5) {
      assert.ok(b.observed <= 5 + 5 * b.expected, `tail bin: ${b.observed} observed, ${b.expected} expected`);
      continue;
    }
    stat += (b.observed - b.expected) ** 2 / b.expected;
    df++;
  }
  return { stat, df };
}

function draw(s2: Sigma2, n: number, seed: number): Int32Array {
  const rng = seededRandomSource(seed);
  const sample = discreteGaussianSampler(s2);
  return Int32Array.from({ length: n }, () => sample(rng));
}

describe("dp/discrete-gaussian", () => {
  it("floats become the exact rationals they denote", () => {
    assert.deepEqual(rationalFromNumber(0.1), { num: 3602879701896397n, den: 36028797018963968n });
    assert.deepEqual(rationalFromNumber(0.5), { num: 1n, den: 2n });
    assert.deepEqual(rationalFromNumber(3), { num: 3n, den: 1n });
    assert.deepEqual(rationalFromNumber(2 ** 70), { num: 2n ** 70n, den: 1n });
    assert.deepEqual(rationalFromNumber(5e-324), { num: 1n, den: 2n ** 1074n });
    assert.deepEqual(rationalFromNumber(-0.75), { num: -3n, den: 4n });
    for (const x of [0.1, 1 / 3, Math.PI, 1e-300, 5e-324, 1e300, 12345.678]) assert.ok(Math.abs(rationalToNumber(rationalFromNumber(x)) / x - 1) < 1e-15);
    assert.deepEqual(rational(6n, -4n), { num: -3n, den: 2n });
  });

  it("isqrt is the exact integer square root", () => {
    for (const n of [0n, 1n, 2n, 3n, 4n, 99n, 100n, 101n, 2n ** 106n - 1n, 2n ** 106n, 10n ** 40n + 12345n]) {
      const r = isqrt(n);
      assert.ok(r * r <= n && (r + 1n) * (r + 1n) > n, `isqrt(${n})`);
    }
  });

  // Small sigma: every bin of the pmf is visible, so errors in Algorithms 1-3 show up.
  for (const [label, s2] of [
    ["sigma^2 = 0.7 (a float: huge exact denominator, BigInt path)", 0.7],
    ["sigma^2 = 2 (an integer: double path)", 2],
    ["sigma^2 = 9/4 (an exact rational)", { num: 9n, den: 4n }],
  ] as const) {
    it(`matches the exact pmf, chi-square at p = 0.001: ${label}`, () => {
      const s2num = typeof s2 === "number" ? s2 : Number(s2.num) / Number(s2.den);
      const samples = draw(s2, 40_000, 17);
      const { stat, df } = chiSquareAgainstPmf(samples, s2num);
      assert.ok(df >= 2 && df <= 30);
      assert.ok(stat < CHI2_999[df]!, `chi-square ${stat.toFixed(2)} with ${df} df`);
    });
  }

  it("has mean 0 and the exact discrete variance, for moderate and large sigma (both arithmetic paths)", () => {
    for (const s2 of [100, 1e8, 4.2e8 + 0.25]) {
      const n = 40_000;
      const x = draw(s2, n, 5);
      let m = 0;
      let v = 0;
      for (const y of x) {
        m += y;
        v += y * y;
      }
      m /= n;
      v = v / n - m * m;
      const exactVar = discreteGaussianVariance(s2);
      assert.ok(Math.abs(m) < 5 * Math.sqrt(exactVar / n), `mean ${m} for sigma^2=${s2}`);
      assert.ok(Math.abs(v / exactVar - 1) < 5 * Math.sqrt(2 / n), `variance ${v} vs ${exactVar}`);
    }
  });

  it("discreteGaussianVariance is just below sigma^2 and matches a direct pmf sum", () => {
    for (const s2 of [0.3, 1, 5]) {
      let ex2 = 0;
      for (const [y, p] of pmf(s2)) ex2 += y * y * p;
      assert.ok(Math.abs(discreteGaussianVariance(s2) - ex2) < 1e-12);
      assert.ok(ex2 < s2);
    }
    assert.ok(discreteGaussianVariance(0.3) < 0.3 * 0.95, "well below sigma^2 when sigma is small");
  });

  it("is symmetric: as many positive as negative samples", () => {
    const x = draw(3, 40_000, 8);
    let pos = 0;
    let neg = 0;
    for (const y of x) {
      if (y > 0) pos++;
      if (y < 0) neg++;
    }
    assert.ok(Math.abs(pos - neg) < 5 * Math.sqrt(pos + neg));
  });

  it("is reproducible from a seed; sampleDiscreteGaussian agrees with the prepared sampler", () => {
    assert.deepEqual(draw(50, 100, 3), draw(50, 100, 3));
    const a = seededRandomSource(3);
    const b = seededRandomSource(3);
    const s = discreteGaussianSampler(50);
    for (let i = 0; i < 20; i++) assert.equal(sampleDiscreteGaussian(50, a), s(b));
  });

  it("addDiscreteGaussianNoise adds integer noise mod 2^32 into a new array", () => {
    const v = Uint32Array.from({ length: 20_000 }, (_, i) => (i % 2 === 0 ? i : 2 ** 32 - 1 - i));
    const before = Uint32Array.from(v);
    const out = addDiscreteGaussianNoise(v, 400, seededRandomSource(12));
    assert.deepEqual(v, before);
    assert.notEqual(out, v);
    let m = 0;
    let s = 0;
    for (let i = 0; i < v.length; i++) {
      const diff = (out[i]! - v[i]!) | 0; // signed difference in the ring
      assert.ok(Math.abs(diff) < 400, "noise stays small; wrap-around is handled mod 2^32");
      m += diff;
      s += diff * diff;
    }
    assert.ok(Math.abs(m / v.length) < 5 * Math.sqrt(400 / v.length));
    assert.ok(Math.abs(s / v.length / 400 - 1) < 5 * Math.sqrt(2 / v.length));
    const wrapped = addDiscreteGaussianNoise(Uint32Array.of(2 ** 32 - 1, 0), 1e-4, seededRandomSource(1));
    assert.deepEqual(wrapped, Uint32Array.of(2 ** 32 - 1, 0), "negligible noise leaves the ring values unchanged");
  });

  it("Bernoulli(n/d) decides exactly where the double estimate of n/d cannot: U's first 53 bits placed on, beside and far from n/d", () => {
    // The source's first 53 bits are chosen (u), the rest are seeded words, recorded; the answer must hold for every U with those bits.
    const words = seededRandomSource(23);
    const cases: [bigint, bigint][] = [[1n, 3n], [10n ** 30n, 3n * 10n ** 30n + 1n], [2n ** 70n - 1n, 2n ** 71n], [7n, 2n ** 2000n], [2n ** 1100n, 2n ** 1100n + 1n], [0n, 5n], [1n, 2n ** 1010n]];
    for (let i = 0; i < 40; i++) cases.push([BigInt(i + 1) * 12_345_678_901_234_567n, 987_654_321_987_654_321n * BigInt(i + 2)]);
    let exactPaths = 0;
    for (const [n, d] of cases) {
      const x = ratioEstimate(n, d);
      const onIt = (n << 53n) / d; // the 53-bit interval that holds n/d
      for (const u of [onIt - 1n, onIt, onIt + 1n, 0n, (1n << 53n) - 1n]) {
        if (u < 0n || u >= 1n << 53n) continue;
        const drawn: number[] = [];
        const rng: RandomSource = {
          uniform53: () => Number(u) / 2 ** 53,
          uint32: () => { const w = words.uint32(); drawn.push(w); return w; },
          fill: () => { throw new Error("not used"); },
        };
        const answer = bernoulliBig(n, d, x, rng);
        if (drawn.length > 0) exactPaths++;
        // U lies in [lo, lo + 2^-(53 + 32m)) with lo = (u, drawn words) read as a binary fraction.
        let lo = u;
        for (const w of drawn) lo = (lo << 32n) | BigInt(w);
        const bits = 53n + 32n * BigInt(drawn.length);
        if (answer) assert.ok((lo + 1n) * d <= n << bits, `${n}/${d}, u = ${u}: true, but some U with these bits is >= n/d`);
        else assert.ok(lo * d >= n << bits, `${n}/${d}, u = ${u}: false, but some U with these bits is < n/d`);
      }
    }
    assert.ok(exactPaths >= cases.length, `the exact comparison ran ${exactPaths} times`);
  });

  it("refuses a non-positive or absurd sigma^2", () => {
    const rng = seededRandomSource(1);
    assert.throws(() => sampleDiscreteGaussian(0, rng), RangeError);
    assert.throws(() => sampleDiscreteGaussian(-1, rng), RangeError);
    assert.throws(() => sampleDiscreteGaussian(NaN, rng), RangeError);
    assert.throws(() => sampleDiscreteGaussian({ num: 1n, den: 0n }, rng), RangeError);
    assert.throws(() => sampleDiscreteGaussian(2 ** 90, rng), RangeError);
  });
});
