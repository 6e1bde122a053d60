/**
 * The byte layouts both sides of secure aggregation agree on (docs/protocol.md has them with
 * test vectors in proto/vectors/): what an advertisement's signature covers, the self-mask
 * commitment, what a consistency signature covers, and the Shamir share payload.
 */
import { concatBytes, label, u64 } from "../crypto/bytes";
import { sha256 } from "../crypto/hash";
import { SHAMIR_SHARE_BYTES } from "../crypto/shamir";
import type { ShareAddress } from "../crypto/share-seal";
import type { SecAggProtocol } from "./messages";
import { idSetDigest } from "./transcript";

/** Self-mask share (33 bytes) || mask-key share (33 bytes). */
export const SHARE_PAYLOAD_BYTES = 2 * SHAMIR_SHARE_BYTES;

/** The Shamir evaluation point of a holder: its id + 1 (never 0, distinct per holder). */
export function shareX(holder: number): number {
  return holder + 1;
}

export function shareAddress(protocol: SecAggProtocol, context: Uint8Array, sender: number, receiver: number): ShareAddress {
  return { protocol, stage: "ShareKeys", context, sender, receiver };
}

export function encodeSharePayload(selfMaskShare: Uint8Array, maskKeyShare: Uint8Array): Uint8Array {
  return concatBytes(selfMaskShare, maskKeyShare);
}

/** Where each share sits in a payload (encodeSharePayload's layout): the self-mask share, then the mask-key share. */
export const SELF_MASK_SHARE_AT = 0;
export const MASK_KEY_SHARE_AT = SHAMIR_SHARE_BYTES;

/** SHA-256 commitment to a worker's self-mask secret b_u, bound to the round's transcript and its owner. */
export function selfMaskCommitment(context: Uint8Array, owner: number, selfSecret: Uint8Array): Uint8Array {
  return sha256(label("conclave/v2/secagg+/self-mask-commitment"), context, u64(owner), selfSecret);
}

/**
 * What an advertisement's signature covers: a label per protocol, the transcript digest, the
 * sender's id, its keys and (SecAgg+) its self-mask commitment. The additive protocol has no
 * mask key and no commitment (both empty).
 */
export function advertisementMessage(protocol: SecAggProtocol, context: Uint8Array, sender: number, encryptionPublicKey: Uint8Array,
  maskPublicKey: Uint8Array, commitment: Uint8Array): Uint8Array {
  return concatBytes(label(`conclave/v2/${protocol}/advertise-keys`), context, u64(sender), encryptionPublicKey, maskPublicKey, commitment);
}

/** What a consistency signature covers: the transcript digest and the survivor set. */
export function consistencyMessage(context: Uint8Array, survivors: readonly number[]): Uint8Array {
  return concatBytes(label("conclave/v2/secagg+/consistency-check"), context, idSetDigest(survivors));
}
