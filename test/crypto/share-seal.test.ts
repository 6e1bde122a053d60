import assert from "node:assert/strict";
import crypto from "node:crypto";
import nacl from "tweetnacl";
import { seededRandomBytes, seedFromLabel } from "../../shared/crypto/random";
import { openShare, sealShare, sealedLength, shareKey, shareNonce, type ShareAddress } from "../../shared/crypto/share-seal";
import { x25519Agreement } from "../../shared/crypto/x25519";

const hex = (s: string): Uint8Array => new Uint8Array(Buffer.from(s.replace(/[\s:]/g, ""), "hex"));

describe("crypto/share-seal (ChaCha20-Poly1305 under an X25519 + HKDF key)", () => {
  const rng = seededRandomBytes(seedFromLabel("share-seal"));
  const context = new Uint8Array(32).fill(7);
  const address: ShareAddress = { protocol: "secagg+", stage: "ShareKeys", context, sender: 3, receiver: 9 };

  it("node's ChaCha20-Poly1305 is RFC 8439's (the AEAD test vector of section 2.8.2)", () => {
    const key = hex("808182838485868788898a8b8c8d8e8f909192939495969798999a9b9c9d9e9f");
    const nonce = hex("070000004041424344454647");
    const aad = hex("50515253c0c1c2c3c4c5c6c7");
    const plaintext = Buffer.from("Ladies and Gentlemen of the class of '99: If I could offer you only one tip for the future, sunscreen would be it.");
    const cipher = crypto.createCipheriv("chacha20-poly1305", key, nonce, { authTagLength: 16 });
    cipher.setAAD(aad, { plaintextLength: plaintext.length });
    const body = Buffer.concat([cipher.update(plaintext), cipher.final()]);
    assert.equal(body.subarray(0, 16).toString("hex"), "d31a8d34648e60db7b86afbc53ef7ec2");
    assert.equal(cipher.getAuthTag().toString("hex"), "1ae10b594f09e26a7e902ecbd0600691");
  });

  it("both ends derive the same key from their own secret and the other's public key (tweetnacl's X25519 agrees)", () => {
    const a = rng(32), b = rng(32);
    const pa = nacl.scalarMult.base(a), pb = nacl.scalarMult.base(b);
    const kab = shareKey(x25519Agreement(a), pb, context)!, kba = shareKey(x25519Agreement(b), pa, context)!;
    assert.deepEqual(kab, kba);
    const reference = crypto.hkdfSync("sha256", nacl.scalarMult(a, pb), Buffer.from("conclave/kdf/v1"), Buffer.concat([Uint8Array.of(21), Buffer.from("conclave/v2/share-key"), context]), 32);
    assert.deepEqual(kab, new Uint8Array(reference));
    assert.notDeepEqual(shareKey(x25519Agreement(a), pb, new Uint8Array(32))!, kab, "the key is bound to the round's transcript");
    assert.equal(shareKey(x25519Agreement(a), new Uint8Array(32), context), null, "a low-order peer key gives no key");
  });

  it("seals and opens a payload; the wire is the ciphertext and a 16-byte tag, nothing in the clear", () => {
    const key = rng(32);
    const payload = rng(66);
    const sealed = sealShare(key, address, payload);
    assert.equal(sealed.length, sealedLength(66));
    assert.deepEqual(openShare(key, address, sealed), payload);
  });

  it("refuses a share opened for another sender, receiver, stage, protocol or transcript, or tampered with", () => {
    const key = rng(32);
    const sealed = sealShare(key, address, rng(66));
    for (const other of [{ ...address, sender: 4 }, { ...address, receiver: 8 }, { ...address, stage: "Unmask" }, { ...address, protocol: "additive" },
      { ...address, context: new Uint8Array(32) }]) {
      assert.equal(openShare(key, other, sealed), null);
    }
    const flipped = sealed.slice();
    flipped[5]! ^= 1;
    assert.equal(openShare(key, address, flipped), null);
    assert.equal(openShare(rng(32), address, sealed), null);
    assert.equal(openShare(key, address, sealed.subarray(0, 10)), null);
  });

  it("the two directions of a pair use different nonces (one key, never a repeated nonce)", () => {
    assert.notDeepEqual(shareNonce(3, 9), shareNonce(9, 3));
    assert.throws(() => shareNonce(-1, 2), RangeError);
  });
});
