import assert from "node:assert/strict";
import { clipL2, l2Norm } from "../../shared/dp/clip";
import { seededRandomSource } from "../../shared/dp/random-source";
import { fillGaussian } from "../../shared/dp/gaussian";

function f64Norm(v: Float32Array): number {
  let s = 0;
  for (const x of v) s += x * x;
  return Math.sqrt(s);
}

describe("dp/clip", () => {
  it("l2Norm accumulates in float64 (a float32 running sum would drift by ~1e-4 here)", () => {
    const v = new Float32Array(1_000_000).fill(0.1);
    const expected = Math.sqrt(1_000_000) * Math.fround(0.1);
    assert.ok(Math.abs(l2Norm(v) - expected) / expected < 1e-12);
    let f32 = Math.fround(0);
    for (const x of v) f32 = Math.fround(f32 + Math.fround(x * x));
    assert.ok(Math.abs(Math.sqrt(f32) - expected) / expected > 1e-6, "the naive float32 sum is a meaningful baseline");
  });

  it("l2Norm neither overflows nor underflows at the float32 extremes", () => {
    assert.ok(Math.abs(l2Norm(Float32Array.of(3e38, 3e38)) / (3e38 * Math.SQRT2) - 1) < 1e-7);
    const tiny = Math.fround(1e-44);
    assert.ok(Math.abs(l2Norm(Float32Array.of(tiny, tiny)) / (tiny * Math.SQRT2) - 1) < 1e-12);
    assert.equal(l2Norm(new Float32Array(5)), 0);
    assert.equal(l2Norm(new Float32Array(0)), 0);
  });

  it("clipL2 scales a long update down to norm <= C, keeps its direction, and never mutates the input", () => {
    const rng = seededRandomSource(11);
    for (let trial = 0; trial < 200; trial++) {
      const v = new Float32Array(1 + (trial * 37) % 500);
      fillGaussian(v, 1 + trial, rng);
      const before = Float32Array.from(v);
      const clip = 0.5 + (trial % 7);
      const { clipped, norm, factor } = clipL2(v, clip);
      assert.deepEqual(v, before);
      assert.notEqual(clipped, v);
      assert.ok(Math.abs(norm - f64Norm(v)) / norm < 1e-12);
      if (norm > clip) {
        assert.ok(l2Norm(clipped) <= clip, `norm ${l2Norm(clipped)} > clip ${clip}`);
        assert.ok(l2Norm(clipped) > clip * (1 - 1e-6));
        assert.ok(Math.abs(factor - clip / norm) <= 1e-6 * (clip / norm));
        const i = v.findIndex((x) => Math.abs(x) > 0.1);
        assert.ok(Math.abs(clipped[i]! / v[i]! - factor) < 1e-6);
      } else {
        assert.equal(factor, 1);
        assert.deepEqual(clipped, v);
      }
    }
  });

  it("clipL2 leaves short updates and the zero vector alone (factor 1)", () => {
    const r = clipL2(Float32Array.of(0.3, 0.4), 1);
    assert.equal(r.factor, 1);
    assert.ok(Math.abs(r.norm - 0.5) < 1e-7);
    assert.deepEqual(clipL2(new Float32Array(3), 2), { clipped: new Float32Array(3), norm: 0, factor: 1 });
  });

  it("clipL2 rejects a non-positive clip and non-finite entries", () => {
    assert.throws(() => clipL2(Float32Array.of(1), 0), RangeError);
    assert.throws(() => clipL2(Float32Array.of(1), -1), RangeError);
    assert.throws(() => clipL2(Float32Array.of(1), NaN), RangeError);
    assert.throws(() => clipL2(Float32Array.of(1, NaN), 1), /non-finite/);
    assert.throws(() => clipL2(Float32Array.of(Infinity), 1), /non-finite/);
  });
});
