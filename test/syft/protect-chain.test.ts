/**
 * One implementation: the worker's protection pipeline (worker/secure/protect-update.ts, now
 * the chain) produces exactly the words of the pipeline it replaced, and the additive client's
 * sharing exactly the shares of the splitShares it replaced (both frozen in frozen-pipeline.ts),
 * for the same randomness.
 */
import assert from "node:assert/strict";
import { seededRandomBytes, seedFromLabel } from "../../shared/crypto/random";
import { seededRandomSource } from "../../shared/dp/random-source";
import type { Protection } from "../../shared/protocol/messages";
import { chooseScale, encode } from "../../shared/ring/fixed-point";
import { fitTrailer, LOSS_SCALE } from "../../shared/ring/fit-vector";
import { reconstruct32, splitShares32, splitShares64, reconstruct64, update } from "../../shared/syft/index";
import { protectUpdate } from "../../worker/secure/protect-update";
import { SeededRng } from "../../shared/random/seeded-rng";
import { frozenProtectUpdate, frozenSplitShares } from "./frozen-pipeline";

function randomUpdate(d: number, seed: string, spread: number): Float32Array {
  const rng = SeededRng.fromSeed(seed);
  return Float32Array.from({ length: d }, () => (2 * rng.uniform() - 1) * spread);
}

const BASE: Protection = { secureAggregation: "additive", clipNorm: 50, dpMode: null, noiseStd: 0, ringNoiseSigma2: 0, clipRange: 0.5,
  scale: chooseScale({ clipRange: 0.5, maxParties: 10 }), weighted: true, maxExamples: 500, noiseMultiplier: 0, delta: 0, noiseShares: 0 };

const CASES: readonly [string, Protection][] = [
  ["secure, weighted, the clip norm not reached", BASE],
  ["secagg+, clipped to norm 3", { ...BASE, secureAggregation: "secagg+", clipNorm: 3 }],
  ["secure, unweighted, values clamped to the range", { ...BASE, weighted: false, clipRange: 0.05, scale: chooseScale({ clipRange: 0.05, maxParties: 10 }) }],
  ["local DP: clipped and noised, no loss word", { ...BASE, clipNorm: 2, dpMode: "local", noiseStd: 0.3, noiseMultiplier: 1, delta: 1e-5 }],
  ["distributed DP: discrete Gaussian in the ring, the trailer not noised", { ...BASE, clipNorm: 2, dpMode: "distributed", ringNoiseSigma2: 40,
    scale: chooseScale({ clipRange: 0.5, maxParties: 10, headroomBits: 3 }), noiseMultiplier: 1, delta: 1e-5, noiseShares: 3 }],
  ["no secure aggregation: clipped and noised floats", { ...BASE, secureAggregation: "none", clipNorm: 1, dpMode: "local", noiseStd: 0.1 }],
];

describe("syft protection chain = the worker's pipeline as it was", () => {
  for (const [name, p] of CASES) {
    it(`${name}: the same words, norm, clip flag, clamp count and plain update`, () => {
      const delta = randomUpdate(2000, `chain-${name}`, 0.8);
      const before = delta.slice();
      const want = frozenProtectUpdate(delta, 137, 3.7, p, seededRandomSource(7));
      const got = protectUpdate(delta, 137, 3.7, p, seededRandomSource(7));
      assert.deepEqual(got.ring, want.ring);
      assert.deepEqual(got.plain, want.plain);
      assert.equal(got.norm, want.norm);
      assert.equal(got.clipped, want.clipped);
      assert.equal(got.clamped, want.clamped);
      assert.deepEqual(delta, before, "the caller's delta is never modified");
      if (p.secureAggregation === "none") return;
      const trailer = fitTrailer(got.ring!, delta.length);
      assert.equal(trailer.count, p.weighted ? 137 : 1);
      const weight = p.weighted ? 137 / p.maxExamples : 1;
      assert.equal(trailer.weightedLoss, p.dpMode === null ? Math.round(3.7 * weight * LOSS_SCALE) / LOSS_SCALE : 0);
    });
  }

  it("counts clamped products as the pipeline did: in float64, before their float32 rounding", () => {
    const p: Protection = { ...BASE, clipRange: 0.2, scale: chooseScale({ clipRange: 0.2, maxParties: 10 }) };
    const weight = 137 / p.maxExamples;
    // float32 neighbours of 0.2 / weight, so some products lie within one float32 rounding of the clip range
    const bits = new Uint32Array(Float32Array.of(0.2 / weight).buffer)[0]!;
    const delta = new Float32Array(new Uint32Array(Array.from({ length: 201 }, (_, k) => bits - 100 + k)).buffer);
    const roundedOver = Array.from(delta).filter((x) => x * weight <= 0.2 && Math.fround(x * weight) > 0.2).length;
    assert.ok(roundedOver > 0, "the data hold products that only their float32 rounding puts over the range");
    const want = frozenProtectUpdate(delta, 137, 1, p, seededRandomSource(3));
    const got = protectUpdate(delta, 137, 1, p, seededRandomSource(3));
    assert.equal(got.clamped, want.clamped);
    assert.deepEqual(got.ring, want.ring);
  });

  it("refuses what the pipeline refused, with the same errors", () => {
    const delta = randomUpdate(10, "chain-refuse", 1);
    for (const p of [{ ...BASE, clipNorm: 0 }, { ...BASE, scale: 0 }, { ...BASE, maxExamples: 0 }]) {
      const message = (() => { try { frozenProtectUpdate(delta, 5, 1, p, seededRandomSource(1)); return ""; } catch (err) { return err instanceof Error ? err.message : ""; } })();
      assert.notEqual(message, "");
      assert.throws(() => protectUpdate(delta, 5, 1, p, seededRandomSource(1)), { name: "RangeError", message });
    }
  });

  it("the chain's share() is the additive client's splitShares32, the same shares as the splitShares it replaced", () => {
    const words = protectUpdate(randomUpdate(777, "chain-shares", 0.3), 20, 1.5, BASE, seededRandomSource(1)).ring!;
    for (const n of [1, 2, 3, 5, 10]) {
      const ours = update(randomUpdate(777, "chain-shares", 0.3)).clip(BASE.clipNorm).weigh(20 / 500)
        .fixPrecision({ ring: 32, clipRange: BASE.clipRange, scale: BASE.scale, trailer: [words[777]!, words[778]!] })
        .share(n, seededRandomBytes(seedFromLabel(`shares-${n}`)));
      const theirs = frozenSplitShares(words, n, seededRandomBytes(seedFromLabel(`shares-${n}`)));
      assert.deepEqual(ours, theirs);
      assert.deepEqual(splitShares32(words, n, seededRandomBytes(seedFromLabel(`shares-${n}`))), theirs);
      assert.deepEqual(reconstruct32(ours), words);
    }
  });

  it("the chain's fixPrecision is shared/ring's encode; weigh() is applied as the values are read or encoded", () => {
    const v = randomUpdate(300, "chain-encode", 2);
    const r = update(v).fixPrecision({ ring: 32, clipRange: 1, scale: 1000 });
    assert.deepEqual(r.words, encode(v, 1, 1000));
    assert.equal(r.clamped, v.filter((x) => Math.abs(x) > 1).length);
    const half = update(v).weigh(0.5);
    assert.deepEqual(half.values, Float32Array.from(v, (x) => x * 0.5));
    assert.deepEqual(half.fixPrecision({ ring: 32, clipRange: 1, scale: 1000 }).words, encode(Float32Array.from(v, (x) => x * 0.5), 1, 1000));
    assert.equal(update(v).values, v, "a chain with no step reads the caller's buffer, never a copy");
    assert.throws(() => update(v).weigh(Number.NaN), /finite/);
    const big = BigUint64Array.from({ length: 50 }, (_, i) => BigInt(i) * 0x0123456789abcdefn);
    assert.deepEqual(reconstruct64(splitShares64(big, 4, seededRandomBytes(seedFromLabel("s64")))), big);
  });
});
