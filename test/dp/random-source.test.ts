import assert from "node:assert/strict";
import { createCipheriv, createHash } from "node:crypto";
import { cryptoRandomSource, seededRandomSource, uniformInt, type RandomSource } from "../../shared/dp/random-source";
import { CHI2_999 } from "./support";

function chiSquare(counts: ArrayLike<number>, expected: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < counts.length; i++) s += (counts[i]! - expected[i]!) ** 2 / expected[i]!;
  return s;
}

function take(rng: RandomSource, n: number): number[] {
  return Array.from({ length: n }, () => rng.uint32());
}

describe("dp/random-source", () => {
  it("a seeded source is reproducible, and different seeds give different streams", () => {
    assert.deepEqual(take(seededRandomSource(42), 20_000), take(seededRandomSource(42), 20_000));
    assert.notDeepEqual(take(seededRandomSource(42), 8), take(seededRandomSource(43), 8));
    assert.deepEqual(take(seededRandomSource(7), 8), take(seededRandomSource(Uint8Array.of(7, 0, 0, 0, 0, 0, 0, 0)), 8));
  });

  it("the seeded stream is the AES-256-CTR keystream under SHA-256(domain || seed), little-endian words", () => {
    const key = createHash("sha256").update("conclave/dp/seeded-random-source/v1").update(Uint8Array.of(1, 2, 3)).digest();
    const ks = createCipheriv("aes-256-ctr", key, Buffer.alloc(16)).update(Buffer.alloc(32));
    const expected = Array.from({ length: 8 }, (_, i) => ks.readUInt32LE(4 * i));
    assert.deepEqual(take(seededRandomSource(Uint8Array.of(1, 2, 3)), 8), expected);
  });

  it("fill() and uint32() read the same stream, across buffer refills", () => {
    const a = seededRandomSource(5);
    const b = seededRandomSource(5);
    const big = new Uint32Array(40_000); // more than one 16 Ki-word buffer
    a.uint32();
    a.fill(big);
    const tail = a.uint32();
    const ref = take(b, 40_002);
    assert.deepEqual(Array.from(big), ref.slice(1, 40_001));
    assert.equal(tail, ref[40_001]);
  });

  it("rejects numeric seeds that are not safe non-negative integers", () => {
    assert.throws(() => seededRandomSource(-1), RangeError);
    assert.throws(() => seededRandomSource(1.5), RangeError);
    assert.throws(() => seededRandomSource(2 ** 60), RangeError);
  });

  it("uniform53 has 53 random bits in [0, 1) and mean 1/2", () => {
    const rng = seededRandomSource(9);
    let sum = 0;
    let oddLowBit = 0;
    const n = 100_000;
    for (let i = 0; i < n; i++) {
      const u = rng.uniform53();
      assert.ok(u >= 0 && u < 1);
      const k = u * 2 ** 53;
      assert.ok(Number.isInteger(k));
      oddLowBit += k % 2;
      sum += u;
    }
    assert.ok(Math.abs(sum / n - 0.5) < 5 * Math.sqrt(1 / 12 / n));
    assert.ok(Math.abs(oddLowBit / n - 0.5) < 0.01, "the 53rd bit is random too");
  });

  it("uint32 words are uniform (chi-square over 16 bins of the top nibble and the bottom nibble)", () => {
    const rng = seededRandomSource(3);
    const top = new Array<number>(16).fill(0);
    const bottom = new Array<number>(16).fill(0);
    const n = 160_000;
    for (let i = 0; i < n; i++) {
      const w = rng.uint32();
      top[w >>> 28]! += 1;
      bottom[w & 15]! += 1;
    }
    const expected = new Array<number>(16).fill(n / 16);
    assert.ok(chiSquare(top, expected) < CHI2_999[15]!);
    assert.ok(chiSquare(bottom, expected) < CHI2_999[15]!);
  });

  it("the crypto source gives distinct streams of 32-bit integers", () => {
    const a = take(cryptoRandomSource(), 20_000);
    const b = take(cryptoRandomSource(), 4);
    assert.ok(a.every((w) => Number.isInteger(w) && w >= 0 && w < 2 ** 32));
    assert.ok(new Set(a).size > 19_900);
    assert.notDeepEqual(a.slice(0, 4), b);
  });

  it("uniformInt is unbiased for a small n and covers ranges above 2^32", () => {
    const rng = seededRandomSource(21);
    const counts = [0, 0, 0];
    for (let i = 0; i < 60_000; i++) counts[uniformInt(rng, 3)]! += 1;
    assert.ok(chiSquare(counts, [20_000, 20_000, 20_000]) < CHI2_999[2]!);
    const n = 2 ** 40 + 12_345;
    let aboveHalf = 0;
    let aboveTop = 0;
    for (let i = 0; i < 20_000; i++) {
      const x = uniformInt(rng, n);
      assert.ok(Number.isInteger(x) && x >= 0 && x < n);
      if (x >= n / 2) aboveHalf++;
      if (x >= 2 ** 40) aboveTop++; // the last 12,345 values: P = 1.1e-8 each draw
    }
    assert.ok(Math.abs(aboveHalf / 20_000 - 0.5) < 0.02);
    assert.ok(aboveTop <= 1);
    assert.equal(uniformInt(rng, 1), 0);
    const max = uniformInt(rng, 2 ** 53);
    assert.ok(max >= 0 && max < 2 ** 53);
    for (const bad of [0, -3, 2.5, NaN, 2 ** 53 + 2]) assert.throws(() => uniformInt(rng, bad), RangeError);
  });

  it("never calls Math.random", () => {
    const original = Math.random;
    Math.random = () => {
      throw new Error("Math.random was called");
    };
    try {
      cryptoRandomSource().uniform53();
      seededRandomSource(1).uniform53();
      uniformInt(cryptoRandomSource(), 2 ** 45);
    } finally {
      Math.random = original;
    }
  });
});
