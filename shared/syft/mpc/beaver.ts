/**
 * Multiplication of two shared values with a Beaver triple (Beaver 1991), the
 * SPDZ-style protocol PySyft 0.2 runs, for n >= 2 holders:
 *
 *   the crypto provider deals shares of random a, b and c = a*b (or a@b),
 *   each holder's part sealed for it;
 *   every holder i opens d_i = x_i - a_i and e_i = y_i - b_i; this client sums
 *   them into d = x - a and e = y - b (uniform: they reveal nothing of x, y);
 *   holder i keeps z_i = c_i + d*b_i + a_i*e, and holder 0 adds d*e, so that
 *   sum z_i = c + d*b + a*e + d*e = (d + a)(e + b) = x*y  (mod 2^64).
 *
 * Exact in the ring: no error is added. Private against an honest-but-curious
 * client, provider and holders, as long as the provider colludes with no
 * holder and the client is neither (checked by client and workers).
 */
import { AdditiveSharingTensor } from "../additive-sharing-tensor";
import { SyftError } from "../errors";
import type { RingPayload, TripleKind } from "../messages";
import { PointerTensor } from "../pointer-tensor";
import { allOrNothing } from "../share-client";
import { addInto64 } from "../sharing";
import { formatShape, sameShape } from "../shape";
import { checkSealed, partiesOf } from "./parties";

function sumOpened(parts: readonly RingPayload[], what: string): RingPayload {
  const first = parts[0]!;
  const acc = first.values.slice();
  for (const p of parts.slice(1)) {
    if (!sameShape(p.shape, first.shape)) throw new SyftError("MALFORMED", `holders opened ${what} with shapes ${formatShape(first.shape)} and ${formatShape(p.shape)}`);
    addInto64(acc, p.values);
  }
  return { kind: "ring", shape: first.shape, values: acc };
}

export async function beaverProduct(x: AdditiveSharingTensor, y: AdditiveSharingTensor, kind: TripleKind, bound: bigint): Promise<AdditiveSharingTensor> {
  const provider = x.requireProvider(kind === "matrix" ? "matmul" : "mul");
  const holders = x.holders;
  const client = x.client;
  const session = client.newId(kind === "matrix" ? "matmul" : "mul");
  const [parties, providerKey] = await Promise.all([partiesOf(holders), provider.boxPublicKey()]);
  const sealed = await provider.expect({ type: "triple", session, kind, shapeA: x.shape, shapeB: y.shape, holders: parties }, "sealed");
  checkSealed(provider, providerKey, sealed, holders.length);
  const opened = await Promise.all(holders.map((h, i) => h.expect({
    type: "beaverOpen", session, kind, x: x.shares[i]!.id, y: y.shares[i]!.id, provider: provider.id, providerPublicKey: providerKey, envelope: sealed.envelopes[i]!,
  }, "opened")));
  for (const o of opened) if (o.values.length !== 2) throw new SyftError("MALFORMED", "a holder opened the Beaver masks as other than two tensors");
  const d = sumOpened(opened.map((o) => o.values[0]!), "x - a");
  const e = sumOpened(opened.map((o) => o.values[1]!), "y - b");
  const group = client.newId("g");
  const pointers = await allOrNothing(holders.map(async (h) => {
    const ref = await h.makeObject({ type: "beaverClose", session, d, e, resultGroup: group });
    return PointerTensor.fromRef(h, ref, "share", bound);
  }));
  return new AdditiveSharingTensor(pointers, provider, pointers[0]!.shape, bound, group);
}
