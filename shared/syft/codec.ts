/**
 * Requests and replies to bytes and back (proto/syft.proto). Decoding
 * validates every field (ids, sizes, shapes against byte lengths, finite
 * numbers, known enum values) and throws SyftError("MALFORMED") with the field
 * that is wrong; nothing from the network is cast.
 */
import { checkFinite, checkInt, checkString } from "../protocol/checks";
import { ProtocolError } from "../protocol/messages";
import { modelFromWire, modelToWire } from "./codec-model";
import { SYFT_ERROR_CODES, SyftError } from "./errors";
import { syft } from "./generated/syft";
import { decodeRequestBody } from "./codec-requests";
import {
  bigintToWire, bytesFromWire, idFromWire, keyFromWire, operandToWire, optionalIdFromWire,
  partiesToWire, ringFromWire, shapeFromWire, shareInfoToWire, tensorFromWire, tensorToWire,
} from "./codec-parts";
import { enumFromWire, enumToWire, ERROR_ENUM, KIND_ENUM, OP_ENUM, TRIPLE_ENUM } from "./codec-enums";
import { LIMITS, OBJECT_KINDS, OP_KINDS, TRIPLE_KINDS, type Reply, type ReplyBody, type Request, type RequestBody } from "./messages";

const pb = syft.v1;

function requestBodyToWire(b: RequestBody): syft.v1.Request.$Properties {
  switch (b.type) {
    case "hello": return { hello: {} };
    case "store": return { store: { tensor: tensorToWire(b.tensor) } };
    case "storeShare": return { storeShare: { tensor: tensorToWire(b.tensor), share: shareInfoToWire(b.share) } };
    case "get": return { get: { id: b.id, keep: b.keep } };
    case "delete": return { delete: { id: b.id } };
    case "op": return { op: {
      kind: enumToWire(OP_KINDS, OP_ENUM, b.kind), a: operandToWire(b.a), b: b.b ? operandToWire(b.b) : null,
      hasAxis: b.axis !== null, axis: b.axis ?? 0, keepDims: b.keepDims, divisor: b.divisor === null ? "" : bigintToWire(b.divisor),
      resultGroup: b.resultGroup ?? "",
    } };
    case "encode": return { encode: { id: b.id, precision: b.precision, maxAbs: b.maxAbs } };
    case "shareOut": return { shareOut: { id: b.id, holders: partiesToWire(b.holders), group: b.group, cryptoProvider: b.cryptoProvider ?? "" } };
    case "storeSealed": return { storeSealed: { from: b.from, fromPublicKey: b.fromPublicKey, envelope: b.envelope, share: shareInfoToWire(b.share), shape: [...b.shape] } };
    case "triple": return { triple: { session: b.session, kind: enumToWire(TRIPLE_KINDS, TRIPLE_ENUM, b.kind), shapeA: [...b.shapeA], shapeB: [...b.shapeB], holders: partiesToWire(b.holders) } };
    case "truncationPair": return { truncationPair: { session: b.session, size: b.size, divisor: bigintToWire(b.divisor), holders: partiesToWire(b.holders), attempt: b.attempt } };
    case "beaverOpen": return { beaverOpen: { session: b.session, kind: enumToWire(TRIPLE_KINDS, TRIPLE_ENUM, b.kind), x: b.x, y: b.y, provider: b.provider,
      providerPublicKey: b.providerPublicKey, envelope: b.envelope } };
    case "beaverClose": return { beaverClose: { session: b.session, d: tensorToWire(b.d), e: tensorToWire(b.e), resultGroup: b.resultGroup } };
    case "truncOpen": return { truncOpen: { session: b.session, x: b.x, provider: b.provider, providerPublicKey: b.providerPublicKey, envelope: b.envelope,
      offset: bigintToWire(b.offset), attempt: b.attempt, indices: [...b.indices] } };
    case "truncClose": return { truncClose: { session: b.session, c: tensorToWire(b.c), divisor: bigintToWire(b.divisor),
      quotientOffset: bigintToWire(b.quotientOffset), resultGroup: b.resultGroup } };
    case "storeModel": return { storeModel: { model: modelToWire(b.model) } };
    case "fit": return { fit: { model: b.model, x: b.x, y: b.y, config: { ...b.config } } };
    case "parameters": return { parameters: { model: b.model } };
    case "setParameters": return { setParameters: { model: b.model, tensor: b.tensor } };
  }
}

export function encodeRequest(r: Request): Uint8Array {
  return pb.Request.encode({ id: r.id, sender: r.sender, ...requestBodyToWire(r.body) }).finish();
}

function asMalformed(err: unknown, what: string): SyftError {
  if (err instanceof SyftError) return err;
  if (err instanceof ProtocolError) return new SyftError("MALFORMED", err.message);
  return new SyftError("MALFORMED", `${what} is not a valid syft.v1 message (${err instanceof Error ? err.message : String(err)})`);
}

export function decodeRequest(bytes: Uint8Array): Request {
  try {
    const r = pb.Request.decode(bytes);
    return { id: checkInt(r.id, "request.id", 1, 0xffffffff), sender: idFromWire(r.sender, "request.sender"), body: decodeRequestBody(r) };
  } catch (err) {
    throw asMalformed(err, "the request");
  }
}

/** The id of a request that failed to decode, if its first field can still be read (0 otherwise). */
export function requestIdOf(bytes: Uint8Array): number {
  try {
    return checkInt(pb.Request.decode(bytes).id, "id", 0, 0xffffffff);
  } catch {
    return 0;
  }
}

function replyBodyToWire(b: ReplyBody): syft.v1.Reply.$Properties {
  switch (b.type) {
    case "hello": return { hello: { workerId: b.workerId, boxPublicKey: b.boxPublicKey } };
    case "object": return { object: { id: b.ref.id, kind: enumToWire(OBJECT_KINDS, KIND_ENUM, b.ref.kind), shape: [...b.ref.shape] } };
    case "got": return { got: b.value.kind === "model" ? { model: modelToWire(b.value.model) } : { tensor: tensorToWire(b.value) } };
    case "ok": return { ok: {} };
    case "sealed": return { sealed: { envelopes: [...b.envelopes], senderPublicKey: b.senderPublicKey, ownShare: b.ownShare ?? "" } };
    case "opened": return { opened: { values: b.values.map(tensorToWire) } };
    case "fit": return { fit: { loss: b.loss, epochLosses: [...b.epochLosses], examples: b.examples } };
    case "error": return { error: { code: enumToWire(SYFT_ERROR_CODES, ERROR_ENUM, b.code), message: b.message } };
  }
}

export function encodeReply(r: Reply): Uint8Array {
  return pb.Reply.encode({ requestId: r.requestId, ...replyBodyToWire(r.body) }).finish();
}

const MAX_ENVELOPE_BYTES = 1 << 30;

function replyBodyFromWire(r: syft.v1.Reply): ReplyBody {
  switch (r.body) {
    case "hello": return { type: "hello", workerId: idFromWire(r.hello!.workerId, "hello.workerId"), boxPublicKey: keyFromWire(r.hello!.boxPublicKey, "hello.boxPublicKey") };
    case "object": {
      const o = r.object!;
      return { type: "object", ref: { id: idFromWire(o.id, "object.id"), kind: enumFromWire(OBJECT_KINDS, KIND_ENUM, o.kind, "object.kind"), shape: shapeFromWire(o.shape, "object.shape") } };
    }
    case "got": {
      const g = r.got!;
      if (g.value === "model") return { type: "got", value: { kind: "model", model: modelFromWire(g.model, "got.model") } };
      return { type: "got", value: tensorFromWire(g.tensor, "got.tensor") };
    }
    case "ok": return { type: "ok" };
    case "sealed": {
      const s = r.sealed!;
      const envelopes = s.envelopes ?? [];
      if (envelopes.length > LIMITS.maxHolders) throw new SyftError("MALFORMED", `sealed has ${envelopes.length} envelopes; at most ${LIMITS.maxHolders}`);
      return { type: "sealed", envelopes: envelopes.map((e, i) => bytesFromWire(e, `sealed.envelopes[${i}]`, MAX_ENVELOPE_BYTES)),
        senderPublicKey: keyFromWire(s.senderPublicKey, "sealed.senderPublicKey"), ownShare: optionalIdFromWire(s.ownShare, "sealed.ownShare") };
    }
    case "opened": {
      const values = r.opened!.values ?? [];
      if (values.length > 4) throw new SyftError("MALFORMED", `opened has ${values.length} tensors; at most 4`);
      return { type: "opened", values: values.map((v, i) => ringFromWire(v, `opened.values[${i}]`)) };
    }
    case "fit": {
      const f = r.fit!;
      const losses = f.epochLosses ?? [];
      if (losses.length > LIMITS.maxEpochs) throw new SyftError("MALFORMED", `fit has ${losses.length} epoch losses`);
      return { type: "fit", loss: checkFinite(f.loss, "fit.loss", -Number.MAX_VALUE, Number.MAX_VALUE),
        epochLosses: losses.map((l, i) => checkFinite(l, `fit.epochLosses[${i}]`, -Number.MAX_VALUE, Number.MAX_VALUE)),
        examples: checkInt(f.examples, "fit.examples", 0, 0xffffffff) };
    }
    case "error": return { type: "error", code: enumFromWire(SYFT_ERROR_CODES, ERROR_ENUM, r.error!.code, "error.code"),
      message: checkString(r.error!.message, "error.message", LIMITS.messageLength) };
    default:
      throw new SyftError("MALFORMED", "the reply has no body, or one this version does not know; is the worker running a newer Conclave?");
  }
}

export function decodeReply(bytes: Uint8Array): Reply {
  try {
    const r = pb.Reply.decode(bytes);
    return { requestId: checkInt(r.requestId, "reply.requestId", 0, 0xffffffff), body: replyBodyFromWire(r) };
  } catch (err) {
    throw asMalformed(err, "the reply");
  }
}

