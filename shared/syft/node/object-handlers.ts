/** Storing, fetching, deleting and encoding objects at a worker. */
import { SyftError } from "../errors";
import { encodeFixed } from "../fixed-point64";
import type { RequestBody } from "../messages";
import type { Handler } from "./node-context";
import { refOf, type StoredObject } from "./object-store";
import { checkHolders, checkRelease, checkUse } from "./worker-policy";

type Body<T extends RequestBody["type"]> = Extract<RequestBody, { type: T }>;

/** Room for the envelope, shape and names around a reply's values. */
const REPLY_OVERHEAD_BYTES = 64 * 1024;

export const handleHello: Handler<Body<"hello">> = (ctx) => ({ type: "hello", workerId: ctx.id, boxPublicKey: ctx.publicKey });

export const handleStore: Handler<Body<"store">> = (ctx, sender, body) => {
  const t = body.tensor;
  const obj: StoredObject = t.kind === "float"
    ? { kind: "float", owner: sender, shape: t.shape, values: t.values }
    : { kind: "ring", owner: sender, shape: t.shape, values: t.values };
  return { type: "object", ref: refOf(ctx.store.put(obj), obj) };
};

export const handleStoreShare: Handler<Body<"storeShare">> = (ctx, sender, body) => {
  const { share, tensor } = body;
  if (share.holders[share.index] !== ctx.id) {
    throw new SyftError("REFUSED", `worker ${ctx.id} received share ${share.index} of ${share.group}, which belongs to ${share.holders[share.index]}`);
  }
  checkHolders(ctx.id, share.holders, share.cryptoProvider);
  const obj: StoredObject = { kind: "share", owner: sender, shape: tensor.shape, values: tensor.values, share };
  return { type: "object", ref: refOf(ctx.store.put(obj), obj) };
};

export const handleGet: Handler<Body<"get">> = (ctx, sender, body) => {
  const obj = ctx.store.get(body.id);
  checkRelease(ctx.id, ctx.policy, sender, body.id, obj);
  const bytes = REPLY_OVERHEAD_BYTES + 8 * (obj.kind === "model" ? obj.model.weights.reduce((n, w) => n + w.values.length, 0) : obj.values.length);
  if (bytes > ctx.maxReplyBytes) {
    throw new SyftError("OUT_OF_RANGE", `worker ${ctx.id}: ${body.id} needs a reply of about ${bytes} bytes, above the limit of ${ctx.maxReplyBytes} bytes of this worker's link; it stays here (raise --max-message-bytes on both sides, or reduce it there first, e.g. sum)`);
  }
  if (!body.keep) ctx.store.delete(body.id);
  if (obj.kind === "model") return { type: "got", value: { kind: "model", model: obj.model } };
  return { type: "got", value: obj.kind === "float" ? { kind: "float", shape: obj.shape, values: obj.values } : { kind: "ring", shape: obj.shape, values: obj.values } };
};

export const handleDelete: Handler<Body<"delete">> = (ctx, sender, body) => {
  checkUse(ctx.id, sender, body.id, ctx.store.get(body.id));
  ctx.store.delete(body.id);
  return { type: "ok" };
};

/** fixPrecision where the data lives. An out-of-range value is refused without naming it (it is the owner's data). */
export const handleEncode: Handler<Body<"encode">> = (ctx, sender, body) => {
  const src = ctx.store.getKind(body.id, ["float"], "fixPrecision");
  checkUse(ctx.id, sender, body.id, src);
  let values: BigUint64Array;
  try {
    values = encodeFixed(src.values, body.precision, body.maxAbs);
  } catch (err) {
    if (err instanceof SyftError && err.code === "OUT_OF_RANGE") {
      throw new SyftError("OUT_OF_RANGE", `worker ${ctx.id}: ${body.id} holds a value outside the declared range [-${body.maxAbs}, ${body.maxAbs}] at precision ${body.precision}; declare a larger maxAbs`);
    }
    throw err;
  }
  const obj: StoredObject = { kind: "ring", owner: sender, shape: src.shape, values };
  return { type: "object", ref: refOf(ctx.store.put(obj), obj) };
};
