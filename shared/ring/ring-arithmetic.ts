/**
 * Vector arithmetic in Z_(2^32) on Uint32Array. A Uint32Array store reduces any
 * integer mod 2^32 (ToUint32), so a plain `+`/`-` followed by the store is the
 * ring operation; sums of two uint32 stay below 2^33, exact in a double.
 */

function checkLengths(op: string, a: Uint32Array, b: Uint32Array): void {
  if (a.length !== b.length) {
    throw new RangeError(`${op}: vectors differ in length (${a.length} and ${b.length})`);
  }
}

/** acc <- acc + x (mod 2^32). Returns acc. */
export function addInto(acc: Uint32Array, x: Uint32Array): Uint32Array {
  checkLengths("addInto", acc, x);
  const n = acc.length;
  for (let i = 0; i < n; i++) acc[i] = acc[i]! + x[i]!;
  return acc;
}

/** acc <- acc - x (mod 2^32). Returns acc. */
export function subInto(acc: Uint32Array, x: Uint32Array): Uint32Array {
  checkLengths("subInto", acc, x);
  const n = acc.length;
  for (let i = 0; i < n; i++) acc[i] = acc[i]! - x[i]!;
  return acc;
}

/** out <- -x (mod 2^32); in place when out is omitted. Returns out. */
export function negateInto(x: Uint32Array, out: Uint32Array = x): Uint32Array {
  checkLengths("negateInto", x, out);
  const n = x.length;
  for (let i = 0; i < n; i++) out[i] = -x[i]!;
  return out;
}

/** The ring sum of equally long vectors, into out (zeroed first) or a fresh vector. */
export function ringSum(vectors: readonly Uint32Array[], length: number, out: Uint32Array = new Uint32Array(length)): Uint32Array {
  if (out.length !== length) {
    throw new RangeError(`ringSum: output has ${out.length} elements, expected ${length}`);
  }
  out.fill(0);
  for (const v of vectors) addInto(out, v);
  return out;
}
