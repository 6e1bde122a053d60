/**
 * PySyft-style additive secret sharing in Z_(2^32): a vector becomes n shares
 * that are each uniformly random and sum to the vector. Any n - 1 shares reveal
 * nothing; all n are needed. The chain-of-tensors API reuses this for
 * `fixPrecision().share(...)`.
 */
import type { RandomBytes } from "../crypto/random";

/** n shares of `vector` (mod 2^32): the first n - 1 uniform, the last the difference. */
export function splitShares(vector: Uint32Array, n: number, rng: RandomBytes): Uint32Array[] {
  if (!(Number.isSafeInteger(n) && n >= 1)) throw new RangeError(`splitShares needs n >= 1 shares, got ${n}`);
  const d = vector.length;
  const last = vector.slice();
  const shares: Uint32Array[] = [];
  for (let s = 0; s < n - 1; s++) {
    const share = new Uint32Array(d);
    new Uint8Array(share.buffer).set(rng(4 * d)); // copy: the source may be unaligned
    for (let i = 0; i < d; i++) last[i] = last[i]! - share[i]!;
    shares.push(share);
  }
  shares.push(last);
  return shares;
}

/** The sum of equally long shares (mod 2^32), into `out` if given. */
export function sumShares(shares: readonly Uint32Array[], out?: Uint32Array): Uint32Array {
  const d = out?.length ?? shares[0]?.length;
  if (d === undefined) throw new RangeError("sumShares needs at least one share or an output vector");
  const acc = out ?? new Uint32Array(d);
  acc.fill(0);
  for (const share of shares) {
    if (share.length !== d) throw new RangeError(`sumShares: a share has ${share.length} elements, expected ${d}`);
    for (let i = 0; i < d; i++) acc[i] = acc[i]! + share[i]!;
  }
  return acc;
}
