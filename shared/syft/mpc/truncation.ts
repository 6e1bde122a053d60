/**
 * Division of a shared value x by a public integer d (truncation after a
 * fixed-point product, with d = 10^precision; mean and average with d = n),
 * correct for any number of holders.
 *
 * PySyft 0.2 truncated each share locally (SecureML's trick), which is only
 * right for two parties and even then fails with a probability that grows
 * with |x|; with three or more parties the result was wrong. Here:
 *
 *   public: d, a bound B >= |x|, and the offset O = d * (floor(B / d) + 1) > B;
 *   the crypto provider deals shares of a uniform r in Z_2^64 and of
 *   r' = floor(r / d) (r read as unsigned), sealed per holder;
 *   the holders open c = x + O + r (mod 2^64) to this client: c is uniform,
 *   whatever x is;
 *   wrap-around of x + O + r is possible only when c < 2O (since 0 < x + O < 2O),
 *   so those elements, and only they, get a fresh pair and are opened again
 *   (the choice depends on c alone, which is independent of x);
 *   then c = x + O + r exactly, and holder 0 keeps floor(c / d) - O / d - r'_0,
 *   the others -r'_i, so that the shares sum to
 *     floor((x + O + r) / d) - floor(r / d) - O / d  in  { floor(x / d), floor(x / d) + 1 }.
 *
 * Error bound: |result - x / d| < 1 (one unit in the last place of the fixed
 * point, 10^-precision), for every element, with any number of holders; no
 * failure probability. Each retry round happens for an element with
 * probability 2O / 2^64 (below 2^-20 for O < 2^43, the usual case). Private
 * against an honest-but-curious client, provider and holders, with no
 * collusion between the provider and a holder.
 */
import { AdditiveSharingTensor } from "../additive-sharing-tensor";
import { FixedPointRangeError, SyftError } from "../errors";
import { bounds, checkBound } from "../fixed-point64";
import { PointerTensor } from "../pointer-tensor";
import { allOrNothing } from "../share-client";
import { addInto64 } from "../sharing";
import { sizeOf } from "../shape";
import { checkSealed, partiesOf } from "./parties";

/** Retry rounds before giving up (each element needs another with probability 2O / 2^64 <= 1/2). */
export const MAX_TRUNCATION_ATTEMPTS = 64;
const RING = 1n << 64n;

export interface TruncationPlan {
  readonly offset: bigint;
  readonly quotientOffset: bigint;
}

export function truncationPlan(bound: bigint, divisor: bigint): TruncationPlan {
  if (divisor < 1n) throw new FixedPointRangeError(`a divisor must be a positive integer, got ${divisor}`);
  const quotientOffset = bound / divisor + 1n;
  const offset = quotientOffset * divisor;
  if (2n * offset > RING / 2n) {
    throw new FixedPointRangeError(`a division by ${divisor} of values bounded by ${bound} needs an offset ${offset} beyond 2^62; lower the precision or the declared maxAbs`);
  }
  return { offset, quotientOffset };
}

function sumAt(parts: readonly BigUint64Array[], length: number): BigUint64Array {
  const acc = new BigUint64Array(length);
  for (const p of parts) {
    if (p.length !== length) throw new SyftError("MALFORMED", `a holder opened ${p.length} values where ${length} were expected`);
    addInto64(acc, p);
  }
  return acc;
}

export async function divideShared(x: AdditiveSharingTensor, divisor: bigint): Promise<AdditiveSharingTensor> {
  const provider = x.requireProvider("division");
  const { offset, quotientOffset } = truncationPlan(x.bound, divisor);
  const bound = checkBound(bounds.div(x.bound, divisor), "a quotient");
  const holders = x.holders;
  const client = x.client;
  const session = client.newId("div");
  const size = sizeOf(x.shape);
  const [parties, providerKey] = await Promise.all([partiesOf(holders), provider.boxPublicKey()]);
  const c = new BigUint64Array(size);
  let pending = Array.from({ length: size }, (_, i) => i);
  for (let attempt = 0; pending.length > 0; attempt++) {
    if (attempt >= MAX_TRUNCATION_ATTEMPTS) {
      throw new SyftError("INTERNAL", `truncation ${session}: ${pending.length} elements still opened below 2O after ${attempt} attempts; the bound ${x.bound} is too close to 2^62`);
    }
    const indices = attempt === 0 ? [] : pending;
    const sealed = await provider.expect({ type: "truncationPair", session, size: pending.length, divisor, holders: parties, attempt }, "sealed");
    checkSealed(provider, providerKey, sealed, holders.length);
    const opened = await Promise.all(holders.map((h, i) => h.expect({
      type: "truncOpen", session, x: x.shares[i]!.id, provider: provider.id, providerPublicKey: providerKey, envelope: sealed.envelopes[i]!,
      offset, attempt, indices,
    }, "opened")));
    const sum = sumAt(opened.map((o) => o.values[0]?.values ?? new BigUint64Array(0)), pending.length);
    pending.forEach((at, j) => { c[at] = sum[j]!; });
    pending = pending.filter((at) => c[at]! < 2n * offset);
  }
  const group = client.newId("g");
  const pointers = await allOrNothing(holders.map(async (h) => {
    const ref = await h.makeObject({ type: "truncClose", session, c: { kind: "ring", shape: x.shape, values: c }, divisor, quotientOffset, resultGroup: group });
    return PointerTensor.fromRef(h, ref, "share", bound);
  }));
  return new AdditiveSharingTensor(pointers, provider, x.shape, bound, group);
}
