import assert from "node:assert/strict";
import nacl from "tweetnacl";
import { seededRandomBytes, seedFromLabel } from "../../shared/crypto/random";
import {
  generateSigningKeyPair, signDetached, signDetachedReference, signer, signingKeyPairFromSeed, verifyDetached, verifyDetachedReference,
} from "../../shared/crypto/signatures";

describe("crypto/signatures (Ed25519)", () => {
  const rng = seededRandomBytes(seedFromLabel("signatures"));

  it("derives the same key pair from a seed as tweetnacl", () => {
    for (let i = 0; i < 5; i++) {
      const seed = rng(32);
      const ours = signingKeyPairFromSeed(seed);
      const ref = nacl.sign.keyPair.fromSeed(seed);
      assert.deepEqual(ours.publicKey, ref.publicKey);
      assert.deepEqual(ours.secretKey, ref.secretKey);
    }
  });

  it("node signatures are byte-identical to tweetnacl sign.detached and verify on both paths", () => {
    for (let i = 0; i < 5; i++) {
      const kp = generateSigningKeyPair(rng);
      const msg = rng(1 + i * 50);
      const sig = signDetached(msg, kp.secretKey);
      assert.deepEqual(sig, signDetachedReference(msg, kp.secretKey));
      assert.equal(verifyDetached(msg, sig, kp.publicKey), true);
      assert.equal(verifyDetachedReference(msg, sig, kp.publicKey), true);
    }
  });

  it("rejects a tampered message, a tampered signature, another key and malformed inputs", () => {
    const kp = generateSigningKeyPair(rng);
    const other = generateSigningKeyPair(rng);
    const msg = rng(64);
    const sig = signer(kp.secretKey)(msg);
    const badMsg = msg.slice(); badMsg[3] = badMsg[3]! ^ 1;
    const badSig = sig.slice(); badSig[10] = badSig[10]! ^ 0x20;
    for (const verify of [verifyDetached, verifyDetachedReference]) {
      assert.equal(verify(badMsg, sig, kp.publicKey), false);
      assert.equal(verify(msg, badSig, kp.publicKey), false);
      assert.equal(verify(msg, sig, other.publicKey), false);
      assert.equal(verify(msg, sig.subarray(0, 63), kp.publicKey), false);
      assert.equal(verify(msg, sig, kp.publicKey.subarray(0, 31)), false);
    }
  });
});
