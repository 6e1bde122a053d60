import assert from "node:assert/strict";
import { chooseScale, decodeSum, encode, encodeInto, maxEncodedMagnitude, sumErrorBound } from "../../shared/ring/fixed-point";
import { addInto } from "../../shared/ring/ring-arithmetic";
import { randomInt, seededRandomBytes, seedFromLabel } from "../../shared/crypto/random";

function uniform(rng: (n: number) => Uint8Array): number {
  return randomInt(2 ** 32, rng) / 2 ** 32;
}

describe("ring/fixed-point", () => {
  const rng = seededRandomBytes(seedFromLabel("fixed-point"));

  it("chooseScale leaves no room for overflow: maxParties * max encoded value fits 2^(31-h) - 1", () => {
    for (let trial = 0; trial < 200; trial++) {
      const clipRange = 10 ** (uniform(rng) * 8 - 4);
      const maxParties = 1 + randomInt(100000, rng);
      const headroomBits = randomInt(8, rng);
      const scale = chooseScale({ clipRange, maxParties, headroomBits });
      const m = maxEncodedMagnitude(clipRange, scale);
      assert.ok(m >= 1);
      assert.ok(maxParties * m <= 2 ** (31 - headroomBits) - 1, `n=${maxParties} m=${m} h=${headroomBits}`);
      // the encoder's output for +clip and -clip is exactly +-m
      const enc = encode(Float32Array.of(clipRange * 2, -clipRange * 2), clipRange, scale);
      assert.equal(enc[0]! | 0, m);
      assert.equal(enc[1]! | 0, -m);
    }
  });

  it("the sum of maxParties values at either clip bound decodes without wrapping", () => {
    const clipRange = 3, maxParties = 1000;
    const scale = chooseScale({ clipRange, maxParties });
    for (const v of [clipRange, -clipRange]) {
      const one = encode(Float32Array.of(v, v * 5), clipRange, scale);
      const acc = new Uint32Array(2);
      for (let i = 0; i < maxParties; i++) addInto(acc, one);
      const dec = decodeSum(acc, scale);
      assert.ok(Math.abs(dec[0]! - v * maxParties) <= sumErrorBound(maxParties, scale) + 1e-3, `${dec[0]}`);
      assert.ok(Math.abs(dec[1]! - v * maxParties) <= sumErrorBound(maxParties, scale) + 1e-3, `${dec[1]}`);
    }
  });

  it("decoded sums of n parties stay within the documented bound n / (2 scale)", () => {
    for (let trial = 0; trial < 30; trial++) {
      const n = 1 + randomInt(50, rng);
      const d = 1 + randomInt(500, rng);
      const clipRange = 0.01 + uniform(rng) * 5;
      const scale = chooseScale({ clipRange, maxParties: n, headroomBits: randomInt(4, rng) });
      const acc = new Uint32Array(d);
      const exact = new Float64Array(d);
      for (let p = 0; p < n; p++) {
        const v = new Float32Array(d).map(() => (uniform(rng) - 0.5) * 3 * clipRange);
        addInto(acc, encode(v, clipRange, scale));
        for (let i = 0; i < d; i++) exact[i]! += Math.min(clipRange, Math.max(-clipRange, v[i]!));
      }
      const dec = decodeSum(acc, scale);
      const bound = sumErrorBound(n, scale);
      for (let i = 0; i < d; i++) {
        const err = Math.abs(dec[i]! - exact[i]!);
        assert.ok(err <= bound + Math.abs(exact[i]!) * 2 ** -23, `n=${n} err=${err} bound=${bound}`);
      }
    }
  });

  it("rounds to nearest like Math.round on in-range values", () => {
    const clipRange = 2, scale = chooseScale({ clipRange, maxParties: 7 });
    const v = new Float32Array(20000).map(() => (uniform(rng) - 0.5) * 2 * clipRange);
    const out = encode(v, clipRange, scale);
    let mismatches = 0;
    for (let i = 0; i < v.length; i++) {
      const ref = Math.round(v[i]! * scale);
      const got = out[i]! | 0;
      assert.ok(Math.abs(got - ref) <= 1);
      if (got !== ref) mismatches++;
    }
    assert.ok(mismatches <= 2, `${mismatches} values rounded differently from Math.round`);
    assert.equal(encode(Float32Array.of(0.5 / scale), clipRange, scale)[0], 1); // half rounds up
  });

  it("uses two's complement for negative values", () => {
    const scale = 4;
    assert.deepEqual([...encode(Float32Array.of(-0.25, -1, 0, -0), 10, scale)], [0xffffffff, 0xfffffffc, 0, 0]);
    assert.deepEqual([...decodeSum(Uint32Array.of(0xffffffff, 0x80000000, 7), scale)], [-0.25, -(2 ** 31) / 4, 1.75]);
  });

  it("clips huge and infinite values to the range and encodes NaN as 0", () => {
    const clipRange = 1.5, scale = chooseScale({ clipRange, maxParties: 3 });
    const m = maxEncodedMagnitude(clipRange, scale);
    const out = encode(Float32Array.of(Infinity, -Infinity, NaN, 3e38, -3e38, 1e20, -1e12, 0.5), clipRange, scale);
    assert.deepEqual([...out].map((x) => x | 0), [m, -m, 0, m, -m, m, -m, Math.round(0.5 * scale)]);
  });

  it("refuses mismatched lengths and unusable parameters", () => {
    assert.throws(() => encodeInto(new Float32Array(3), 1, 10, new Uint32Array(2)), RangeError);
    assert.throws(() => decodeSum(new Uint32Array(3), 10, new Float32Array(4)), RangeError);
    assert.throws(() => encode(new Float32Array(1), 1, 2 ** 31), RangeError);
    assert.throws(() => chooseScale({ clipRange: 0, maxParties: 2 }), RangeError);
    assert.throws(() => chooseScale({ clipRange: 1, maxParties: 0 }), RangeError);
    assert.throws(() => chooseScale({ clipRange: 1, maxParties: 2 ** 31 }), RangeError);
  });
});
