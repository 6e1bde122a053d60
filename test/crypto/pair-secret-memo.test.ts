import assert from "node:assert/strict";
import path from "node:path";
import { Worker } from "node:worker_threads";
import { PairSecretMemo } from "../../shared/crypto/pair-secret-memo";
import { seededRandomBytes, seedFromLabel } from "../../shared/crypto/random";
import { x25519Agreement, x25519KeyPair, x25519SharedSecretReference } from "../../shared/crypto/x25519";

const MEMO = path.resolve(__dirname, "../../shared/crypto/pair-secret-memo.ts");
const X25519 = path.resolve(__dirname, "../../shared/crypto/x25519.ts");

describe("crypto/pair-secret-memo (virtual workers' X25519 agreements)", () => {
  const rng = seededRandomBytes(seedFromLabel("pair-secret-memo"));
  const context = (label: string) => new TextEncoder().encode(label);

  it("the second end of a pair takes the first end's secret: the same bytes tweetnacl computes, one multiplication for two", () => {
    for (let i = 0; i < 20; i++) {
      const memo = new PairSecretMemo(1 << 6);
      memo.begin(context("sum"));
      const ka = x25519KeyPair(rng), kb = x25519KeyPair(rng);
      const a = x25519Agreement(ka.secretKey, memo), b = x25519Agreement(kb.secretKey, memo);
      const fromA = a.agree(kb.publicKey);
      assert.deepEqual(memo.stats, { hits: 0, misses: 1 });
      assert.equal(memo.held, 1);
      const fromB = b.agree(ka.publicKey);
      assert.deepEqual(memo.stats, { hits: 1, misses: 1 });
      assert.equal(memo.held, 0, "taken, the secret is zeroed in the memo");
      assert.deepEqual(fromA, x25519SharedSecretReference(ka.secretKey, kb.publicKey));
      assert.deepEqual(fromB, fromA);
      assert.notEqual(fromB, fromA, "each end holds its own copy");
      fromA!.fill(0);
      assert.deepEqual(fromB, x25519SharedSecretReference(kb.secretKey, ka.publicKey));
    }
  });

  it("a third party never gets a pair's secret: it is looked up only with the asker's own public key", () => {
    const memo = new PairSecretMemo(1 << 6);
    const ka = x25519KeyPair(rng), kb = x25519KeyPair(rng), kc = x25519KeyPair(rng);
    const a = x25519Agreement(ka.secretKey, memo), c = x25519Agreement(kc.secretKey, memo);
    const ab = a.agree(kb.publicKey)!;
    // C asks about B and about A: it computes its own secrets, and (A, B) stays for B.
    const cb = c.agree(kb.publicKey);
    assert.deepEqual(cb, x25519SharedSecretReference(kc.secretKey, kb.publicKey));
    assert.notDeepEqual(cb, ab);
    assert.deepEqual(c.agree(ka.publicKey), x25519SharedSecretReference(kc.secretKey, ka.publicKey));
    assert.deepEqual(memo.stats, { hits: 0, misses: 3 });
    assert.deepEqual(x25519Agreement(kb.secretKey, memo).agree(ka.publicKey), ab);
    assert.equal(memo.stats.hits, 1);
  });

  it("a low-order peer key gives null and leaves nothing behind; another encoding of a key is another entry", () => {
    const memo = new PairSecretMemo(1 << 6);
    const ka = x25519KeyPair(rng), kb = x25519KeyPair(rng);
    const a = x25519Agreement(ka.secretKey, memo), b = x25519Agreement(kb.secretKey, memo);
    assert.equal(a.agree(new Uint8Array(32)), null);
    assert.equal(a.agree(new Uint8Array(31)), null);
    assert.equal(a.agree(new Uint8Array(32)), null, "the low-order result was not kept as a secret");
    const highBit = kb.publicKey.slice();
    highBit[31] = highBit[31]! | 0x80; // X25519 ignores the top bit: the same point, other bytes
    const viaHighBit = a.agree(highBit);
    assert.deepEqual(viaHighBit, x25519SharedSecretReference(ka.secretKey, kb.publicKey));
    assert.deepEqual(b.agree(ka.publicKey), viaHighBit); // computed by B itself: (B, A) is not (A, B|0x80)
    assert.deepEqual(memo.stats, { hits: 0, misses: 4 });
  });

  it("a new secure sum zeroes what the last one left; clear() zeroes everything", () => {
    const memo = new PairSecretMemo(1 << 6);
    const ka = x25519KeyPair(rng), kb = x25519KeyPair(rng);
    memo.begin(context("round 1"));
    x25519Agreement(ka.secretKey, memo).agree(kb.publicKey);
    memo.begin(context("round 1"));
    assert.equal(memo.held, 1, "the same sum keeps its entries");
    memo.begin(context("round 2"));
    assert.equal(memo.held, 0);
    const b = x25519Agreement(kb.secretKey, memo);
    assert.deepEqual(b.agree(ka.publicKey), x25519SharedSecretReference(kb.secretKey, ka.publicKey));
    assert.equal(memo.stats.hits, 0);
    assert.equal(memo.held, 1);
    memo.clear();
    assert.equal(memo.held, 0);
    memo.begin(context("round 1"));
    b.agree(ka.publicKey);
    assert.equal(memo.stats.hits, 0);
  });

  it("is a bounded cache: when full an entry is overwritten, and the loser computes the same bytes itself", () => {
    const memo = new PairSecretMemo(1);
    const keys = [0, 1, 2, 3].map(() => x25519KeyPair(rng));
    const first = x25519Agreement(keys[0]!.secretKey, memo);
    for (const k of keys.slice(1)) first.agree(k.publicKey);
    assert.deepEqual(x25519Agreement(keys[3]!.secretKey, memo).agree(keys[0]!.publicKey), x25519SharedSecretReference(keys[0]!.secretKey, keys[3]!.publicKey));
    assert.deepEqual(x25519Agreement(keys[1]!.secretKey, memo).agree(keys[0]!.publicKey), x25519SharedSecretReference(keys[0]!.secretKey, keys[1]!.publicKey));
    assert.deepEqual(memo.stats, { hits: 1, misses: 4 }, "only the last pair kept its slot");
    assert.throws(() => new PairSecretMemo(3), /power of two/);
  });

  it("threads share one table: a pair whose ends live in two threads agrees once", async () => {
    const memo = new PairSecretMemo(1 << 8);
    const pairs = Array.from({ length: 20 }, () => [x25519KeyPair(rng), x25519KeyPair(rng)] as const);
    const code = `require("tsx/cjs");
      const { workerData, parentPort } = require("node:worker_threads");
      const { PairSecretMemo } = require(${JSON.stringify(MEMO)});
      const { x25519Agreement } = require(${JSON.stringify(X25519)});
      const memo = new PairSecretMemo(workerData.buffer);
      memo.begin(new TextEncoder().encode("sum"));
      const out = workerData.pairs.map(([a, b]) => x25519Agreement(a.secretKey, memo).agree(b.publicKey));
      parentPort.postMessage({ out, stats: memo.stats });`;
    const fromThread = await new Promise<{ out: Uint8Array[]; stats: { hits: number; misses: number } }>((resolve, reject) => {
      const w = new Worker(code, { eval: true, workerData: { buffer: memo.buffer, pairs } });
      w.once("message", resolve);
      w.once("error", reject);
    });
    assert.deepEqual(fromThread.stats, { hits: 0, misses: 20 });
    memo.begin(context("sum"));
    pairs.forEach(([ka, kb], i) => {
      const here = x25519Agreement(kb.secretKey, memo).agree(ka.publicKey);
      assert.deepEqual(here, fromThread.out[i]);
      assert.deepEqual(here, x25519SharedSecretReference(kb.secretKey, ka.publicKey));
    });
    assert.deepEqual(memo.stats, { hits: 20, misses: 0 });
  });
});
