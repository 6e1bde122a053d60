/**
 * Ed25519 signatures (identities, key advertisements). Keys and signatures use
 * tweetnacl's formats (32-byte public key, 64-byte secret key = seed || public
 * key, 64-byte detached signature). node:crypto is the fast path (measured here:
 * sign ~0.08 ms, verify ~0.25 ms including key import, against tweetnacl's ~3.5
 * and ~8 ms); tweetnacl's sign.detached is the reference. Ed25519 is
 * deterministic, so both produce byte-identical signatures (tested).
 */
import crypto from "node:crypto";
import nacl from "tweetnacl";
import { fromBase64Url, toBase64Url } from "./bytes";
import { type RandomBytes, systemRandomBytes } from "./random";
import { memoisedVerify } from "./verified-signatures";

export const SIGNING_PUBLIC_KEY_BYTES = 32;
export const SIGNING_SECRET_KEY_BYTES = 64;
export const SIGNATURE_BYTES = 64;

export interface SigningKeyPair {
  readonly publicKey: Uint8Array;
  /** tweetnacl layout: 32-byte seed followed by the 32-byte public key. */
  readonly secretKey: Uint8Array;
}

function importPrivate(secretKey: Uint8Array): crypto.KeyObject {
  if (secretKey.length !== SIGNING_SECRET_KEY_BYTES) {
    throw new RangeError(`Ed25519 secret key must be ${SIGNING_SECRET_KEY_BYTES} bytes, got ${secretKey.length}`);
  }
  return crypto.createPrivateKey({
    key: { kty: "OKP", crv: "Ed25519", d: toBase64Url(secretKey.subarray(0, 32)), x: toBase64Url(secretKey.subarray(32)) },
    format: "jwk",
  });
}

/** The key pair of a 32-byte seed (node derives the public key). */
export function signingKeyPairFromSeed(seed: Uint8Array): SigningKeyPair {
  if (seed.length !== 32) throw new RangeError(`Ed25519 seed must be 32 bytes, got ${seed.length}`);
  const privateKey = crypto.createPrivateKey({
    key: { kty: "OKP", crv: "Ed25519", d: toBase64Url(seed), x: toBase64Url(new Uint8Array(32)) },
    format: "jwk",
  });
  const jwk = crypto.createPublicKey(privateKey).export({ format: "jwk" });
  if (typeof jwk.x !== "string") throw new Error("node did not export an Ed25519 public key");
  const publicKey = fromBase64Url(jwk.x);
  const secretKey = new Uint8Array(SIGNING_SECRET_KEY_BYTES);
  secretKey.set(seed, 0);
  secretKey.set(publicKey, 32);
  return { publicKey, secretKey };
}

export function generateSigningKeyPair(randomBytes: RandomBytes = systemRandomBytes): SigningKeyPair {
  return signingKeyPairFromSeed(randomBytes(32));
}

/** A signing function with the private key imported once. */
export function signer(secretKey: Uint8Array): (message: Uint8Array) => Uint8Array {
  const privateKey = importPrivate(secretKey);
  return (message) => new Uint8Array(crypto.sign(null, message, privateKey));
}

/** Fast path (node:crypto). */
export function signDetached(message: Uint8Array, secretKey: Uint8Array): Uint8Array {
  return signer(secretKey)(message);
}

/**
 * Fast path (node:crypto): false for a bad signature or a malformed key, never a throw. A
 * success already seen in this process is not recomputed (./verified-signatures).
 */
export function verifyDetached(message: Uint8Array, signature: Uint8Array, publicKey: Uint8Array): boolean {
  if (signature.length !== SIGNATURE_BYTES || publicKey.length !== SIGNING_PUBLIC_KEY_BYTES) return false;
  return memoisedVerify(message, signature, publicKey, () => {
    try {
      const key = crypto.createPublicKey({ key: { kty: "OKP", crv: "Ed25519", x: toBase64Url(publicKey) }, format: "jwk" });
      return crypto.verify(null, message, key, signature);
    } catch {
      return false;
    }
  });
}

/** Reference (tweetnacl sign.detached). */
export function signDetachedReference(message: Uint8Array, secretKey: Uint8Array): Uint8Array {
  return nacl.sign.detached(message, secretKey);
}

/** Reference (tweetnacl sign.detached.verify). */
export function verifyDetachedReference(message: Uint8Array, signature: Uint8Array, publicKey: Uint8Array): boolean {
  if (signature.length !== SIGNATURE_BYTES || publicKey.length !== SIGNING_PUBLIC_KEY_BYTES) return false;
  return nacl.sign.detached.verify(message, signature, publicKey);
}
