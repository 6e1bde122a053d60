/** Decoding and validation of request bodies (the worker's side of codec.ts). */
import { checkFinite, checkInt } from "../protocol/checks";
import { modelFromWire } from "./codec-model";
import { SyftError } from "./errors";
import type { syft } from "./generated/syft";
import {
  bigintFromWire, bytesFromWire, fitConfigFromWire, idFromWire, keyFromWire, operandFromWire, optionalIdFromWire,
  partiesFromWire, ringFromWire, shapeFromWire, shareInfoFromWire, tensorFromWire,
} from "./codec-parts";
import { enumFromWire, OP_ENUM, TRIPLE_ENUM } from "./codec-enums";
import { OP_KINDS, TRIPLE_KINDS, type RequestBody } from "./messages";
import { MAX_ELEMENTS } from "./shape";
import { MAX_PRECISION } from "./fixed-point64";

const U64_MAX = (1n << 64n) - 1n;
const MAX_ENVELOPE_BYTES = 1 << 30;

export function decodeRequestBody(r: syft.v1.Request): RequestBody {
  switch (r.body) {
    case "hello": return { type: "hello" };
    case "store": return { type: "store", tensor: tensorFromWire(r.store!.tensor, "store.tensor") };
    case "storeShare": return { type: "storeShare", tensor: ringFromWire(r.storeShare!.tensor, "storeShare.tensor"), share: shareInfoFromWire(r.storeShare!.share, "storeShare.share") };
    case "get": return { type: "get", id: idFromWire(r.get!.id, "get.id"), keep: r.get!.keep === true };
    case "delete": return { type: "delete", id: idFromWire(r.delete!.id, "delete.id") };
    case "op": {
      const o = r.op!;
      const kind = enumFromWire(OP_KINDS, OP_ENUM, o.kind, "op.kind");
      const divisor = o.divisor ? bigintFromWire(o.divisor, "op.divisor", 1n, U64_MAX) : null;
      return {
        type: "op", kind, a: operandFromWire(o.a, "op.a"), b: o.b ? operandFromWire(o.b, "op.b") : null,
        axis: o.hasAxis === true ? checkInt(o.axis, "op.axis", -8, 7) : null, keepDims: o.keepDims === true, divisor,
        resultGroup: optionalIdFromWire(o.resultGroup, "op.resultGroup"),
      };
    }
    case "encode": return { type: "encode", id: idFromWire(r.encode!.id, "encode.id"), precision: checkInt(r.encode!.precision, "encode.precision", 0, MAX_PRECISION),
      maxAbs: checkFinite(r.encode!.maxAbs, "encode.maxAbs", Number.MIN_VALUE, Number.MAX_VALUE) };
    case "shareOut": {
      const s = r.shareOut!;
      return { type: "shareOut", id: idFromWire(s.id, "shareOut.id"), holders: partiesFromWire(s.holders, "shareOut.holders"),
        group: idFromWire(s.group, "shareOut.group"), cryptoProvider: optionalIdFromWire(s.cryptoProvider, "shareOut.cryptoProvider") };
    }
    case "storeSealed": {
      const s = r.storeSealed!;
      return { type: "storeSealed", from: idFromWire(s.from, "storeSealed.from"), fromPublicKey: keyFromWire(s.fromPublicKey, "storeSealed.fromPublicKey"),
        envelope: bytesFromWire(s.envelope, "storeSealed.envelope", MAX_ENVELOPE_BYTES), share: shareInfoFromWire(s.share, "storeSealed.share"),
        shape: shapeFromWire(s.shape, "storeSealed.shape") };
    }
    case "triple": {
      const t = r.triple!;
      return { type: "triple", session: idFromWire(t.session, "triple.session"), kind: enumFromWire(TRIPLE_KINDS, TRIPLE_ENUM, t.kind, "triple.kind"),
        shapeA: shapeFromWire(t.shapeA, "triple.shapeA"), shapeB: shapeFromWire(t.shapeB, "triple.shapeB"), holders: partiesFromWire(t.holders, "triple.holders") };
    }
    case "truncationPair": {
      const t = r.truncationPair!;
      return { type: "truncationPair", session: idFromWire(t.session, "truncationPair.session"), size: checkInt(t.size, "truncationPair.size", 0, MAX_ELEMENTS),
        divisor: bigintFromWire(t.divisor, "truncationPair.divisor", 1n, U64_MAX), holders: partiesFromWire(t.holders, "truncationPair.holders"),
        attempt: checkInt(t.attempt, "truncationPair.attempt", 0, 1024) };
    }
    case "beaverOpen": {
      const b = r.beaverOpen!;
      return { type: "beaverOpen", session: idFromWire(b.session, "beaverOpen.session"), kind: enumFromWire(TRIPLE_KINDS, TRIPLE_ENUM, b.kind, "beaverOpen.kind"),
        x: idFromWire(b.x, "beaverOpen.x"), y: idFromWire(b.y, "beaverOpen.y"), provider: idFromWire(b.provider, "beaverOpen.provider"),
        providerPublicKey: keyFromWire(b.providerPublicKey, "beaverOpen.providerPublicKey"), envelope: bytesFromWire(b.envelope, "beaverOpen.envelope", MAX_ENVELOPE_BYTES) };
    }
    case "beaverClose": {
      const b = r.beaverClose!;
      return { type: "beaverClose", session: idFromWire(b.session, "beaverClose.session"), d: ringFromWire(b.d, "beaverClose.d"),
        e: ringFromWire(b.e, "beaverClose.e"), resultGroup: idFromWire(b.resultGroup, "beaverClose.resultGroup") };
    }
    case "truncOpen": {
      const t = r.truncOpen!;
      const indices = t.indices ?? [];
      if (indices.length > MAX_ELEMENTS) throw new SyftError("MALFORMED", `truncOpen lists ${indices.length} indices`);
      return { type: "truncOpen", session: idFromWire(t.session, "truncOpen.session"), x: idFromWire(t.x, "truncOpen.x"),
        provider: idFromWire(t.provider, "truncOpen.provider"), providerPublicKey: keyFromWire(t.providerPublicKey, "truncOpen.providerPublicKey"),
        envelope: bytesFromWire(t.envelope, "truncOpen.envelope", MAX_ENVELOPE_BYTES), offset: bigintFromWire(t.offset, "truncOpen.offset", 0n, U64_MAX),
        attempt: checkInt(t.attempt, "truncOpen.attempt", 0, 1024), indices: indices.map((i, k) => checkInt(i, `truncOpen.indices[${k}]`, 0, MAX_ELEMENTS - 1)) };
    }
    case "truncClose": {
      const t = r.truncClose!;
      return { type: "truncClose", session: idFromWire(t.session, "truncClose.session"), c: ringFromWire(t.c, "truncClose.c"),
        divisor: bigintFromWire(t.divisor, "truncClose.divisor", 1n, U64_MAX), quotientOffset: bigintFromWire(t.quotientOffset, "truncClose.quotientOffset", 0n, U64_MAX),
        resultGroup: idFromWire(t.resultGroup, "truncClose.resultGroup") };
    }
    case "storeModel": return { type: "storeModel", model: modelFromWire(r.storeModel!.model, "storeModel.model") };
    case "fit": {
      const f = r.fit!;
      return { type: "fit", model: idFromWire(f.model, "fit.model"), x: idFromWire(f.x, "fit.x"), y: idFromWire(f.y, "fit.y"), config: fitConfigFromWire(f.config, "fit.config") };
    }
    case "parameters": return { type: "parameters", model: idFromWire(r.parameters!.model, "parameters.model") };
    case "setParameters": return { type: "setParameters", model: idFromWire(r.setParameters!.model, "setParameters.model"), tensor: idFromWire(r.setParameters!.tensor, "setParameters.tensor") };
    default:
      throw new SyftError("MALFORMED", "the request has no body, or one this version does not know; is the client running a newer Conclave?");
  }
}


