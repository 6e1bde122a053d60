import assert from "node:assert/strict";
import { randomBytes } from "node:crypto";
import { generateSigningKeyPair, signDetached, verifyDetached } from "../../shared/crypto/signatures";
import { memoisedVerify } from "../../shared/crypto/verified-signatures";

describe("memoised signature verification", () => {
  it("a success is computed once; a different message, signature or key is verified afresh", () => {
    const message = new Uint8Array(randomBytes(100));
    const signature = new Uint8Array(randomBytes(64));
    const key = new Uint8Array(randomBytes(32));
    let calls = 0;
    const yes = (): boolean => { calls++; return true; };
    assert.equal(memoisedVerify(message, signature, key, yes), true);
    assert.equal(memoisedVerify(message, signature, key, yes), true);
    assert.equal(calls, 1);
    for (const [m, s, k] of [[message.slice(1), signature, key], [message, signature.slice().fill(1, 0, 1), key], [message, signature, key.slice().fill(7, 0, 1)]] as const) {
      assert.equal(memoisedVerify(m, s, k, () => { calls++; return false; }), false);
    }
    assert.equal(calls, 4);
  });

  it("a failure is never remembered, and a tampered copy of a verified signature still fails", () => {
    const kp = generateSigningKeyPair();
    const message = new Uint8Array(randomBytes(80));
    const signature = signDetached(message, kp.secretKey);
    assert.equal(verifyDetached(message, signature, kp.publicKey), true);
    const forged = signature.slice();
    forged[10]! ^= 1;
    assert.equal(verifyDetached(message, forged, kp.publicKey), false);
    assert.equal(verifyDetached(message, forged, kp.publicKey), false);
    const altered = message.slice();
    altered[0]! ^= 1;
    assert.equal(verifyDetached(altered, signature, kp.publicKey), false);
    assert.equal(verifyDetached(message, signature, kp.publicKey), true);
  });
});
