import assert from "node:assert/strict";
import { addInto, negateInto, ringSum, subInto } from "../../shared/ring/ring-arithmetic";
import { seededRandomBytes, seedFromLabel } from "../../shared/crypto/random";

const MOD = 2n ** 32n;

function randomVector(d: number, rng: (n: number) => Uint8Array): Uint32Array {
  const v = new Uint32Array(d);
  new Uint8Array(v.buffer).set(rng(4 * d));
  return v;
}

describe("ring/ring-arithmetic", () => {
  const rng = seededRandomBytes(seedFromLabel("ring"));
  const d = 1000;
  const a = randomVector(d, rng);
  const b = randomVector(d, rng);
  a[0] = 0xffffffff; b[0] = 0xffffffff; a[1] = 0; b[1] = 1;

  it("addInto is addition mod 2^32", () => {
    const acc = addInto(a.slice(), b);
    for (let i = 0; i < d; i++) assert.equal(BigInt(acc[i]!), (BigInt(a[i]!) + BigInt(b[i]!)) % MOD);
  });

  it("subInto is subtraction mod 2^32 and undoes addInto", () => {
    const acc = subInto(a.slice(), b);
    for (let i = 0; i < d; i++) assert.equal(BigInt(acc[i]!), (((BigInt(a[i]!) - BigInt(b[i]!)) % MOD) + MOD) % MOD);
    assert.deepEqual(subInto(addInto(a.slice(), b), b), a);
  });

  it("negateInto gives the additive inverse, in place or into out", () => {
    const neg = negateInto(a, new Uint32Array(d));
    assert.deepEqual(addInto(neg.slice(), a), new Uint32Array(d));
    const inPlace = a.slice();
    negateInto(inPlace);
    assert.deepEqual(inPlace, neg);
    assert.equal(negateInto(Uint32Array.of(0))[0], 0);
  });

  it("ringSum adds many vectors", () => {
    const vs = [a, b, a];
    const s = ringSum(vs, d);
    for (let i = 0; i < d; i++) assert.equal(BigInt(s[i]!), (2n * BigInt(a[i]!) + BigInt(b[i]!)) % MOD);
  });

  it("refuses vectors of different lengths", () => {
    assert.throws(() => addInto(new Uint32Array(2), new Uint32Array(3)), RangeError);
    assert.throws(() => subInto(new Uint32Array(2), new Uint32Array(3)), RangeError);
    assert.throws(() => negateInto(new Uint32Array(2), new Uint32Array(3)), RangeError);
  });
});
