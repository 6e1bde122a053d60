import assert from "node:assert/strict";
import nacl from "tweetnacl";
import { seededRandomBytes, seedFromLabel } from "../../shared/crypto/random";
import { boxKey, boxKeyReference, boxKeyWith, encodeHeader, envelopeLength, openEnvelope, sealEnvelope } from "../../shared/crypto/share-box";
import { x25519Agreement, x25519KeyPair } from "../../shared/crypto/x25519";

describe("crypto/share-box", () => {
  const rng = seededRandomBytes(seedFromLabel("share-box"));
  const alice = x25519KeyPair(rng), bob = x25519KeyPair(rng), carol = x25519KeyPair(rng);
  const header = { protocol: "secagg+", stage: "ShareKeys", round: 7, sender: 1, receiver: 2 };
  const payload = rng(66);

  it("the fast box key equals nacl.box.before for random key pairs", () => {
    for (let i = 0; i < 30; i++) {
      const a = x25519KeyPair(rng), b = x25519KeyPair(rng);
      assert.deepEqual(boxKey(a.secretKey, b.publicKey), boxKeyReference(a.secretKey, b.publicKey));
    }
    assert.equal(boxKey(alice.secretKey, new Uint8Array(32)), null);
  });

  it("boxKeyWith, from a private key imported once, gives the same key for many peers", () => {
    const agreement = x25519Agreement(alice.secretKey);
    for (let i = 0; i < 10; i++) {
      const peer = x25519KeyPair(rng).publicKey;
      assert.deepEqual(boxKeyWith(agreement, peer), boxKeyReference(alice.secretKey, peer));
    }
    assert.equal(boxKeyWith(agreement, new Uint8Array(32)), null);
  });

  it("an envelope is a plain nacl.box of header || payload and opens for its receiver", () => {
    const key = boxKey(alice.secretKey, bob.publicKey)!;
    const env = sealEnvelope(key, header, payload, rng);
    assert.equal(env.length, envelopeLength(header, payload.length));
    const plain = nacl.box.open(env.subarray(24), env.subarray(0, 24), alice.publicKey, bob.secretKey);
    assert.ok(plain !== null);
    assert.deepEqual(plain, new Uint8Array([...encodeHeader(header), ...payload]));
    const opened = openEnvelope(boxKey(bob.secretKey, alice.publicKey)!, env, header);
    assert.ok(opened.ok);
    assert.deepEqual(opened.payload, payload);
  });

  it("refuses an envelope replayed to another round, stage or receiver (misaddressed)", () => {
    const key = boxKey(alice.secretKey, bob.publicKey)!;
    const env = sealEnvelope(key, header, payload, rng);
    for (const wrong of [{ ...header, round: 8 }, { ...header, stage: "Unmask" }, { ...header, receiver: 3 }, { ...header, sender: 5 }]) {
      const r = openEnvelope(key, env, wrong);
      assert.ok(!r.ok);
      assert.equal(r.reason, "misaddressed");
      assert.match(r.message, /replayed or misrouted/);
    }
  });

  it("refuses tampering, truncation and the wrong key (authentication-failed)", () => {
    const key = boxKey(alice.secretKey, bob.publicKey)!;
    const env = sealEnvelope(key, header, payload, rng);
    const tampered = env.slice(); tampered[40] = tampered[40]! ^ 1;
    const wrongKey = boxKey(carol.secretKey, bob.publicKey)!;
    for (const [k, e] of [[key, tampered], [key, env.subarray(0, 30)], [wrongKey, env]] as const) {
      const r = openEnvelope(k, e, header);
      assert.ok(!r.ok);
      assert.equal(r.reason, "authentication-failed");
    }
  });
});
