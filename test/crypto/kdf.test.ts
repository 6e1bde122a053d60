import assert from "node:assert/strict";
import crypto from "node:crypto";
import { deriveSeed, hkdfSha256Block, seedInfo } from "../../shared/crypto/kdf";

function hmac(key: Uint8Array, data: Uint8Array): Uint8Array {
  return new Uint8Array(crypto.createHmac("sha256", key).update(data).digest());
}

describe("crypto/kdf", () => {
  const secret = new Uint8Array(32).map((_, i) => i * 7 + 1);
  const ctx = { purpose: "secagg+/pairwise-mask", round: 3, ids: [4, 9] };

  it("is HKDF-SHA256 (RFC 5869) with the context as info", () => {
    const prk = hmac(new TextEncoder().encode("conclave/kdf/v1"), secret);
    const info = seedInfo(ctx);
    const t1 = hmac(prk, new Uint8Array([...info, 1]));
    assert.deepEqual(deriveSeed(secret, ctx), t1);
  });

  it("gives 32 bytes, the same for the same inputs, and different seeds for any change of context", () => {
    const s = deriveSeed(secret, ctx);
    assert.equal(s.length, 32);
    assert.deepEqual(deriveSeed(secret, { ...ctx, ids: [4, 9] }), s);
    const variants = [
      { ...ctx, purpose: "secagg+/self-mask" },
      { ...ctx, round: 4 },
      { ...ctx, ids: [9, 4] },
      { ...ctx, ids: [4, 10] },
      { ...ctx, ids: [4] },
    ];
    const seen = new Set([Buffer.from(s).toString("hex")]);
    for (const v of variants) seen.add(Buffer.from(deriveSeed(secret, v)).toString("hex"));
    assert.equal(seen.size, variants.length + 1);
    const other = secret.slice(); other[0] = other[0]! ^ 1;
    assert.notDeepEqual(deriveSeed(other, ctx), s);
  });

  it("refuses short key material", () => {
    assert.throws(() => deriveSeed(new Uint8Array(16), ctx), RangeError);
  });
});

describe("crypto/kdf hkdfSha256Block", () => {
  it("gives the bytes of node's hkdfSync for 32 bytes of output, over random inputs of many lengths", () => {
    for (let i = 0; i < 200; i++) {
      const ikm = crypto.randomBytes(1 + (i % 70));
      const salt = crypto.randomBytes(i % 40);
      const info = crypto.randomBytes((i * 7) % 130);
      const expected = new Uint8Array(crypto.hkdfSync("sha256", ikm, salt, info, 32));
      assert.deepEqual(hkdfSha256Block(ikm, salt, info), expected);
    }
  });
});
