import { conclave } from "./generated/conclave";
import type {
  EncryptedShare, KeyAdvertisement, RevealedShare, SecAggReply, SecAggRequest,
} from "../secagg/messages";
import { toLittleEndianBytes, uint32FromBytes } from "../tensor/wire-tensor";
import { ProtocolError, type SecAggReplyBody, type SecAggRequestBody, type SecureProtocol, type RosterEntry } from "./messages";
import { checkInt, checkOneOf } from "./checks";

type Wire<T> = T | null | undefined;
const MAX_PEERS = 100_000;
const MAX_CIPHERTEXT = 1 << 30;
const PROTOCOLS = ["secagg+", "additive"] as const;
const ID_MAX = 0x7fffffff;

function bytesOf(v: Wire<Uint8Array>, field: string, exact?: number, max = MAX_CIPHERTEXT): Uint8Array {
  const b = v ?? new Uint8Array(0);
  if (exact !== undefined && b.byteLength !== exact) throw new ProtocolError("MALFORMED_MESSAGE", `${field} must be ${exact} bytes, got ${b.byteLength}`);
  if (b.byteLength > max) throw new ProtocolError("MALFORMED_MESSAGE", `${field} is ${b.byteLength} bytes, above ${max}`);
  return new Uint8Array(b);
}

function listOf<T, U>(v: Wire<readonly T[]>, field: string, map: (x: T, where: string) => U): U[] {
  const items = v ?? [];
  if (items.length > MAX_PEERS) throw new ProtocolError("MALFORMED_MESSAGE", `${field} lists ${items.length} entries, above ${MAX_PEERS}`);
  return items.map((x, i) => map(x, `${field}[${i}]`));
}

const id = (v: unknown, field: string): number => checkInt(v, field, 0, ID_MAX);

function share(s: conclave.v1.EncryptedShare.$Properties, where: string): EncryptedShare {
  return { sender: id(s.sender, `${where}.sender`), receiver: id(s.receiver, `${where}.receiver`), ciphertext: bytesOf(s.ciphertext, `${where}.ciphertext`) };
}

function advertisement(a: conclave.v1.KeyAdvertisement.$Properties, where: string): KeyAdvertisement {
  return {
    sender: id(a.sender, `${where}.sender`), encryptionPublicKey: bytesOf(a.encryptionPublicKey, `${where}.encryptionPublicKey`, 32),
    maskPublicKey: bytesOf(a.maskPublicKey, `${where}.maskPublicKey`, 32), signature: bytesOf(a.signature, `${where}.signature`, 64),
  };
}

function revealed(r: conclave.v1.RevealedShare.$Properties, where: string): RevealedShare {
  return { owner: id(r.owner, `${where}.owner`), share: bytesOf(r.share, `${where}.share`, undefined, 4096) };
}

// ---------- encode ----------

/** The participant list, as a range when it is consecutive ids (the coordinator numbers 1..n): about 2 bytes per participant saved in every request. */
function participantsToWire(ids: readonly number[]): { participantIds: number[] } | { participantFirst: number; participantCount: number } {
  const first = ids[0] ?? 0;
  return ids.length > 0 && ids.every((v, i) => v === first + i) ? { participantFirst: first, participantCount: ids.length } : { participantIds: [...ids] };
}

function participantsFromWire(a: conclave.v1.AdvertiseKeysRequest.$Properties): number[] {
  const listed = a.participantIds ?? [];
  const count = checkInt(a.participantCount, "advertiseKeys.participantCount", 0, MAX_PEERS);
  if (listed.length > 0 && count > 0) throw new ProtocolError("MALFORMED_MESSAGE", "advertiseKeys gives both a participant list and a participant count");
  const first = id(a.participantFirst, "advertiseKeys.participantFirst");
  if (count > 0) {
    if (first + count - 1 > ID_MAX) throw new ProtocolError("MALFORMED_MESSAGE", "advertiseKeys participant range runs past the largest worker id");
    return Array.from({ length: count }, (_, i) => first + i);
  }
  return listOf(listed, "advertiseKeys.participantIds", (x, where) => id(x, where));
}

export function secaggRequestToWire(b: SecAggRequestBody): conclave.v1.SecAggRequest.$Properties {
  const r = b.request;
  switch (r.stage) {
    case "AdvertiseKeys":
      return { protocol: b.protocol, advertiseKeys: { receiver: r.receiver, neighbors: r.neighbors, threshold: r.threshold, vectorLength: r.vectorLength,
        graphSeed: r.graphSeed, ...participantsToWire(r.participants), participants: b.roster.map((p) => ({ id: p.id, identityKey: p.identityKey })) } };
    case "ShareKeys":
      return { protocol: b.protocol, shareKeys: { receiver: r.receiver, advertisements: r.advertisements.map((a) => ({ ...a })) } };
    case "MaskedInput":
      return { protocol: b.protocol, maskedInput: { receiver: r.receiver, shares: r.shares.map((s) => ({ ...s })) } };
    case "Unmask":
      return { protocol: b.protocol, unmask: { receiver: r.receiver, survivors: [...r.survivors], dropped: [...r.dropped] } };
  }
}

export function secaggReplyToWire(b: SecAggReplyBody): conclave.v1.SecAggReply.$Properties {
  const r = b.reply;
  switch (r.stage) {
    case "AdvertiseKeys":
      return { protocol: b.protocol, advertiseKeys: { sender: r.sender, encryptionPublicKey: r.encryptionPublicKey, maskPublicKey: r.maskPublicKey, signature: r.signature } };
    case "ShareKeys":
      return { protocol: b.protocol, shareKeys: { sender: r.sender, shares: r.shares.map((s) => ({ ...s })) } };
    case "MaskedInput":
      return { protocol: b.protocol, maskedInput: { sender: r.sender, maskedInput: toLittleEndianBytes(r.maskedInput) } };
    case "Unmask":
      return { protocol: b.protocol, unmask: { sender: r.sender, selfMaskShares: r.selfMaskShares.map((s) => ({ ...s })), maskKeyShares: r.maskKeyShares.map((s) => ({ ...s })) } };
  }
}

// ---------- decode and validate ----------

export function secaggRequestFromWire(w: conclave.v1.SecAggRequest, round: number): SecAggRequestBody {
  const protocol: SecureProtocol = checkOneOf(w.protocol, PROTOCOLS, "secaggRequest.protocol");
  let request: SecAggRequest;
  let roster: RosterEntry[] = [];
  switch (w.stage) {
    case "advertiseKeys": {
      const a = w.advertiseKeys!;
      roster = listOf(a.participants, "advertiseKeys.participants", (p, where) => ({ id: id(p.id, `${where}.id`), identityKey: bytesOf(p.identityKey, `${where}.identityKey`, 32) }));
      request = { stage: "AdvertiseKeys", round, receiver: id(a.receiver, "advertiseKeys.receiver"),
        participants: participantsFromWire(a),
        neighbors: checkInt(a.neighbors, "advertiseKeys.neighbors", 0, MAX_PEERS), threshold: checkInt(a.threshold, "advertiseKeys.threshold", 0, MAX_PEERS),
        vectorLength: checkInt(a.vectorLength, "advertiseKeys.vectorLength", 1, 1 << 28), graphSeed: bytesOf(a.graphSeed, "advertiseKeys.graphSeed", 32) };
      break;
    }
    case "shareKeys": {
      const s = w.shareKeys!;
      request = { stage: "ShareKeys", round, receiver: id(s.receiver, "shareKeys.receiver"), advertisements: listOf(s.advertisements, "shareKeys.advertisements", advertisement) };
      break;
    }
    case "maskedInput": {
      const m = w.maskedInput!;
      request = { stage: "MaskedInput", round, receiver: id(m.receiver, "maskedInput.receiver"), shares: listOf(m.shares, "maskedInput.shares", share) };
      break;
    }
    case "unmask": {
      const u = w.unmask!;
      request = { stage: "Unmask", round, receiver: id(u.receiver, "unmask.receiver"),
        survivors: listOf(u.survivors, "unmask.survivors", (x, where) => id(x, where)), dropped: listOf(u.dropped, "unmask.dropped", (x, where) => id(x, where)) };
      break;
    }
    default:
      throw new ProtocolError("MALFORMED_MESSAGE", "a secure-aggregation request names no stage");
  }
  return { type: "secaggRequest", protocol, request, roster };
}

export function secaggReplyFromWire(w: conclave.v1.SecAggReply, round: number): SecAggReplyBody {
  const protocol: SecureProtocol = checkOneOf(w.protocol, PROTOCOLS, "secaggReply.protocol");
  let reply: SecAggReply;
  switch (w.stage) {
    case "advertiseKeys": {
      const a = w.advertiseKeys!;
      reply = { stage: "AdvertiseKeys", round, sender: id(a.sender, "advertiseKeys.sender"), encryptionPublicKey: bytesOf(a.encryptionPublicKey, "advertiseKeys.encryptionPublicKey", 32),
        maskPublicKey: bytesOf(a.maskPublicKey, "advertiseKeys.maskPublicKey", 32), signature: bytesOf(a.signature, "advertiseKeys.signature", 64) };
      break;
    }
    case "shareKeys": {
      const s = w.shareKeys!;
      reply = { stage: "ShareKeys", round, sender: id(s.sender, "shareKeys.sender"), shares: listOf(s.shares, "shareKeys.shares", share) };
      break;
    }
    case "maskedInput": {
      const m = w.maskedInput!;
      const bytes = bytesOf(m.maskedInput, "maskedInput.maskedInput");
      if (bytes.byteLength % 4 !== 0) throw new ProtocolError("MALFORMED_MESSAGE", `maskedInput.maskedInput has ${bytes.byteLength} bytes, not a whole number of uint32 words`);
      reply = { stage: "MaskedInput", round, sender: id(m.sender, "maskedInput.sender"), maskedInput: uint32FromBytes(bytes) };
      break;
    }
    case "unmask": {
      const u = w.unmask!;
      reply = { stage: "Unmask", round, sender: id(u.sender, "unmask.sender"), selfMaskShares: listOf(u.selfMaskShares, "unmask.selfMaskShares", revealed),
        maskKeyShares: listOf(u.maskKeyShares, "unmask.maskKeyShares", revealed) };
      break;
    }
    default:
      throw new ProtocolError("MALFORMED_MESSAGE", "a secure-aggregation reply names no stage");
  }
  return { type: "secaggReply", protocol, reply };
}
