/**
 * Arithmetic where the data lives: one Op request, on plain tensors, on
 * fixed-point (ring) tensors, or on shares. On shares every op here is local
 * (no other party is involved): add and sub with a public value let only the
 * holder of index 0 add it (the others add zero), products with a public value
 * scale every share. A product of two shares is not an Op: it needs the Beaver
 * protocol (mpc-handlers.ts).
 */
import { SyftError } from "../errors";
import { truncateTowardZero } from "../fixed-point64";
import { elementwise, FLOAT64, matmul, negate, RING64, sum, transpose, type Algebra, type Dense, type Values } from "../kernels";
import type { Operand, OpKind, RequestBody, ShareInfo } from "../messages";
import { reduction, sizeOf } from "../shape";
import type { Handler, NodeContext } from "./node-context";
import { refOf, type StoredObject } from "./object-store";
import { checkUse } from "./worker-policy";

type OpBody = Extract<RequestBody, { type: "op" }>;

type Resolved =
  | { readonly kind: "float"; readonly dense: Dense<Float64Array> }
  | { readonly kind: "ring"; readonly dense: Dense<BigUint64Array> }
  | { readonly kind: "share"; readonly dense: Dense<BigUint64Array>; readonly share: ShareInfo };

function resolve(ctx: NodeContext, sender: string, o: Operand): Resolved {
  if (o.kind === "constant") return o.tensor.kind === "float" ? { kind: "float", dense: o.tensor } : { kind: "ring", dense: o.tensor };
  const obj = ctx.store.get(o.id);
  checkUse(ctx.id, sender, o.id, obj);
  if (obj.kind === "model") throw new SyftError("BAD_REQUEST", `${o.id} on ${ctx.id} is a model, not a tensor`);
  if (obj.kind === "share") return { kind: "share", dense: obj, share: obj.share };
  return obj.kind === "float" ? { kind: "float", dense: obj } : { kind: "ring", dense: obj };
}

function unary<T, V extends Values<T>>(alg: Algebra<T, V>, body: OpBody, a: Dense<V>): Dense<V> {
  switch (body.kind) {
    case "neg": return negate(alg, a);
    case "sum": return sum(alg, a, body.axis ?? undefined, body.keepDims);
    case "transpose": return transpose(alg, a);
    default: throw new SyftError("BAD_REQUEST", `${body.kind} takes two operands`);
  }
}

function binary<T, V extends Values<T>>(alg: Algebra<T, V>, kind: OpKind, a: Dense<V>, b: Dense<V>): Dense<V> {
  switch (kind) {
    case "add": case "sub": case "mul": return elementwise(alg, kind, a, b);
    case "matmul": return matmul(alg, a, b);
    default: throw new SyftError("BAD_REQUEST", `${kind} takes one operand`);
  }
}

const UNARY: readonly OpKind[] = ["neg", "sum", "transpose", "truncate", "mean"];

function plainFloat(body: OpBody, a: Dense<Float64Array>, b: Dense<Float64Array> | null): Dense<Float64Array> {
  if (body.kind === "truncate") throw new SyftError("BAD_REQUEST", "truncate applies to fixed-point tensors, not plain ones");
  if (body.kind === "mean") {
    const s = sum(FLOAT64, a, body.axis ?? undefined, body.keepDims);
    const n = reduction(a.shape, body.axis ?? undefined).length;
    return { shape: s.shape, values: s.values.map((v) => v / n) };
  }
  return b === null ? unary(FLOAT64, body, a) : binary(FLOAT64, body.kind, a, b);
}

function plainRing(body: OpBody, a: Dense<BigUint64Array>, b: Dense<BigUint64Array> | null): Dense<BigUint64Array> {
  if (body.kind === "truncate") {
    if (body.divisor === null) throw new SyftError("BAD_REQUEST", "truncate needs a divisor");
    return { shape: a.shape, values: truncateTowardZero(a.values, body.divisor) };
  }
  if (body.kind === "mean") throw new SyftError("BAD_REQUEST", "mean applies to plain tensors; on fixed-point ones use sum and truncate");
  return b === null ? unary(RING64, body, a) : binary(RING64, body.kind, a, b);
}

function sameSharing(a: ShareInfo, b: ShareInfo): boolean {
  return a.index === b.index && a.cryptoProvider === b.cryptoProvider && a.holders.length === b.holders.length && a.holders.every((h, i) => h === b.holders[i]);
}

/** A public operand seen as a share: the holder of index 0 holds it, the others hold zero. */
function asShareOf(index: number, r: Resolved): Dense<BigUint64Array> {
  if (r.kind === "float") throw new SyftError("BAD_REQUEST", "a plain tensor cannot meet a share; encode it with fixPrecision first");
  if (r.kind === "share" || index === 0) return r.dense;
  return { shape: r.dense.shape, values: new BigUint64Array(sizeOf(r.dense.shape)) };
}

function onShares(ctx: NodeContext, body: OpBody, a: Resolved, b: Resolved | null): { dense: Dense<BigUint64Array>; share: ShareInfo } {
  const shares = [a, b].filter((r): r is Extract<Resolved, { kind: "share" }> => r !== null && r.kind === "share");
  const share = shares[0]!.share;
  if (shares.some((s) => !sameSharing(s.share, share))) {
    throw new SyftError("BAD_REQUEST", `worker ${ctx.id}: the operands are shared among different workers or crypto providers (${shares.map((s) => s.share.holders.join("+")).join(" and ")}); reshare one of them first`);
  }
  if (body.resultGroup === null) throw new SyftError("BAD_REQUEST", "an op on shares must name the group of its result");
  if (body.kind === "truncate" || body.kind === "mean") {
    throw new SyftError("BAD_REQUEST", `${body.kind} of a shared value needs the truncation protocol with its crypto provider, not a local op`);
  }
  if (b === null) return { dense: unary(RING64, body, asShareOf(share.index, a)), share };
  if (body.kind === "add" || body.kind === "sub") {
    return { dense: binary(RING64, body.kind, asShareOf(share.index, a), asShareOf(share.index, b)), share };
  }
  if (shares.length === 2) {
    throw new SyftError("BAD_REQUEST", `a ${body.kind} of two shared tensors needs Beaver triples from the crypto provider; the client's mul/matmul runs that protocol`);
  }
  if (a.kind === "float" || b.kind === "float") throw new SyftError("BAD_REQUEST", "a plain tensor cannot meet a share; encode it with fixPrecision first");
  return { dense: binary(RING64, body.kind, a.dense, b.dense), share };
}

export const handleOp: Handler<OpBody> = (ctx, sender, body) => {
  const unaryOp = UNARY.includes(body.kind);
  if (unaryOp !== (body.b === null)) throw new SyftError("BAD_REQUEST", `${body.kind} takes ${unaryOp ? "one operand" : "two operands"}`);
  const a = resolve(ctx, sender, body.a);
  const b = body.b === null ? null : resolve(ctx, sender, body.b);
  let result: StoredObject;
  if (a.kind === "share" || b?.kind === "share") {
    const r = onShares(ctx, body, a, b);
    result = { kind: "share", owner: sender, shape: r.dense.shape, values: r.dense.values, share: { ...r.share, group: body.resultGroup! } };
  } else if (a.kind === "float" && (b === null || b.kind === "float")) {
    const r = plainFloat(body, a.dense, b === null ? null : b.dense);
    result = { kind: "float", owner: sender, shape: r.shape, values: r.values };
  } else if (a.kind === "ring" && (b === null || b.kind === "ring")) {
    const r = plainRing(body, a.dense, b === null ? null : b.dense);
    result = { kind: "ring", owner: sender, shape: r.shape, values: r.values };
  } else {
    throw new SyftError("BAD_REQUEST", `${body.kind} of a plain and a fixed-point tensor: encode the plain one with fixPrecision first`);
  }
  return { type: "object", ref: refOf(ctx.store.put(result), result) };
};


