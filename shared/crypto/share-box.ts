/**
 * Authenticated encryption between two workers, relayed by a coordinator that
 * cannot read it: nacl.box (X25519 + XSalsa20-Poly1305) with the workers'
 * encryption keys. The plaintext starts with a header naming the protocol,
 * stage, round, sender and receiver; opening checks it, so a ciphertext
 * replayed to another worker, stage or round is refused even where the key
 * would still open it.
 *
 * Fast path for the key: nacl.box.before(pk, sk) is HSalsa20(X25519(sk, pk));
 * the X25519 here runs in node:crypto (~0.05 ms against tweetnacl's ~0.65 ms)
 * and the HSalsa20 in tweetnacl's lowlevel core. boxKeyReference is
 * nacl.box.before itself; the tests check both agree and that a sealed envelope
 * opens with plain nacl.box.open.
 *
 * Wire layout: nonce (24 bytes) || secretbox(header || payload).
 */
import nacl from "tweetnacl";
import { concatBytes, label, readU64, u64, utf8 } from "./bytes";
import type { RandomBytes } from "./random";
import { x25519Agreement, type X25519Agreement } from "./x25519";

export const BOX_NONCE_BYTES = 24;
export const BOX_KEY_BYTES = 32;
export const BOX_MAC_BYTES = 16;

export interface EnvelopeHeader {
  /** The protocol, e.g. "secagg+". */
  readonly protocol: string;
  /** The stage the payload belongs to, e.g. "ShareKeys". */
  readonly stage: string;
  readonly round: number;
  readonly sender: number;
  readonly receiver: number;
}

export type OpenResult =
  | { readonly ok: true; readonly payload: Uint8Array }
  | { readonly ok: false; readonly reason: "authentication-failed" | "misaddressed"; readonly message: string };

type HSalsa20 = (out: Uint8Array, input: Uint8Array, key: Uint8Array, constant: Uint8Array) => number;

function loadHSalsa20(): HSalsa20 {
  const lowlevel: unknown = Reflect.get(nacl, "lowlevel");
  const core: unknown = typeof lowlevel === "object" && lowlevel !== null ? Reflect.get(lowlevel, "crypto_core_hsalsa20") : undefined;
  if (typeof core !== "function") throw new Error("tweetnacl does not expose lowlevel.crypto_core_hsalsa20");
  return (out, input, key, constant) => Number(core(out, input, key, constant));
}

const hsalsa20 = loadHSalsa20();
const SIGMA_TEXT = "expand 32-byte k";

/** nacl.box.before(peerPublicKey, secretKey), with the X25519 in node; null for a low-order peer key. */
export function boxKey(secretKey: Uint8Array, peerPublicKey: Uint8Array): Uint8Array | null {
  return boxKeyWith(x25519Agreement(secretKey), peerPublicKey);
}

/**
 * The same box key from an agreement whose private key is already imported:
 * a worker deriving keys with k neighbours imports its secret key once, not k
 * times (the import costs about as much as the agreement itself).
 */
export function boxKeyWith(agreement: X25519Agreement, peerPublicKey: Uint8Array): Uint8Array | null {
  const shared = agreement.agree(peerPublicKey);
  if (shared === null) return null;
  const key = new Uint8Array(BOX_KEY_BYTES);
  hsalsa20(key, new Uint8Array(16), shared, utf8(SIGMA_TEXT)); // fresh constants: no shared mutable arrays
  return key;
}

/** Reference: tweetnacl's own nacl.box.before. */
export function boxKeyReference(secretKey: Uint8Array, peerPublicKey: Uint8Array): Uint8Array {
  return nacl.box.before(peerPublicKey, secretKey);
}

export function encodeHeader(header: EnvelopeHeader): Uint8Array {
  return concatBytes(label(header.protocol), label(header.stage), u64(header.round), u64(header.sender), u64(header.receiver));
}

/** Bytes of a sealed envelope for this header and payload length. */
export function envelopeLength(header: EnvelopeHeader, payloadLength: number): number {
  return BOX_NONCE_BYTES + BOX_MAC_BYTES + encodeHeader(header).length + payloadLength;
}

/** Encrypt and authenticate header || payload under a box key. */
export function sealEnvelope(key: Uint8Array, header: EnvelopeHeader, payload: Uint8Array, randomBytes: RandomBytes): Uint8Array {
  const nonce = randomBytes(BOX_NONCE_BYTES);
  const boxed = nacl.secretbox(concatBytes(encodeHeader(header), payload), nonce, key);
  return concatBytes(nonce, boxed);
}

/** Decrypt, authenticate, and check the header against what the receiver expects. */
export function openEnvelope(key: Uint8Array, envelope: Uint8Array, expected: EnvelopeHeader): OpenResult {
  const headerBytes = encodeHeader(expected);
  if (envelope.length < BOX_NONCE_BYTES + BOX_MAC_BYTES + headerBytes.length) {
    return { ok: false, reason: "authentication-failed", message: `the ciphertext is too short (${envelope.length} bytes) to hold a sealed share` };
  }
  const plain = nacl.secretbox.open(envelope.subarray(BOX_NONCE_BYTES), envelope.subarray(0, BOX_NONCE_BYTES), key);
  if (plain === null) {
    return { ok: false, reason: "authentication-failed", message: `the ciphertext from worker ${expected.sender} does not authenticate under the key agreed with it` };
  }
  for (let i = 0; i < headerBytes.length; i++) {
    if (plain[i] !== headerBytes[i]) return { ok: false, reason: "misaddressed", message: describeMismatch(plain, expected) };
  }
  return { ok: true, payload: plain.subarray(headerBytes.length) };
}

function describeMismatch(plain: Uint8Array, expected: EnvelopeHeader): string {
  const wanted = `${expected.protocol}/${expected.stage} round ${expected.round} from ${expected.sender} to ${expected.receiver}`;
  const protoLen = plain[0] ?? 0;
  const stageLen = plain[1 + protoLen] ?? 0;
  const at = 2 + protoLen + stageLen;
  if (plain.length >= at + 24) {
    const round = readU64(plain, at), sender = readU64(plain, at + 8), receiver = readU64(plain, at + 16);
    return `the share was sealed for round ${round} from ${sender} to ${receiver}, but this is ${wanted}; it was replayed or misrouted`;
  }
  return `the share was sealed for a different context than ${wanted}; it was replayed or misrouted`;
}
