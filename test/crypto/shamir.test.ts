import assert from "node:assert/strict";
import bigInt from "big-integer";
import { randomInt, seededRandomBytes, seedFromLabel } from "../../shared/crypto/random";
import { reconstruct, share, SHAMIR_PRIME } from "../../shared/crypto/shamir";
import { chiSquareCritical, chiSquareUniform } from "./support/statistics";

function pick<T>(items: readonly T[], count: number, rng: (n: number) => Uint8Array): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = randomInt(i + 1, rng);
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy.slice(0, count);
}

describe("crypto/shamir", () => {
  const rng = seededRandomBytes(seedFromLabel("shamir"));

  it("works over p = 2^256 + 297, the smallest prime above 2^256", () => {
    const two256 = bigInt(2).pow(256);
    assert.ok(SHAMIR_PRIME.equals(two256.add(297)));
    assert.ok(SHAMIR_PRIME.isProbablePrime(40));
    for (let k = 1; k < 297; k++) assert.ok(!two256.add(k).isProbablePrime(10), `2^256 + ${k} is not prime`);
  });

  it("any t of n shares reconstruct the secret", () => {
    for (let trial = 0; trial < 40; trial++) {
      const n = 1 + randomInt(30, rng);
      const t = 1 + randomInt(n, rng);
      const secret = rng(32);
      const shares = share(secret, { n, t }, rng);
      for (let k = 0; k < 3; k++) assert.deepEqual(reconstruct(pick(shares, t, rng)), secret);
      assert.deepEqual(reconstruct(pick(shares, Math.min(n, t + 1), rng)), secret); // more than t is fine too
    }
  });

  it("handles the extreme secrets 0 and 2^256 - 1 and custom evaluation points", () => {
    for (const secret of [new Uint8Array(32), new Uint8Array(32).fill(0xff)]) {
      const shares = share(secret, { n: 5, t: 3, xs: [3, 101, 7, 2 ** 40, 9] }, rng);
      assert.deepEqual(shares.map((s) => s.x), [3, 101, 7, 2 ** 40, 9]);
      assert.deepEqual(reconstruct([shares[4]!, shares[1]!, shares[3]!]), secret);
    }
  });

  it("t - 1 shares do not determine the secret", () => {
    const secret = rng(32);
    const shares = share(secret, { n: 6, t: 4 }, rng);
    const r = reconstruct(shares.slice(0, 3));
    assert.ok(r === null || Buffer.compare(r, secret) !== 0);
  });

  it("t - 1 shares of a fixed secret are uniformly distributed (chi-square), for two different secrets", () => {
    // t = 3: the pair (f(1), f(2)) of two shares, bucketed by their low 4 bits each, must be uniform on 256 cells.
    for (const secret of [new Uint8Array(32), new Uint8Array(32).fill(0xab)]) {
      const counts = new Uint32Array(256);
      for (let i = 0; i < 12000; i++) {
        const shares = share(secret, { n: 3, t: 3 }, rng);
        counts[((shares[0]!.y[32]! & 15) << 4) | (shares[1]!.y[32]! & 15)]!++;
      }
      assert.ok(chiSquareUniform(counts) < chiSquareCritical(255), `chi2 = ${chiSquareUniform(counts)}`);
    }
  });

  it("a single share (t = 2) does not depend on the secret: same distribution of its top bits", () => {
    const counts = [new Uint32Array(16), new Uint32Array(16)];
    [new Uint8Array(32), new Uint8Array(32).fill(0xff)].forEach((secret, s) => {
      for (let i = 0; i < 4000; i++) counts[s]![share(secret, { n: 2, t: 2 }, rng)[0]!.y[1]! >>> 4]!++;
    });
    for (const c of counts) assert.ok(chiSquareUniform(c) < chiSquareCritical(15, 4.265) * 1.1);
  });

  it("refuses bad parameters and duplicate points", () => {
    const s = rng(32);
    assert.throws(() => share(s, { n: 3, t: 4 }, rng), RangeError);
    assert.throws(() => share(s, { n: 3, t: 0 }, rng), RangeError);
    assert.throws(() => share(rng(31), { n: 3, t: 2 }, rng), RangeError);
    assert.throws(() => share(s, { n: 2, t: 2, xs: [1, 1] }, rng), RangeError);
    assert.throws(() => share(s, { n: 2, t: 2, xs: [0, 1] }, rng), RangeError);
    const shares = share(s, { n: 3, t: 2 }, rng);
    assert.throws(() => reconstruct([shares[0]!, shares[0]!]), RangeError);
    assert.throws(() => reconstruct([]), RangeError);
  });
});
