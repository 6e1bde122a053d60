import assert from "node:assert/strict";
import crypto from "node:crypto";
import { randomInt, seededRandomBytes, seedFromLabel, systemRandomBytes } from "../../shared/crypto/random";
import { chiSquareCritical, chiSquareUniform } from "./support/statistics";

describe("crypto/random", () => {
  it("seededRandomBytes is the AES-256-CTR stream of its seed, however the draws are cut", () => {
    const seed = seedFromLabel("random/stream");
    const lengths = [0, 1, 4, 33, 4095, 2, 4096, 5000, 20000, 7, 32];
    const total = lengths.reduce((s, x) => s + x, 0);
    const stream = crypto.createCipheriv("aes-256-ctr", seed, Buffer.alloc(16)).update(Buffer.alloc(total));
    const rng = seededRandomBytes(seed);
    let at = 0;
    for (const length of lengths) {
      const bytes = rng(length);
      assert.equal(bytes.length, length);
      assert.deepEqual(bytes, new Uint8Array(stream.subarray(at, at + length)));
      at += length;
    }
  });

  it("hands out fresh arrays: writing into one draw does not change the next", () => {
    const a = seededRandomBytes(seedFromLabel("random/fresh")), b = seededRandomBytes(seedFromLabel("random/fresh"));
    const first = a(33);
    first.fill(0);
    b(33);
    assert.deepEqual(a(64), b(64));
  });

  it("randomInt stays in range", () => {
    const rng = seededRandomBytes(seedFromLabel("random/int"));
    for (let i = 0; i < 1000; i++) {
      const x = randomInt(7, rng);
      assert.ok(Number.isInteger(x) && x >= 0 && x < 7);
    }
  });

  it("systemRandomBytes: every draw is fresh (across the 4 KiB block's refills), of the asked length, and uniform", () => {
    for (const n of [0, 1, 32, 33, 255, 256, 257, 5000]) assert.equal(systemRandomBytes(n).length, n);
    assert.throws(() => systemRandomBytes(-1), /non-negative integer/);
    const seen = new Set<string>();
    const counts = new Array<number>(256).fill(0);
    for (let i = 0; i < 4000; i++) { // 4000 x 33 bytes: about 32 refills of the block
      const draw = systemRandomBytes(33);
      const hex = Buffer.from(draw).toString("hex");
      assert.ok(!seen.has(hex), "a draw repeated");
      seen.add(hex);
      for (const b of draw) counts[b]!++;
      draw.fill(0); // the caller owns its copy: zeroing it changes no later draw
    }
    const stat = chiSquareUniform(counts);
    // z = 6 (p about 1e-9): the OS CSPRNG is not seeded, so the bound is set where a false alarm never happens.
    assert.ok(stat < chiSquareCritical(255, 6), `byte counts are not uniform: chi-square ${stat.toFixed(1)}`);
  });
});

