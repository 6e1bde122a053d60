import assert from "node:assert/strict";
import { seededRandomBytes, seedFromLabel } from "../../shared/crypto/random";
import {
  x25519Agreement, x25519KeyPair, x25519PublicKey, x25519PublicKeyReference, x25519SharedSecret, x25519SharedSecretReference,
} from "../../shared/crypto/x25519";

describe("crypto/x25519", () => {
  const rng = seededRandomBytes(seedFromLabel("x25519"));

  it("node and tweetnacl derive the same public key and the same shared secret for many random keys", () => {
    for (let i = 0; i < 100; i++) {
      const a = x25519KeyPair(rng), b = x25519KeyPair(rng);
      assert.deepEqual(a.publicKey, x25519PublicKeyReference(a.secretKey));
      const fast = x25519SharedSecret(a.secretKey, b.publicKey);
      const ref = x25519SharedSecretReference(a.secretKey, b.publicKey);
      assert.ok(fast !== null && ref !== null);
      assert.deepEqual(fast, ref);
      assert.deepEqual(x25519SharedSecret(b.secretKey, a.publicKey), fast); // symmetric
    }
  });

  it("also agrees on unclamped secret keys and public keys with the top bit set", () => {
    for (let i = 0; i < 20; i++) {
      const sk = rng(32);
      sk[0] = sk[0]! | 7; sk[31] = sk[31]! | 0xc0;
      const pk = rng(32);
      pk[31] = pk[31]! | 0x80;
      assert.deepEqual(x25519SharedSecret(sk, pk), x25519SharedSecretReference(sk, pk));
    }
  });

  it("an agreement object reuses one private key against many peers", () => {
    const a = x25519KeyPair(rng);
    const agreement = x25519Agreement(a.secretKey);
    assert.deepEqual(agreement.publicKey, x25519PublicKey(a.secretKey));
    for (let i = 0; i < 10; i++) {
      const b = x25519KeyPair(rng);
      assert.deepEqual(agreement.agree(b.publicKey), x25519SharedSecretReference(a.secretKey, b.publicKey));
    }
  });

  it("refuses low-order and malformed peer keys on both paths (null, never an all-zero secret)", () => {
    const sk = x25519KeyPair(rng).secretKey;
    const zero = new Uint8Array(32);
    const one = new Uint8Array(32); one[0] = 1;
    for (const bad of [zero, one]) {
      assert.equal(x25519SharedSecret(sk, bad), null);
      assert.equal(x25519SharedSecretReference(sk, bad), null);
    }
    assert.equal(x25519SharedSecret(sk, new Uint8Array(31)), null);
    assert.throws(() => x25519PublicKey(new Uint8Array(31)), RangeError);
  });
});
