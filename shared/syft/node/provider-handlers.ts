/**
 * The crypto provider's side: correlated randomness for the holders of a
 * sharing, each holder's part sealed for it. A Beaver triple (a, b, c = a*b or
 * a@b) for a product, a truncation pair (r, floor(r / d)) for a division by a
 * public d. The provider learns the shapes and nothing of the values; it
 * refuses to serve a sharing it holds a share of.
 */
import { SyftError } from "../errors";
import { elementwise, matmul, RING64, type Dense } from "../kernels";
import type { Party, RequestBody, RingPayload } from "../messages";
import { sealTensors, type SealContext } from "../sealed";
import { splitShares64, uniform64 } from "../sharing";
import { formatShape, matmulShape, sameShape, sizeOf } from "../shape";
import type { Handler, NodeContext } from "./node-context";
import { checkProvider } from "./worker-policy";

type Body<T extends RequestBody["type"]> = Extract<RequestBody, { type: T }>;

function sealForAll(ctx: NodeContext, holders: readonly Party[], purpose: SealContext["purpose"], session: string, attempt: number,
  parts: readonly (readonly RingPayload[])[]): Uint8Array[] {
  return holders.map((h, i) => sealTensors(ctx.secretKey, h.boxPublicKey,
    { purpose, session, sender: ctx.id, receiver: h.id, receiverIndex: i, attempt }, parts.map((p) => p[i]!), ctx.randomBytes));
}

function shared(dense: Dense<BigUint64Array>, n: number, ctx: NodeContext): RingPayload[] {
  return splitShares64(dense.values, n, ctx.randomBytes).map((values) => ({ kind: "ring", shape: dense.shape, values }));
}

export const handleTriple: Handler<Body<"triple">> = (ctx, sender, body) => {
  checkProvider(ctx.id, sender, body.holders.map((h) => h.id));
  if (body.kind === "elementwise" && !sameShape(body.shapeA, body.shapeB)) {
    throw new SyftError("BAD_REQUEST", `an elementwise triple needs equal shapes, got ${formatShape(body.shapeA)} and ${formatShape(body.shapeB)}`);
  }
  if (body.kind === "matrix") matmulShape(body.shapeA, body.shapeB);
  const a = { shape: body.shapeA, values: uniform64(sizeOf(body.shapeA), ctx.randomBytes) };
  const b = { shape: body.shapeB, values: uniform64(sizeOf(body.shapeB), ctx.randomBytes) };
  const c = body.kind === "elementwise" ? elementwise(RING64, "mul", a, b) : matmul(RING64, a, b);
  const n = body.holders.length;
  const envelopes = sealForAll(ctx, body.holders, "triple", body.session, 0, [shared(a, n, ctx), shared(b, n, ctx), shared(c, n, ctx)]);
  return { type: "sealed", envelopes, senderPublicKey: ctx.publicKey, ownShare: null };
};

export const handleTruncationPair: Handler<Body<"truncationPair">> = (ctx, sender, body) => {
  checkProvider(ctx.id, sender, body.holders.map((h) => h.id));
  const r = uniform64(body.size, ctx.randomBytes);
  const rq = new BigUint64Array(body.size);
  for (let i = 0; i < r.length; i++) rq[i] = r[i]! / body.divisor;
  const n = body.holders.length;
  const shape = [body.size];
  const envelopes = sealForAll(ctx, body.holders, "truncation", body.session, body.attempt,
    [shared({ shape, values: r }, n, ctx), shared({ shape, values: rq }, n, ctx)]);
  return { type: "sealed", envelopes, senderPublicKey: ctx.publicKey, ownShare: null };
};
