import assert from "node:assert/strict";
import { PairSecretMemo } from "../../shared/crypto/pair-secret-memo";
import { seededRandomBytes, seedFromLabel } from "../../shared/crypto/random";
import { x25519Agreement, x25519KeyPair, x25519SharedSecretReference } from "../../shared/crypto/x25519";

describe("crypto/pair-secret-memo (virtual workers' X25519 agreements)", () => {
  const rng = seededRandomBytes(seedFromLabel("pair-secret-memo"));
  const context = (label: string) => new TextEncoder().encode(label);

  it("the second end of a pair takes the first end's secret: the same bytes tweetnacl computes, one multiplication for two", () => {
    for (let i = 0; i < 20; i++) {
      const memo = new PairSecretMemo();
      memo.begin(context("sum"));
      const ka = x25519KeyPair(rng), kb = x25519KeyPair(rng);
      const a = x25519Agreement(ka.secretKey, memo), b = x25519Agreement(kb.secretKey, memo);
      const fromA = a.agree(kb.publicKey);
      assert.deepEqual(memo.stats, { hits: 0, misses: 1, pending: 1 });
      const fromB = b.agree(ka.publicKey);
      assert.deepEqual(memo.stats, { hits: 1, misses: 1, pending: 0 });
      assert.deepEqual(fromA, x25519SharedSecretReference(ka.secretKey, kb.publicKey));
      assert.deepEqual(fromB, fromA);
      assert.notEqual(fromB, fromA, "each end holds its own copy");
      fromA!.fill(0);
      assert.deepEqual(fromB, x25519SharedSecretReference(kb.secretKey, ka.publicKey));
    }
  });

  it("a third party never gets a pair's secret: it is looked up only with the asker's own public key", () => {
    const memo = new PairSecretMemo();
    const ka = x25519KeyPair(rng), kb = x25519KeyPair(rng), kc = x25519KeyPair(rng);
    const a = x25519Agreement(ka.secretKey, memo), c = x25519Agreement(kc.secretKey, memo);
    const ab = a.agree(kb.publicKey)!;
    // C asks about A and about B: it computes its own secrets, and (A, B) stays for B.
    const cb = c.agree(kb.publicKey);
    assert.deepEqual(cb, x25519SharedSecretReference(kc.secretKey, kb.publicKey));
    assert.notDeepEqual(cb, ab);
    assert.deepEqual(c.agree(ka.publicKey), x25519SharedSecretReference(kc.secretKey, ka.publicKey));
    assert.deepEqual(memo.stats, { hits: 0, misses: 3, pending: 3 });
    const b = x25519Agreement(kb.secretKey, memo);
    assert.deepEqual(b.agree(ka.publicKey), ab);
    assert.equal(memo.stats.hits, 1);
  });

  it("a low-order peer key gives null and leaves nothing behind; another encoding of a key is another entry", () => {
    const memo = new PairSecretMemo();
    const ka = x25519KeyPair(rng), kb = x25519KeyPair(rng);
    const a = x25519Agreement(ka.secretKey, memo), b = x25519Agreement(kb.secretKey, memo);
    assert.equal(a.agree(new Uint8Array(32)), null);
    assert.equal(a.agree(new Uint8Array(31)), null);
    assert.equal(memo.stats.pending, 0);
    const highBit = kb.publicKey.slice();
    highBit[31] = highBit[31]! | 0x80; // X25519 ignores the top bit: the same point, other bytes
    const viaHighBit = a.agree(highBit);
    assert.deepEqual(viaHighBit, x25519SharedSecretReference(ka.secretKey, kb.publicKey));
    assert.deepEqual(b.agree(ka.publicKey), viaHighBit); // computed by B itself: (B, A) is not (A, B|0x80)
    assert.deepEqual(memo.stats, { hits: 0, misses: 3, pending: 2 }); // the low-order key, A with B|0x80, B with A
  });

  it("a new secure sum drops what is left of the last one; the same context keeps it", () => {
    const memo = new PairSecretMemo();
    const ka = x25519KeyPair(rng), kb = x25519KeyPair(rng);
    memo.begin(context("round 1"));
    x25519Agreement(ka.secretKey, memo).agree(kb.publicKey);
    memo.begin(context("round 1"));
    assert.equal(memo.stats.pending, 1);
    memo.begin(context("round 2"));
    assert.equal(memo.stats.pending, 0);
    x25519Agreement(ka.secretKey, memo).agree(kb.publicKey);
    memo.clear();
    assert.equal(memo.stats.pending, 0);
  });

  it("is bounded: when full it forgets everything (the saving is lost, never a secret's correctness)", () => {
    const memo = new PairSecretMemo(2);
    const keys = [0, 1, 2, 3].map(() => x25519KeyPair(rng));
    const first = x25519Agreement(keys[0]!.secretKey, memo);
    for (const k of keys.slice(1)) first.agree(k.publicKey);
    assert.equal(memo.stats.pending, 1);
    // 1's entry was forgotten: it computes its own secret, the same bytes.
    assert.deepEqual(x25519Agreement(keys[1]!.secretKey, memo).agree(keys[0]!.publicKey), x25519SharedSecretReference(keys[0]!.secretKey, keys[1]!.publicKey));
    assert.equal(memo.stats.hits, 0);
    assert.throws(() => new PairSecretMemo(0), /positive integer/);
  });
});
