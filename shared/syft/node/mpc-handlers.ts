/**
 * A holder's side of the two interactive protocols (the client's side is
 * ../mpc/beaver.ts and ../mpc/truncation.ts, where the maths is explained):
 *
 * - Beaver product: open d = x - a and e = y - b (masked by the triple), then
 *   z = c + d*b + a*e, plus d*e at the holder of index 0 (elementwise or matmul).
 * - Truncation (division by a public d): open c = x + r (+ O at index 0), retry
 *   the elements with c < 2O with fresh pairs, then
 *   t = floor(c / d) - O / d - floor(r / d) at index 0 and -floor(r / d) elsewhere.
 */
import { SyftError } from "../errors";
import { elementwise, matmul, RING64, type Dense } from "../kernels";
import type { RequestBody, RingPayload, ShareInfo } from "../messages";
import { openTensors } from "../sealed";
import { formatShape, matmulShape, sameShape, sizeOf, type Shape } from "../shape";
import type { Handler, NodeContext } from "./node-context";
import { refOf, type ObjectOfKind, type StoredObject } from "./object-store";
import { checkSession, checkUse } from "./worker-policy";

type Body<T extends RequestBody["type"]> = Extract<RequestBody, { type: T }>;
type Share = ObjectOfKind<"share">;

function shareOf(ctx: NodeContext, sender: string, id: string, use: string): Share {
  const s = ctx.store.getKind(id, ["share"], use);
  checkUse(ctx.id, sender, id, s);
  return s;
}

function checkSameSharing(ctx: NodeContext, x: Share, y: Share): void {
  const a = x.share, b = y.share;
  const same = a.index === b.index && a.cryptoProvider === b.cryptoProvider && a.holders.join("\u0000") === b.holders.join("\u0000");
  if (!same) {
    throw new SyftError("BAD_REQUEST", `worker ${ctx.id}: the operands are shared among different workers or crypto providers (${a.holders.join("+")} and ${b.holders.join("+")})`);
  }
}

function checkShape(what: string, got: Shape, want: Shape): void {
  if (!sameShape(got, want)) throw new SyftError("MALFORMED", `${what} has shape ${formatShape(got)}, expected ${formatShape(want)}`);
}

function ring(shape: Shape, values: BigUint64Array): RingPayload {
  return { kind: "ring", shape, values };
}

function storeShare(ctx: NodeContext, sender: string, dense: Dense<BigUint64Array>, share: ShareInfo, group: string): { type: "object"; ref: ReturnType<typeof refOf> } {
  const obj: StoredObject = { kind: "share", owner: sender, shape: dense.shape, values: dense.values, share: { ...share, group } };
  return { type: "object", ref: refOf(ctx.store.put(obj), obj) };
}

export const handleBeaverOpen: Handler<Body<"beaverOpen">> = (ctx, sender, body) => {
  const x = shareOf(ctx, sender, body.x, "a Beaver product");
  const y = shareOf(ctx, sender, body.y, "a Beaver product");
  checkSameSharing(ctx, x, y);
  checkSession(ctx.id, sender, body.provider, x.share);
  let out: Shape;
  if (body.kind === "elementwise") {
    if (!sameShape(x.shape, y.shape)) throw new SyftError("BAD_REQUEST", `an elementwise product needs equal shapes, got ${formatShape(x.shape)} and ${formatShape(y.shape)}`);
    out = x.shape;
  } else {
    const { m, n } = matmulShape(x.shape, y.shape);
    out = [m, n];
  }
  const context = { purpose: "triple", session: body.session, sender: body.provider, receiver: ctx.id, receiverIndex: x.share.index, attempt: 0 } as const;
  const [a, b, c] = openTensors(ctx.secretKey, body.providerPublicKey, context, body.envelope, 3);
  checkShape("the triple's a", a!.shape, x.shape);
  checkShape("the triple's b", b!.shape, y.shape);
  checkShape("the triple's c", c!.shape, out);
  ctx.sessions.open(body.session, { kind: "beaver", owner: sender, tripleKind: body.kind, a: a!, b: b!, c: c!, share: x.share });
  const d = elementwise(RING64, "sub", x, a!);
  const e = elementwise(RING64, "sub", y, b!);
  return { type: "opened", values: [ring(d.shape, d.values), ring(e.shape, e.values)] };
};

export const handleBeaverClose: Handler<Body<"beaverClose">> = (ctx, sender, body) => {
  const s = ctx.sessions.beaver(body.session, sender);
  checkShape("d", body.d.shape, s.a.shape);
  checkShape("e", body.e.shape, s.b.shape);
  const product = s.tripleKind === "elementwise"
    ? (p: Dense<BigUint64Array>, q: Dense<BigUint64Array>) => elementwise(RING64, "mul", p, q)
    : (p: Dense<BigUint64Array>, q: Dense<BigUint64Array>) => matmul(RING64, p, q);
  let z = elementwise(RING64, "add", s.c, product(body.d, s.b));
  z = elementwise(RING64, "add", z, product(s.a, body.e));
  if (s.share.index === 0) z = elementwise(RING64, "add", z, product(body.d, body.e));
  ctx.sessions.close(body.session);
  return storeShare(ctx, sender, z, s.share, body.resultGroup);
};

export const handleTruncOpen: Handler<Body<"truncOpen">> = (ctx, sender, body) => {
  if (body.attempt === 0) {
    const x = shareOf(ctx, sender, body.x, "a truncation");
    checkSession(ctx.id, sender, body.provider, x.share);
    const n = sizeOf(x.shape);
    const context = { purpose: "truncation", session: body.session, sender: body.provider, receiver: ctx.id, receiverIndex: x.share.index, attempt: 0 } as const;
    const [r, rq] = openTensors(ctx.secretKey, body.providerPublicKey, context, body.envelope, 2);
    checkShape("the truncation pair", r!.shape, [n]);
    checkShape("the truncation pair", rq!.shape, [n]);
    ctx.sessions.open(body.session, { kind: "truncation", owner: sender, x: { shape: x.shape, values: x.values.slice() }, r: r!.values,
      rq: rq!.values, offset: body.offset, share: x.share, attempt: 0 });
    const c = new BigUint64Array(n);
    const add = x.share.index === 0 ? body.offset : 0n;
    for (let i = 0; i < n; i++) c[i] = x.values[i]! + r!.values[i]! + add;
    return { type: "opened", values: [ring(x.shape, c)] };
  }
  const s = ctx.sessions.truncation(body.session, sender);
  if (body.attempt !== s.attempt + 1) throw new SyftError("BAD_REQUEST", `truncation ${body.session}: attempt ${body.attempt} follows attempt ${s.attempt}`);
  if (body.offset !== s.offset) throw new SyftError("BAD_REQUEST", `truncation ${body.session}: the offset changed between attempts`);
  const k = body.indices.length;
  const size = s.r.length;
  if (k === 0 || new Set(body.indices).size !== k || body.indices.some((i) => i >= size)) {
    throw new SyftError("BAD_REQUEST", `truncation ${body.session}: a retry names 1 to ${size} distinct elements`);
  }
  const context = { purpose: "truncation", session: body.session, sender: body.provider, receiver: ctx.id, receiverIndex: s.share.index, attempt: body.attempt } as const;
  const [r, rq] = openTensors(ctx.secretKey, body.providerPublicKey, context, body.envelope, 2);
  checkShape("the truncation pair", r!.shape, [k]);
  checkShape("the truncation pair", rq!.shape, [k]);
  s.attempt = body.attempt;
  const c = new BigUint64Array(k);
  const add = s.share.index === 0 ? s.offset : 0n;
  body.indices.forEach((at, j) => {
    s.r[at] = r!.values[j]!;
    s.rq[at] = rq!.values[j]!;
    c[j] = s.x.values[at]! + s.r[at]! + add;
  });
  return { type: "opened", values: [ring([k], c)] };
};

export const handleTruncClose: Handler<Body<"truncClose">> = (ctx, sender, body) => {
  const s = ctx.sessions.truncation(body.session, sender);
  checkShape("c", body.c.shape, s.x.shape);
  if (body.quotientOffset * body.divisor !== s.offset) {
    throw new SyftError("BAD_REQUEST", `truncation ${body.session}: offset ${s.offset} is not ${body.quotientOffset} x ${body.divisor}`);
  }
  const n = s.r.length;
  const t = new BigUint64Array(n);
  const limit = 2n * s.offset;
  for (let i = 0; i < n; i++) {
    const c = body.c.values[i]!;
    if (c < limit) throw new SyftError("BAD_REQUEST", `truncation ${body.session}: element ${i} opened below 2O; retry it with a fresh pair before closing`);
    t[i] = s.share.index === 0 ? c / body.divisor - body.quotientOffset - s.rq[i]! : -s.rq[i]!;
  }
  ctx.sessions.close(body.session);
  return storeShare(ctx, sender, { shape: s.x.shape, values: t }, s.share, body.resultGroup);
};
