/**
 * What a worker seals for each neighbour in ShareKeys, and how keys are signed
 * in AdvertiseKeys: the byte layouts both sides must agree on.
 */
import { concatBytes, label, u64 } from "../crypto/bytes";
import type { EnvelopeHeader } from "../crypto/share-box";
import { SHAMIR_SHARE_BYTES } from "../crypto/shamir";

export const SECAGG_PROTOCOL = "secagg+";

/** Self-mask share (33 bytes) || mask-key share (33 bytes). */
export const SHARE_PAYLOAD_BYTES = 2 * SHAMIR_SHARE_BYTES;

/** The Shamir evaluation point of a holder: its id + 1 (never 0, distinct per holder). */
export function shareX(holder: number): number {
  return holder + 1;
}

export function shareHeader(round: number, sender: number, receiver: number): EnvelopeHeader {
  return { protocol: SECAGG_PROTOCOL, stage: "ShareKeys", round, sender, receiver };
}

export function encodeSharePayload(selfMaskShare: Uint8Array, maskKeyShare: Uint8Array): Uint8Array {
  return concatBytes(selfMaskShare, maskKeyShare);
}

export function decodeSharePayload(payload: Uint8Array): { selfMaskShare: Uint8Array; maskKeyShare: Uint8Array } | null {
  if (payload.length !== SHARE_PAYLOAD_BYTES) return null;
  return {
    selfMaskShare: payload.slice(0, SHAMIR_SHARE_BYTES),
    maskKeyShare: payload.slice(SHAMIR_SHARE_BYTES),
  };
}

/** The bytes an advertisement's signature covers: protocol, round, sender, both keys. */
export function advertisementMessage(round: number, sender: number, encryptionPublicKey: Uint8Array, maskPublicKey: Uint8Array): Uint8Array {
  return concatBytes(label(`${SECAGG_PROTOCOL}/advertise-keys/v1`), u64(round), u64(sender), encryptionPublicKey, maskPublicKey);
}
