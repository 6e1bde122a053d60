/**
 * X25519 key agreement. node:crypto (OpenSSL) is the fast path; tweetnacl's
 * scalarMult is the reference the tests compare it against. Raw 32-byte keys
 * cross into node as JWK KeyObjects (importing JWK is ~10x cheaper than PKCS#8
 * DER here). For a private JWK node uses only `d` and derives the public key
 * itself; `x` must be present but is ignored, so a placeholder is passed.
 *
 * A shared secret of all zeros (the peer sent a low-order point) is refused:
 * both paths return null, never a key everyone can compute.
 */
import crypto from "node:crypto";
import nacl from "tweetnacl";
import { fromBase64Url, isAllZero, toBase64Url } from "./bytes";
import type { PairSecretMemo } from "./pair-secret-memo";
import { type RandomBytes, systemRandomBytes } from "./random";

export const X25519_KEY_BYTES = 32;

export interface X25519KeyPair {
  readonly publicKey: Uint8Array;
  readonly secretKey: Uint8Array;
}

/** Agreement with one fixed secret key against many peers (the private KeyObject is imported once). */
export interface X25519Agreement {
  readonly publicKey: Uint8Array;
  /** The 32-byte shared secret, or null if the peer's key is malformed or of low order. */
  agree(peerPublicKey: Uint8Array): Uint8Array | null;
}

const PLACEHOLDER_X = toBase64Url(new Uint8Array(X25519_KEY_BYTES));

function checkKey(what: string, key: Uint8Array): void {
  if (key.length !== X25519_KEY_BYTES) {
    throw new RangeError(`${what} must be ${X25519_KEY_BYTES} bytes, got ${key.length}`);
  }
}

function importPrivate(secretKey: Uint8Array): crypto.KeyObject {
  checkKey("X25519 secret key", secretKey);
  return crypto.createPrivateKey({
    key: { kty: "OKP", crv: "X25519", d: toBase64Url(secretKey), x: PLACEHOLDER_X },
    format: "jwk",
  });
}

/**
 * Imported public keys, by their bytes: a SecAgg+ advertisement's keys are agreed with by each of
 * its k neighbours, and in a simulation they share a process. Public data only (a KeyObject of
 * exactly these bytes); bounded, cleared when full.
 */
const importedPublic = new Map<string, crypto.KeyObject>();
const MAX_IMPORTED = 1 << 15;

function importPublic(publicKey: Uint8Array): crypto.KeyObject {
  const x = toBase64Url(publicKey);
  let key = importedPublic.get(x);
  if (key === undefined) {
    key = crypto.createPublicKey({ key: { kty: "OKP", crv: "X25519", x }, format: "jwk" });
    if (importedPublic.size >= MAX_IMPORTED) importedPublic.clear();
    importedPublic.set(x, key);
  }
  return key;
}

function exportPublic(privateKey: crypto.KeyObject): Uint8Array {
  const jwk = crypto.createPublicKey(privateKey).export({ format: "jwk" });
  if (typeof jwk.x !== "string") throw new Error("node did not export an X25519 public key");
  return fromBase64Url(jwk.x);
}

/** The shared secret of a private KeyObject and a peer's 32 bytes; null if OpenSSL refuses it or it is all zeros. */
function sharedSecret(privateKey: crypto.KeyObject, peerPublicKey: Uint8Array): Uint8Array | null {
  let shared: Buffer;
  try {
    shared = crypto.diffieHellman({ privateKey, publicKey: importPublic(peerPublicKey) });
  } catch {
    return null; // OpenSSL refuses an all-zero result
  }
  const out = new Uint8Array(shared);
  return isAllZero(out) ? null : out;
}

/**
 * Agreement with one secret key. With a memo (virtual workers only: shared/crypto/pair-secret-memo.ts),
 * a pair whose other end is in this process and already agreed costs a lookup, not a multiplication.
 */
export function x25519Agreement(secretKey: Uint8Array, memo?: PairSecretMemo): X25519Agreement {
  const privateKey = importPrivate(secretKey);
  const publicKey = exportPublic(privateKey);
  return {
    publicKey,
    agree(peerPublicKey) {
      if (peerPublicKey.length !== X25519_KEY_BYTES) return null;
      if (memo === undefined) return sharedSecret(privateKey, peerPublicKey);
      return memo.agree(publicKey, peerPublicKey, () => sharedSecret(privateKey, peerPublicKey));
    },
  };
}

/** The public key of a secret key (node). */
export function x25519PublicKey(secretKey: Uint8Array): Uint8Array {
  return exportPublic(importPrivate(secretKey));
}

/** A fresh key pair from 32 random bytes (clamping is applied inside X25519). */
export function x25519KeyPair(randomBytes: RandomBytes = systemRandomBytes): X25519KeyPair {
  const secretKey = randomBytes(X25519_KEY_BYTES);
  return { publicKey: x25519PublicKey(secretKey), secretKey };
}

/** Fast path (node:crypto): the shared secret, or null for a malformed or low-order peer key. */
export function x25519SharedSecret(secretKey: Uint8Array, peerPublicKey: Uint8Array): Uint8Array | null {
  return x25519Agreement(secretKey).agree(peerPublicKey);
}

/** Reference (tweetnacl scalarMult): the same contract as x25519SharedSecret. */
export function x25519SharedSecretReference(secretKey: Uint8Array, peerPublicKey: Uint8Array): Uint8Array | null {
  checkKey("X25519 secret key", secretKey);
  if (peerPublicKey.length !== X25519_KEY_BYTES) return null;
  const shared = nacl.scalarMult(secretKey, peerPublicKey);
  return isAllZero(shared) ? null : shared;
}

/** Reference public key (tweetnacl scalarMult.base). */
export function x25519PublicKeyReference(secretKey: Uint8Array): Uint8Array {
  checkKey("X25519 secret key", secretKey);
  return nacl.scalarMult.base(secretKey);
}
