/**
 * Sharing a value that lives at this worker (PySyft's `ptr.fix_prec().share(...)`
 * run where the data is): the worker splits it, keeps its own share if it is a
 * holder, and seals every other share for its holder; the client relays the
 * envelopes (StoreSealed) and sees none of the shares.
 */
import { SyftError } from "../errors";
import type { RequestBody, ShareInfo } from "../messages";
import { openTensors, sealTensors } from "../sealed";
import { splitShares64 } from "../sharing";
import { sameShape, formatShape } from "../shape";
import type { Handler } from "./node-context";
import { refOf, type StoredObject } from "./object-store";
import { checkHolders, checkUse } from "./worker-policy";

type Body<T extends RequestBody["type"]> = Extract<RequestBody, { type: T }>;

export const handleShareOut: Handler<Body<"shareOut">> = (ctx, sender, body) => {
  const src = ctx.store.getKind(body.id, ["ring"], "share");
  checkUse(ctx.id, sender, body.id, src);
  const ids = body.holders.map((h) => h.id);
  checkHolders(ctx.id, ids, body.cryptoProvider);
  const shares = splitShares64(src.values, ids.length, ctx.randomBytes);
  const own = ids.indexOf(ctx.id);
  const envelopes = body.holders.map((holder, index) => {
    if (index === own) return new Uint8Array(0);
    const context = { purpose: "share", session: body.group, sender: ctx.id, receiver: holder.id, receiverIndex: index, attempt: 0 } as const;
    return sealTensors(ctx.secretKey, holder.boxPublicKey, context, [{ kind: "ring", shape: src.shape, values: shares[index]! }], ctx.randomBytes);
  });
  let ownShare: string | null = null;
  if (own >= 0) {
    const share: ShareInfo = { group: body.group, holders: ids, index: own, cryptoProvider: body.cryptoProvider };
    const obj: StoredObject = { kind: "share", owner: sender, shape: src.shape, values: shares[own]!, share };
    ownShare = ctx.store.put(obj);
  }
  return { type: "sealed", envelopes, senderPublicKey: ctx.publicKey, ownShare };
};

export const handleStoreSealed: Handler<Body<"storeSealed">> = (ctx, sender, body) => {
  const { share } = body;
  if (share.holders[share.index] !== ctx.id) {
    throw new SyftError("REFUSED", `worker ${ctx.id} received share ${share.index} of ${share.group}, which belongs to ${share.holders[share.index]}`);
  }
  checkHolders(ctx.id, share.holders, share.cryptoProvider);
  const context = { purpose: "share", session: share.group, sender: body.from, receiver: ctx.id, receiverIndex: share.index, attempt: 0 } as const;
  const [tensor] = openTensors(ctx.secretKey, body.fromPublicKey, context, body.envelope, 1);
  if (!sameShape(tensor!.shape, body.shape)) {
    throw new SyftError("MALFORMED", `the sealed share of ${share.group} has shape ${formatShape(tensor!.shape)}, the request says ${formatShape(body.shape)}`);
  }
  const obj: StoredObject = { kind: "share", owner: sender, shape: tensor!.shape, values: tensor!.values, share };
  return { type: "object", ref: refOf(ctx.store.put(obj), obj) };
};
