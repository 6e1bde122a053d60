/**
 * Authenticated encryption of what one worker sends another through a coordinator that
 * cannot read it (Shamir shares in SecAgg+, additive shares): ChaCha20-Poly1305 (RFC 8439,
 * node:crypto) under a key derived from an X25519 agreement of the two workers' fresh
 * per-round encryption keys.
 *
 *   key   = HKDF-SHA256(ikm = X25519(own sk, peer pk), salt = "conclave/kdf/v1",
 *                       info = label("conclave/v2/share-key") || context, 32 bytes)
 *   nonce = u32be(0) || u32be(sender) || u32be(receiver)        (12 bytes)
 *   aad   = label(protocol) || label(stage) || context || u64(sender) || u64(receiver)
 *   wire  = ciphertext || tag (16 bytes)
 *
 * `context` is the round's transcript digest (shared/secagg/transcript), so a share is bound
 * to its run, round, protocol and participant set. Each key is used once in each direction
 * (the encryption keys are fresh every round) and the two directions have distinct nonces,
 * so no (key, nonce) pair repeats. A share replayed to another receiver, stage, round or run
 * fails authentication: nothing but the tag is checked, and nothing is sent in the clear.
 */
import crypto from "node:crypto";
import { concatBytes, label, utf8, writeU64 } from "./bytes";
import { hkdfSha256Block } from "./kdf";
import type { X25519Agreement } from "./x25519";

export const SHARE_TAG_BYTES = 16;
const SALT = utf8("conclave/kdf/v1");
const KEY_INFO = label("conclave/v2/share-key");

export interface ShareAddress {
  /** "secagg+" or "additive". */
  readonly protocol: string;
  /** The stage the share belongs to ("ShareKeys"). */
  readonly stage: string;
  /** The round's transcript digest (32 bytes). */
  readonly context: Uint8Array;
  readonly sender: number;
  readonly receiver: number;
}

/** The pairwise key from an imported agreement and the peer's public key; null for a low-order peer key. */
export function shareKey(agreement: X25519Agreement, peerPublicKey: Uint8Array, context: Uint8Array): Uint8Array | null {
  const shared = agreement.agree(peerPublicKey);
  if (shared === null) return null;
  return hkdfSha256Block(shared, SALT, concatBytes(KEY_INFO, context));
}

export function shareNonce(sender: number, receiver: number): Uint8Array {
  if (!(Number.isInteger(sender) && sender >= 0 && sender <= 0xffffffff && Number.isInteger(receiver) && receiver >= 0 && receiver <= 0xffffffff)) {
    throw new RangeError(`share ids must be 32-bit unsigned integers, got ${sender} and ${receiver}`);
  }
  const nonce = new Uint8Array(12);
  const view = new DataView(nonce.buffer);
  view.setUint32(4, sender);
  view.setUint32(8, receiver);
  return nonce;
}

export function shareAad(a: ShareAddress): Uint8Array {
  const protocol = labelOf(a.protocol);
  const stage = labelOf(a.stage);
  // label(protocol) || label(stage) || context || u64(sender) || u64(receiver), in one buffer.
  const out = new Uint8Array(protocol.length + stage.length + a.context.length + 16);
  out.set(protocol, 0);
  out.set(stage, protocol.length);
  let at = protocol.length + stage.length;
  out.set(a.context, at); at += a.context.length;
  writeU64(out, at, a.sender);
  writeU64(out, at + 8, a.receiver);
  return out;
}

const labels = new Map<string, Uint8Array>(); // protocol and stage names: a handful, each encoded once

function labelOf(text: string): Uint8Array {
  let bytes = labels.get(text);
  if (bytes === undefined) {
    bytes = label(text);
    if (labels.size < 64) labels.set(text, bytes);
  }
  return bytes;
}

/** Bytes of a sealed share with a payload of this length. */
export function sealedLength(payloadLength: number): number {
  return payloadLength + SHARE_TAG_BYTES;
}

export function sealShare(key: Uint8Array, address: ShareAddress, payload: Uint8Array): Uint8Array {
  const cipher = crypto.createCipheriv("chacha20-poly1305", key, shareNonce(address.sender, address.receiver), { authTagLength: SHARE_TAG_BYTES });
  cipher.setAAD(shareAad(address), { plaintextLength: payload.length });
  const body = cipher.update(payload);
  cipher.final();
  return concatBytes(body, cipher.getAuthTag());
}

/** The payload, or null when the ciphertext does not authenticate for this key and address. */
export function openShare(key: Uint8Array, address: ShareAddress, sealed: Uint8Array): Uint8Array | null {
  if (sealed.length < SHARE_TAG_BYTES) return null;
  const body = sealed.subarray(0, sealed.length - SHARE_TAG_BYTES);
  const decipher = crypto.createDecipheriv("chacha20-poly1305", key, shareNonce(address.sender, address.receiver), { authTagLength: SHARE_TAG_BYTES });
  decipher.setAAD(shareAad(address), { plaintextLength: body.length });
  decipher.setAuthTag(sealed.subarray(sealed.length - SHARE_TAG_BYTES));
  const out = decipher.update(body);
  try {
    decipher.final();
  } catch {
    return null;
  }
  return new Uint8Array(out);
}
