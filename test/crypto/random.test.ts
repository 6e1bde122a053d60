import assert from "node:assert/strict";
import crypto from "node:crypto";
import { randomInt, seededRandomBytes, seedFromLabel } from "../../shared/crypto/random";

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
});
