import assert from "node:assert/strict";
import { addGaussianNoise, fillGaussian, gaussian } from "../../shared/dp/gaussian";
import { erfc } from "../../shared/dp/log-math";
import { cryptoRandomSource, seededRandomSource } from "../../shared/dp/random-source";

const normalCdf = (x: number): number => erfc(-x / Math.SQRT2) / 2;

/** Kolmogorov-Smirnov statistic sqrt(n) * sup |F_n - Phi|; 1.95 is its p = 0.001 critical value. */
function ksStatistic(samples: Float64Array): number {
  const s = Float64Array.from(samples).sort();
  const n = s.length;
  let d = 0;
  for (let i = 0; i < n; i++) {
    const f = normalCdf(s[i]!);
    d = Math.max(d, Math.abs(f - i / n), Math.abs((i + 1) / n - f));
  }
  return d * Math.sqrt(n);
}

function moments(x: ArrayLike<number>): { mean: number; variance: number; kurtosis: number } {
  let m = 0;
  for (let i = 0; i < x.length; i++) m += x[i]!;
  m /= x.length;
  let m2 = 0;
  let m4 = 0;
  for (let i = 0; i < x.length; i++) {
    const d = (x[i]! - m) ** 2;
    m2 += d;
    m4 += d * d;
  }
  m2 /= x.length;
  m4 /= x.length;
  return { mean: m, variance: m2, kurtosis: m4 / (m2 * m2) };
}

describe("dp/gaussian", () => {
  it("fillGaussian draws N(0, std^2): moments and a Kolmogorov-Smirnov test", () => {
    const n = 200_000;
    const x = new Float64Array(n);
    fillGaussian(x, 3, seededRandomSource(1));
    const { mean, variance, kurtosis } = moments(x);
    assert.ok(Math.abs(mean) < 5 * 3 / Math.sqrt(n), `mean ${mean}`);
    assert.ok(Math.abs(variance / 9 - 1) < 5 * Math.sqrt(2 / n), `variance ${variance}`);
    assert.ok(Math.abs(kurtosis - 3) < 5 * Math.sqrt(24 / n), `kurtosis ${kurtosis}`);
    assert.ok(ksStatistic(x.map((v) => v / 3)) < 1.95);
  });

  it("gaussian() single draws are standard normal too", () => {
    const rng = seededRandomSource(2);
    const x = Float64Array.from({ length: 50_000 }, () => gaussian(rng));
    assert.ok(ksStatistic(x) < 1.95);
  });

  it("the two halves of each Box-Muller pair are uncorrelated", () => {
    const x = new Float64Array(100_000);
    fillGaussian(x, 1, seededRandomSource(4));
    let c = 0;
    for (let i = 0; i < x.length; i += 2) c += x[i]! * x[i + 1]!;
    assert.ok(Math.abs(c / (x.length / 2)) < 5 / Math.sqrt(x.length / 2));
  });

  it("addGaussianNoise returns a new array, leaves the input alone, and adds noise of the right size", () => {
    const v = Float32Array.from({ length: 10_001 }, (_, i) => i / 100);
    const before = Float32Array.from(v);
    const out = addGaussianNoise(v, 0.5, cryptoRandomSource());
    assert.deepEqual(v, before);
    assert.notEqual(out, v);
    assert.equal(out.length, v.length);
    const { mean, variance } = moments(out.map((o, i) => o - v[i]!));
    assert.ok(Math.abs(mean) < 0.05);
    assert.ok(Math.abs(variance / 0.25 - 1) < 0.1);
  });

  it("std 0 adds nothing; bad std is refused", () => {
    const v = Float32Array.of(1, 2, 3);
    assert.deepEqual(addGaussianNoise(v, 0, seededRandomSource(1)), v);
    assert.throws(() => addGaussianNoise(v, -1, seededRandomSource(1)), RangeError);
    assert.throws(() => addGaussianNoise(v, NaN, seededRandomSource(1)), RangeError);
    assert.throws(() => addGaussianNoise(v, Infinity, seededRandomSource(1)), RangeError);
  });

  it("is reproducible from a seed and differs between seeds", () => {
    const v = new Float32Array(8);
    assert.deepEqual(addGaussianNoise(v, 1, seededRandomSource(3)), addGaussianNoise(v, 1, seededRandomSource(3)));
    assert.notDeepEqual(addGaussianNoise(v, 1, seededRandomSource(3)), addGaussianNoise(v, 1, seededRandomSource(4)));
  });
});
