import { conclave } from "./generated/conclave";
import type {
  ConsistencySignature, EncryptedShare, KeyAdvertisement, RevealedShare, SecAggReply, SecAggRequest,
} from "../secagg/messages";
import { SECAGG_PROTOCOLS, SECAGG_PURPOSES } from "../secagg/messages";
import { toLittleEndianBytes, uint32FromBytes } from "../tensor/wire-tensor";
import { ProtocolError, type SecAggReplyBody, type SecAggRequestBody } from "./messages";
import { checkInt, checkOneOf } from "./checks";

type Wire<T> = T | null | undefined;
/** Most ids in an IdSet or entries in a list (docs/protocol.md, "Limits"). */
const MAX_PEERS = 100_000;
const MAX_CIPHERTEXT = 1 << 30;
const ID_MAX = 0x7fffffff;

function bytesOf(v: Wire<Uint8Array>, field: string, sizes: readonly number[] | null, max = MAX_CIPHERTEXT): Uint8Array {
  const b = v ?? new Uint8Array(0);
  if (sizes !== null && !sizes.includes(b.byteLength)) throw new ProtocolError("MALFORMED_MESSAGE", `${field} must be ${sizes.join(" or ")} bytes, got ${b.byteLength}`);
  if (b.byteLength > max) throw new ProtocolError("MALFORMED_MESSAGE", `${field} is ${b.byteLength} bytes, above ${max}`);
  return new Uint8Array(b);
}

function listOf<T, U>(v: Wire<readonly T[]>, field: string, map: (x: T, where: string) => U): U[] {
  const items = v ?? [];
  if (items.length > MAX_PEERS) throw new ProtocolError("MALFORMED_MESSAGE", `${field} lists ${items.length} entries, above ${MAX_PEERS}`);
  return items.map((x, i) => map(x, `${field}[${i}]`));
}

const id = (v: unknown, field: string): number => checkInt(v, field, 1, ID_MAX);

// ---------- id sets: ascending, disjoint (first, count) ranges ----------

export function idSetToWire(ids: readonly number[]): conclave.v2.IdSet.$Properties {
  // The coordinator's sets are already ascending (a survivor list goes to every survivor): sort only when not.
  let ascending = true;
  for (let i = 1; i < ids.length && ascending; i++) ascending = ids[i - 1]! <= ids[i]!;
  const sorted = ascending ? ids : [...ids].sort((a, b) => a - b);
  const ranges: number[] = [];
  for (const v of sorted) {
    const n = ranges.length;
    if (n > 0 && ranges[n - 2]! + ranges[n - 1]! === v) ranges[n - 1]!++;
    else ranges.push(v, 1);
  }
  return { ranges };
}

export function idSetFromWire(s: Wire<conclave.v2.IdSet.$Properties>, field: string): number[] {
  const ranges = s?.ranges ?? [];
  if (ranges.length % 2 !== 0) throw new ProtocolError("MALFORMED_MESSAGE", `${field}.ranges must hold (first, count) pairs, got ${ranges.length} numbers`);
  const ids: number[] = [];
  let next = 1;
  for (let i = 0; i < ranges.length; i += 2) {
    const first = id(ranges[i], `${field}.ranges[${i}]`);
    const count = checkInt(ranges[i + 1], `${field}.ranges[${i + 1}]`, 1, MAX_PEERS);
    if (first < next) throw new ProtocolError("MALFORMED_MESSAGE", `${field}.ranges must be ascending and disjoint (range at ${i} starts at ${first})`);
    if (first + count - 1 > ID_MAX || ids.length + count > MAX_PEERS) throw new ProtocolError("MALFORMED_MESSAGE", `${field} holds too many ids`);
    for (let k = 0; k < count; k++) ids.push(first + k);
    next = first + count + 1; // adjacent ranges must be merged: one canonical encoding per set
  }
  return ids;
}

// ---------- entries ----------

function share(s: conclave.v2.EncryptedShare.$Properties, where: string): EncryptedShare {
  return { sender: id(s.sender, `${where}.sender`), receiver: id(s.receiver, `${where}.receiver`), ciphertext: bytesOf(s.ciphertext, `${where}.ciphertext`, null) };
}

function advertisement(a: conclave.v2.KeyAdvertisement.$Properties, where: string): KeyAdvertisement {
  return {
    sender: id(a.sender, `${where}.sender`), encryptionPublicKey: bytesOf(a.encryptionPublicKey, `${where}.encryption_public_key`, [32]),
    maskPublicKey: bytesOf(a.maskPublicKey, `${where}.mask_public_key`, [0, 32]), selfMaskCommitment: bytesOf(a.selfMaskCommitment, `${where}.self_mask_commitment`, [0, 32]),
    signature: bytesOf(a.signature, `${where}.signature`, [64]),
  };
}

function revealed(r: conclave.v2.RevealedShare.$Properties, where: string): RevealedShare {
  return { owner: id(r.owner, `${where}.owner`), share: bytesOf(r.share, `${where}.share`, null, 4096) };
}

function signature(s: conclave.v2.ConsistencySignature.$Properties, where: string): ConsistencySignature {
  return { signer: id(s.signer, `${where}.signer`), signature: bytesOf(s.signature, `${where}.signature`, [64]) };
}

// ---------- encode ----------

export function secaggRequestToWire(b: SecAggRequestBody): conclave.v2.SecAggRequest.$Properties {
  const r = b.request;
  switch (r.stage) {
    case "AdvertiseKeys":
      return { protocol: b.protocol, advertiseKeys: { receiver: r.receiver, participants: idSetToWire(r.participants), neighbors: r.neighbors, threshold: r.threshold,
        collusionBound: r.collusionBound, vectorLength: r.vectorLength, purpose: r.purpose } };
    case "ShareKeys":
      return { protocol: b.protocol, shareKeys: { receiver: r.receiver, advertisements: r.advertisements.map((a) => ({ ...a })) } };
    case "MaskedInput":
      return { protocol: b.protocol, maskedInput: { receiver: r.receiver, shares: r.shares.map((s) => ({ ...s })) } };
    case "ConsistencyCheck":
      return { protocol: b.protocol, consistencyCheck: { receiver: r.receiver, survivors: idSetToWire(r.survivors) } };
    case "Unmask":
      return { protocol: b.protocol, unmask: { receiver: r.receiver, survivors: idSetToWire(r.survivors), signatures: r.signatures.map((s) => ({ ...s })) } };
  }
}

export function secaggReplyToWire(b: SecAggReplyBody): conclave.v2.SecAggReply.$Properties {
  const r = b.reply;
  switch (r.stage) {
    case "AdvertiseKeys":
      return { protocol: b.protocol, advertiseKeys: { sender: r.sender, encryptionPublicKey: r.encryptionPublicKey, maskPublicKey: r.maskPublicKey,
        selfMaskCommitment: r.selfMaskCommitment, signature: r.signature } };
    case "ShareKeys":
      return { protocol: b.protocol, shareKeys: { sender: r.sender, shares: r.shares.map((s) => ({ ...s })) } };
    case "MaskedInput":
      return { protocol: b.protocol, maskedInput: { sender: r.sender, maskedInput: toLittleEndianBytes(r.maskedInput) } };
    case "ConsistencyCheck":
      return { protocol: b.protocol, consistencyCheck: { sender: r.sender, signature: r.signature } };
    case "Unmask":
      return { protocol: b.protocol, unmask: { sender: r.sender, selfMaskShares: r.selfMaskShares.map((s) => ({ ...s })), maskKeyShares: r.maskKeyShares.map((s) => ({ ...s })) } };
  }
}

// ---------- decode and validate ----------

export function secaggRequestFromWire(w: conclave.v2.SecAggRequest, round: number): SecAggRequestBody {
  const protocol = checkOneOf(w.protocol, SECAGG_PROTOCOLS, "secagg_request.protocol");
  let request: SecAggRequest;
  switch (w.stage) {
    case "advertiseKeys": {
      const a = w.advertiseKeys!;
      request = { stage: "AdvertiseKeys", round, receiver: id(a.receiver, "advertise_keys.receiver"), participants: idSetFromWire(a.participants, "advertise_keys.participants"),
        neighbors: checkInt(a.neighbors, "advertise_keys.neighbors", 0, MAX_PEERS), threshold: checkInt(a.threshold, "advertise_keys.threshold", 0, MAX_PEERS),
        collusionBound: checkInt(a.collusionBound, "advertise_keys.collusion_bound", 0, MAX_PEERS),
        vectorLength: checkInt(a.vectorLength, "advertise_keys.vector_length", 1, 1 << 28), purpose: checkOneOf(a.purpose, SECAGG_PURPOSES, "advertise_keys.purpose") };
      break;
    }
    case "shareKeys": {
      const s = w.shareKeys!;
      request = { stage: "ShareKeys", round, receiver: id(s.receiver, "share_keys.receiver"), advertisements: listOf(s.advertisements, "share_keys.advertisements", advertisement) };
      break;
    }
    case "maskedInput": {
      const m = w.maskedInput!;
      request = { stage: "MaskedInput", round, receiver: id(m.receiver, "masked_input.receiver"), shares: listOf(m.shares, "masked_input.shares", share) };
      break;
    }
    case "consistencyCheck": {
      const c = w.consistencyCheck!;
      request = { stage: "ConsistencyCheck", round, receiver: id(c.receiver, "consistency_check.receiver"), survivors: idSetFromWire(c.survivors, "consistency_check.survivors") };
      break;
    }
    case "unmask": {
      const u = w.unmask!;
      request = { stage: "Unmask", round, receiver: id(u.receiver, "unmask.receiver"), survivors: idSetFromWire(u.survivors, "unmask.survivors"),
        signatures: listOf(u.signatures, "unmask.signatures", signature) };
      break;
    }
    default:
      throw new ProtocolError("MALFORMED_MESSAGE", "secagg_request names no stage");
  }
  return { type: "secaggRequest", protocol, request };
}

export function secaggReplyFromWire(w: conclave.v2.SecAggReply, round: number): SecAggReplyBody {
  const protocol = checkOneOf(w.protocol, SECAGG_PROTOCOLS, "secagg_reply.protocol");
  let reply: SecAggReply;
  switch (w.stage) {
    case "advertiseKeys": {
      const a = w.advertiseKeys!;
      reply = { stage: "AdvertiseKeys", round, sender: id(a.sender, "advertise_keys.sender"), encryptionPublicKey: bytesOf(a.encryptionPublicKey, "advertise_keys.encryption_public_key", [32]),
        maskPublicKey: bytesOf(a.maskPublicKey, "advertise_keys.mask_public_key", [0, 32]), selfMaskCommitment: bytesOf(a.selfMaskCommitment, "advertise_keys.self_mask_commitment", [0, 32]),
        signature: bytesOf(a.signature, "advertise_keys.signature", [64]) };
      break;
    }
    case "shareKeys": {
      const s = w.shareKeys!;
      reply = { stage: "ShareKeys", round, sender: id(s.sender, "share_keys.sender"), shares: listOf(s.shares, "share_keys.shares", share) };
      break;
    }
    case "maskedInput": {
      const m = w.maskedInput!;
      const bytes = bytesOf(m.maskedInput, "masked_input.masked_input", null);
      if (bytes.byteLength % 4 !== 0) throw new ProtocolError("MALFORMED_MESSAGE", `masked_input.masked_input has ${bytes.byteLength} bytes, not a whole number of uint32 words`);
      reply = { stage: "MaskedInput", round, sender: id(m.sender, "masked_input.sender"), maskedInput: uint32FromBytes(bytes) };
      break;
    }
    case "consistencyCheck": {
      const c = w.consistencyCheck!;
      reply = { stage: "ConsistencyCheck", round, sender: id(c.sender, "consistency_check.sender"), signature: bytesOf(c.signature, "consistency_check.signature", [64]) };
      break;
    }
    case "unmask": {
      const u = w.unmask!;
      reply = { stage: "Unmask", round, sender: id(u.sender, "unmask.sender"), selfMaskShares: listOf(u.selfMaskShares, "unmask.self_mask_shares", revealed),
        maskKeyShares: listOf(u.maskKeyShares, "unmask.mask_key_shares", revealed) };
      break;
    }
    default:
      throw new ProtocolError("MALFORMED_MESSAGE", "secagg_reply names no stage");
  }
  return { type: "secaggReply", protocol, reply };
}
