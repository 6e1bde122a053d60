import assert from "node:assert/strict";
import crypto from "node:crypto";
import { expandAddInto, expandSeed } from "../../shared/crypto/prg";
import { seededRandomBytes, seedFromLabel } from "../../shared/crypto/random";
import { chiSquareCritical, chiSquareUniform } from "./support/statistics";

/** AES-256-CTR(seed, IV 0) over zeros, read as little-endian words: the specification. */
function referenceStream(seed: Uint8Array, d: number): Uint32Array {
  const bytes = crypto.createCipheriv("aes-256-ctr", seed, Buffer.alloc(16)).update(Buffer.alloc(4 * d));
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return Uint32Array.from({ length: d }, (_, i) => view.getUint32(4 * i, true));
}

describe("crypto/prg", () => {
  const rng = seededRandomBytes(seedFromLabel("prg"));

  it("expands a seed into the AES-256-CTR stream read little-endian, across chunk boundaries", () => {
    for (const d of [0, 1, 7, 16384, 16385, 40000]) {
      const seed = rng(32);
      assert.deepEqual(expandSeed(seed, d), referenceStream(seed, d));
    }
  });

  it("is deterministic per seed and differs between seeds", () => {
    const s = rng(32);
    assert.deepEqual(expandSeed(s, 100), expandSeed(s, 100));
    assert.notDeepEqual(expandSeed(rng(32), 100), expandSeed(s, 100));
  });

  it("expandAddInto adds (+1) or subtracts (-1) the stream mod 2^32; the two cancel", () => {
    const d = 33000;
    const seed = rng(32);
    const acc = new Uint32Array(d).map((_, i) => (i * 2654435761) >>> 0);
    const original = acc.slice();
    const stream = expandSeed(seed, d);
    expandAddInto(seed, acc, 1);
    for (let i = 0; i < d; i += 997) assert.equal(acc[i], (original[i]! + stream[i]!) >>> 0);
    expandAddInto(seed, acc, -1);
    assert.deepEqual(acc, original);
  });

  it("its words look uniform (chi-square on the top 8 bits)", () => {
    const words = expandSeed(rng(32), 50000);
    const counts = new Uint32Array(256);
    for (const w of words) counts[w >>> 24]!++;
    assert.ok(chiSquareUniform(counts) < chiSquareCritical(255));
  });

  it("refuses a seed that is not 32 bytes", () => {
    assert.throws(() => expandSeed(new Uint8Array(16), 4), RangeError);
  });
});
