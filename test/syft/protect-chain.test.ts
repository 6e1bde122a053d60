/**
 * One implementation: the protection pipeline written as a chain produces
 * exactly the words of worker/secure/protect-update.ts and exactly the shares
 * of shared/secagg/additive.ts, for the same randomness.
 */
import assert from "node:assert/strict";
import { seededRandomBytes, seedFromLabel } from "../../shared/crypto/random";
import { seededRandomSource } from "../../shared/dp/random-source";
import type { Protection } from "../../shared/protocol/messages";
import { chooseScale, encode } from "../../shared/ring/fixed-point";
import { splitShares, sumShares } from "../../shared/secagg/additive";
import { protectWithChain, reconstruct32, splitShares32, splitShares64, reconstruct64, update } from "../../shared/syft/index";
import { protectUpdate } from "../../worker/secure/protect-update";
import { SeededRng } from "../../shared/random/seeded-rng";

function randomUpdate(d: number, seed: string, spread: number): Float32Array {
  const rng = SeededRng.fromSeed(seed);
  return Float32Array.from({ length: d }, () => (2 * rng.uniform() - 1) * spread);
}

const BASE: Protection = { secureAggregation: "additive", clipNorm: 0, dpMode: null, noiseStd: 0, ringNoiseSigma2: 0, clipRange: 0.5, scale: chooseScale({ clipRange: 0.5, maxParties: 10 }),
  weighted: true, maxExamples: 500 };

const CASES: readonly [string, Protection][] = [
  ["secure, weighted, no clipping", BASE],
  ["secure, clipped to norm 3", { ...BASE, clipNorm: 3 }],
  ["secure, unweighted, values clamped to the range", { ...BASE, weighted: false, clipRange: 0.05, scale: chooseScale({ clipRange: 0.05, maxParties: 10 }) }],
  ["local DP: clipped and noised", { ...BASE, clipNorm: 2, dpMode: "local", noiseStd: 0.3 }],
  ["distributed DP: discrete Gaussian in the ring", { ...BASE, clipNorm: 2, dpMode: "distributed", ringNoiseSigma2: 40, scale: chooseScale({ clipRange: 0.5, maxParties: 10, headroomBits: 3 }) }],
  ["no secure aggregation: clipped and noised floats", { ...BASE, secureAggregation: "none", clipNorm: 1, dpMode: "local", noiseStd: 0.1 }],
];

describe("syft protection chain = the worker's pipeline", () => {
  for (const [name, p] of CASES) {
    it(`${name}: the same words, norm, clip flag and plain update as protectUpdate`, () => {
      const delta = randomUpdate(2000, `chain-${name}`, 0.2);
      const before = delta.slice();
      const want = protectUpdate(delta, 137, p, seededRandomSource(7));
      const got = protectWithChain(delta, 137, p, seededRandomSource(7));
      assert.deepEqual(got.ring, want.ring);
      assert.deepEqual(got.plain, want.plain);
      assert.equal(got.norm, want.norm);
      assert.equal(got.clipped, want.clipped);
      assert.equal(got.clamped, want.clamped);
      assert.deepEqual(delta, before, "the caller's delta is never modified");
    });
  }

  it("the chain's share() is secagg's splitShares for the same random bytes, and the shares sum back", () => {
    const words = protectWithChain(randomUpdate(777, "chain-shares", 0.3), 20, BASE, seededRandomSource(1)).ring!;
    for (const n of [1, 2, 3, 5, 10]) {
      const ours = update(randomUpdate(777, "chain-shares", 0.3)).weigh(20 / 500).fixPrecision({ ring: 32, clipRange: BASE.clipRange, scale: BASE.scale, trailer: [20] })
        .share(n, seededRandomBytes(seedFromLabel(`shares-${n}`)));
      const theirs = splitShares(words, n, seededRandomBytes(seedFromLabel(`shares-${n}`)));
      assert.deepEqual(ours, theirs);
      assert.deepEqual(splitShares32(words, n, seededRandomBytes(seedFromLabel(`shares-${n}`))), theirs);
      assert.deepEqual(reconstruct32(ours), words);
      assert.deepEqual(sumShares(theirs), words);
    }
  });

  it("the chain's fixPrecision is shared/ring's encode; 64-bit shares reconstruct too", () => {
    const v = randomUpdate(300, "chain-encode", 2);
    const r = update(v).fixPrecision({ ring: 32, clipRange: 1, scale: 1000 });
    assert.deepEqual(r.words, encode(v, 1, 1000));
    assert.equal(r.clamped, v.filter((x) => Math.abs(x) > 1).length);
    const big = BigUint64Array.from({ length: 50 }, (_, i) => BigInt(i) * 0x0123456789abcdefn);
    assert.deepEqual(reconstruct64(splitShares64(big, 4, seededRandomBytes(seedFromLabel("s64")))), big);
  });
});
