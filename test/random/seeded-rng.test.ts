import assert from "node:assert/strict";
import { SeededRng } from "../../shared/random/seeded-rng";

function draws(rng: SeededRng, n: number): number[] {
  return Array.from({ length: n }, () => rng.nextUint32());
}

describe("SeededRng", () => {
  it("gives the same stream for the same seed and different streams for different seeds", () => {
    assert.deepEqual(draws(SeededRng.fromSeed(42), 8), draws(SeededRng.fromSeed(42), 8));
    assert.notDeepEqual(draws(SeededRng.fromSeed(42), 8), draws(SeededRng.fromSeed(43), 8));
    assert.notDeepEqual(draws(SeededRng.fromSeed(1), 8), draws(SeededRng.fromSeed(-1), 8));
    assert.notDeepEqual(draws(SeededRng.fromSeed(2 ** 40), 8), draws(SeededRng.fromSeed(2 ** 40 + 1), 8));
    assert.deepEqual(draws(SeededRng.fromSeed("alice"), 4), draws(SeededRng.fromSeed("alice"), 4));
    assert.notDeepEqual(draws(SeededRng.fromSeed("alice"), 4), draws(SeededRng.fromSeed("bob"), 4));
  });

  it("keeps the stream of a seed stable across versions (regression guard)", () => {
    // If this changes, every seeded split, partition and init in saved runs changes too.
    // Values cross-checked against an independent Python transcription of splitmix32 + xoshiro128**.
    assert.deepEqual(draws(SeededRng.fromSeed(42), 3), [2837322924, 544945897, 479756282]);
  });

  it("forks streams that depend on the seed and label only, not on draws so far", () => {
    const a = SeededRng.fromSeed(7);
    const b = SeededRng.fromSeed(7);
    draws(b, 100);
    assert.deepEqual(draws(a.fork("x"), 5), draws(b.fork("x"), 5));
    assert.notDeepEqual(draws(a.fork("x"), 5), draws(a.fork("y"), 5));
    assert.notDeepEqual(draws(a.fork("x"), 5), draws(SeededRng.fromSeed(8).fork("x"), 5));
    assert.notDeepEqual(draws(a.fork("x"), 5), draws(SeededRng.fromSeed(7), 5));
  });

  it("draws uniform doubles in [0, 1) and unbiased integers in [0, n)", () => {
    const rng = SeededRng.fromSeed(3);
    let sum = 0;
    for (let i = 0; i < 20000; i++) {
      const u = rng.uniform();
      assert.ok(u >= 0 && u < 1);
      sum += u;
    }
    assert.ok(Math.abs(sum / 20000 - 0.5) < 0.01);
    const counts = new Array<number>(6).fill(0);
    for (let i = 0; i < 60000; i++) counts[rng.int(6)]! += 1;
    // chi-square with 5 degrees of freedom; 20.5 is the 0.999 quantile
    const chi2 = counts.reduce((s, c) => s + (c - 10000) ** 2 / 10000, 0);
    assert.ok(chi2 < 20.5, `chi2 ${chi2} counts ${counts.join(",")}`);
    assert.equal(rng.int(1), 0);
    assert.throws(() => rng.int(0), RangeError);
    assert.throws(() => rng.int(2.5), RangeError);
  });

  it("draws standard normals and Gamma(shape) with the right moments", () => {
    const rng = SeededRng.fromSeed(11);
    const n = 20000;
    let s = 0;
    let s2 = 0;
    for (let i = 0; i < n; i++) {
      const z = rng.normal();
      s += z;
      s2 += z * z;
    }
    assert.ok(Math.abs(s / n) < 0.03, `mean ${s / n}`);
    assert.ok(Math.abs(s2 / n - 1) < 0.05, `var ${s2 / n}`);
    for (const shape of [0.3, 1, 2.5, 9]) {
      let g = 0;
      for (let i = 0; i < n; i++) {
        const v = rng.gamma(shape);
        assert.ok(v >= 0 && Number.isFinite(v));
        g += v;
      }
      // Gamma(k, 1) has mean k and sd sqrt(k); allow 5 standard errors
      assert.ok(Math.abs(g / n - shape) < 5 * Math.sqrt(shape / n), `shape ${shape} mean ${g / n}`);
    }
    assert.throws(() => rng.gamma(0), RangeError);
    assert.throws(() => rng.gamma(-1), RangeError);
  });

  it("draws Dirichlet weights that sum to 1, even for tiny alpha", () => {
    const rng = SeededRng.fromSeed(5);
    for (const alpha of [0.001, 0.1, 1, 100]) {
      const p = rng.dirichlet(alpha, 10);
      assert.equal(p.length, 10);
      assert.ok(p.every((v) => v >= 0 && Number.isFinite(v)));
      assert.ok(Math.abs(p.reduce((a, b) => a + b, 0) - 1) < 1e-9);
    }
    // alpha 100 is near uniform; alpha 0.01 puts nearly everything on one or two parts
    assert.ok(Math.max(...rng.dirichlet(100, 10)) < 0.2);
    let meanMax = 0;
    for (let i = 0; i < 40; i++) meanMax += Math.max(...rng.dirichlet(0.01, 10)) / 40;
    assert.ok(meanMax > 0.7, `mean max weight ${meanMax}`);
  });

  it("shuffles in place into a permutation, reproducibly", () => {
    const a = Array.from({ length: 50 }, (_, i) => i);
    const out = SeededRng.fromSeed(9).shuffle(a);
    assert.equal(out, a);
    assert.deepEqual([...a].sort((x, y) => x - y), Array.from({ length: 50 }, (_, i) => i));
    assert.notDeepEqual(a, Array.from({ length: 50 }, (_, i) => i));
    assert.deepEqual([...SeededRng.fromSeed(9).permutation(50)], a);
  });
});
