/**
 * Additive secret sharing in Z_2^32 (Uint32Array) and Z_2^64 (BigUint64Array):
 * one implementation for the chain of tensors (64-bit) and for the
 * coordinator's additive secure aggregation (32-bit vectors, the words of
 * shared/ring's fixed point: shared/secagg/additive-client.ts splits its fit
 * vector with splitShares32).
 *
 * n shares of v: the first n - 1 are uniform words read from `rng` (4 or 8
 * bytes per element, in order, as little-endian words), the last is v minus
 * their sum. Any n - 1 shares are independent of v; all n sum to v. For the
 * 32-bit ring the bytes drawn and the shares made are exactly those of the
 * additive protocol's former splitShares (tested against a frozen copy in
 * test/syft/frozen-pipeline.ts), so its wire bytes did not change.
 */
import type { RandomBytes } from "../crypto/random";

export type RingVector = Uint32Array | BigUint64Array;

interface RingOps<A> {
  copy(a: A): A;
  random(length: number, rng: RandomBytes): A;
  addInto(acc: A, x: A): void;
  subInto(acc: A, x: A): void;
}

function randomBytesOf(length: number, rng: RandomBytes): ArrayBuffer {
  const bytes = rng(length);
  if (bytes.byteLength !== length) throw new RangeError(`the random source returned ${bytes.byteLength} bytes, ${length} were asked`);
  const buffer = new ArrayBuffer(length);
  new Uint8Array(buffer).set(bytes); // a copy: the source may be unaligned
  return buffer;
}

function checkLengths(a: { length: number }, b: { length: number }): void {
  if (a.length !== b.length) throw new RangeError(`ring vectors differ in length (${a.length} and ${b.length})`);
}

const OPS32: RingOps<Uint32Array> = {
  copy: (a) => a.slice(),
  random: (length, rng) => new Uint32Array(randomBytesOf(4 * length, rng)),
  addInto(acc, x) { checkLengths(acc, x); for (let i = 0; i < acc.length; i++) acc[i] = acc[i]! + x[i]!; },
  subInto(acc, x) { checkLengths(acc, x); for (let i = 0; i < acc.length; i++) acc[i] = acc[i]! - x[i]!; },
};

const OPS64: RingOps<BigUint64Array> = {
  copy: (a) => a.slice(),
  random: (length, rng) => new BigUint64Array(randomBytesOf(8 * length, rng)),
  addInto(acc, x) { checkLengths(acc, x); for (let i = 0; i < acc.length; i++) acc[i] = acc[i]! + x[i]!; },
  subInto(acc, x) { checkLengths(acc, x); for (let i = 0; i < acc.length; i++) acc[i] = acc[i]! - x[i]!; },
};

function split<A extends { length: number }>(ops: RingOps<A>, vector: A, n: number, rng: RandomBytes): A[] {
  if (!(Number.isSafeInteger(n) && n >= 1)) throw new RangeError(`sharing needs n >= 1 shares, got ${n}`);
  const last = ops.copy(vector);
  const shares: A[] = [];
  for (let s = 0; s < n - 1; s++) {
    const share = ops.random(vector.length, rng);
    ops.subInto(last, share);
    shares.push(share);
  }
  shares.push(last);
  return shares;
}

function join<A>(ops: RingOps<A>, shares: readonly A[]): A {
  const first = shares[0];
  if (first === undefined) throw new RangeError("reconstruction needs at least one share");
  const acc = ops.copy(first);
  for (let s = 1; s < shares.length; s++) ops.addInto(acc, shares[s]!);
  return acc;
}

/** n additive shares of a Z_2^32 vector (the coordinator's additive secure aggregation). */
export function splitShares32(vector: Uint32Array, n: number, rng: RandomBytes): Uint32Array[] {
  return split(OPS32, vector, n, rng);
}

/** n additive shares of a Z_2^64 vector (the chain of tensors). */
export function splitShares64(vector: BigUint64Array, n: number, rng: RandomBytes): BigUint64Array[] {
  return split(OPS64, vector, n, rng);
}

export function reconstruct32(shares: readonly Uint32Array[]): Uint32Array {
  return join(OPS32, shares);
}

export function reconstruct64(shares: readonly BigUint64Array[]): BigUint64Array {
  return join(OPS64, shares);
}

/** `length` uniform elements of Z_2^64 (masks, Beaver triples). */
export function uniform64(length: number, rng: RandomBytes): BigUint64Array {
  return OPS64.random(length, rng);
}

/** acc <- acc + x (mod 2^64). */
export function addInto64(acc: BigUint64Array, x: BigUint64Array): BigUint64Array {
  OPS64.addInto(acc, x);
  return acc;
}
