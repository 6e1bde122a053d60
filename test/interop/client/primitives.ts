// Cryptographic primitives of docs/protocol.md section 1, on node:crypto only.
import {
  createCipheriv, createDecipheriv, createHash, createPrivateKey, createPublicKey, diffieHellman, hkdfSync,
  sign as edSign, verify as edVerify, type KeyObject,
} from "node:crypto";
import { concat } from "./bytes";

const KDF_SALT = Buffer.from("conclave/kdf/v1", "utf8");
const ED25519_PKCS8 = Buffer.from("302e020100300506032b657004220420", "hex");
const ED25519_SPKI = Buffer.from("302a300506032b6570032100", "hex");
const X25519_PKCS8 = Buffer.from("302e020100300506032b656e04220420", "hex");
const X25519_SPKI = Buffer.from("302a300506032b656e032100", "hex");

export class LowOrderKey extends Error {
  override name = "LowOrderKey";
  constructor() {
    super("the X25519 shared secret is all zero: the peer's key is of low order; refuse that key");
  }
}

function need32(what: string, b: Uint8Array): void {
  if (b.length !== 32) throw new Error(`${what} must be 32 bytes, got ${b.length}`);
}

export function sha256(...parts: Uint8Array[]): Buffer {
  const h = createHash("sha256");
  for (const p of parts) h.update(p);
  return h.digest();
}

/** HKDF-SHA256 with the protocol's salt, 32 bytes out. */
export function hkdf(ikm: Uint8Array, info: Uint8Array): Buffer {
  return Buffer.from(hkdfSync("sha256", ikm, KDF_SALT, info, 32));
}

function edPrivate(seed: Uint8Array): KeyObject {
  need32("an Ed25519 seed", seed);
  return createPrivateKey({ key: concat(ED25519_PKCS8, seed), format: "der", type: "pkcs8" });
}

function rawPublic(key: KeyObject): Buffer {
  const der = createPublicKey(key).export({ format: "der", type: "spki" });
  return Buffer.from(der.subarray(der.length - 32));
}

export function ed25519PublicKey(seed: Uint8Array): Buffer {
  return rawPublic(edPrivate(seed));
}

export function ed25519Sign(seed: Uint8Array, message: Uint8Array): Buffer {
  return edSign(null, message, edPrivate(seed));
}

/** False (never a throw) for a key or signature of the wrong length or a signature that does not verify. */
export function ed25519Verify(publicKey: Uint8Array, message: Uint8Array, signature: Uint8Array): boolean {
  if (publicKey.length !== 32 || signature.length !== 64) return false;
  try {
    const key = createPublicKey({ key: concat(ED25519_SPKI, publicKey), format: "der", type: "spki" });
    return edVerify(null, message, key, signature);
  } catch {
    return false;
  }
}

function xPrivate(secret: Uint8Array): KeyObject {
  need32("an X25519 secret", secret);
  return createPrivateKey({ key: concat(X25519_PKCS8, secret), format: "der", type: "pkcs8" });
}

/** X25519(secret, 9). */
export function x25519PublicKey(secret: Uint8Array): Buffer {
  return rawPublic(xPrivate(secret));
}

/** X25519(secret, peer); an all-zero result (a low-order peer key) is refused. */
export function x25519(secret: Uint8Array, peerPublic: Uint8Array): Buffer {
  need32("an X25519 public key", peerPublic);
  const pub = createPublicKey({ key: concat(X25519_SPKI, peerPublic), format: "der", type: "spki" });
  let shared: Buffer;
  try {
    shared = diffieHellman({ privateKey: xPrivate(secret), publicKey: pub });
  } catch {
    shared = Buffer.alloc(32); // OpenSSL refuses to derive an all-zero secret itself
  }
  if (shared.every((x) => x === 0)) throw new LowOrderKey();
  return shared;
}

/** The AES-256-CTR keystream under key (all-zero initial counter block), nBytes long. */
export function aesCtrKeystream(key: Uint8Array, nBytes: number): Buffer {
  need32("an AES-256 key", key);
  const c = createCipheriv("aes-256-ctr", key, Buffer.alloc(16));
  return Buffer.concat([c.update(Buffer.alloc(nBytes)), c.final()]);
}

/** PRG(s): the keystream read as little-endian uint32 words. */
export function prgWords(seed: Uint8Array, count: number): Uint32Array {
  const ks = aesCtrKeystream(seed, count * 4);
  const out = new Uint32Array(count);
  for (let i = 0; i < count; i++) out[i] = ks.readUInt32LE(i * 4);
  return out;
}

/** ChaCha20-Poly1305 (RFC 8439): ciphertext followed by the 16-byte tag. */
export function chachaSeal(key: Uint8Array, nonce: Uint8Array, aad: Uint8Array, plaintext: Uint8Array): Buffer {
  const c = createCipheriv("chacha20-poly1305", key, nonce, { authTagLength: 16 });
  c.setAAD(aad, { plaintextLength: plaintext.length });
  const body = Buffer.concat([c.update(plaintext), c.final()]);
  return Buffer.concat([body, c.getAuthTag()]);
}

/** Opens a sealed box; null when it does not authenticate. */
export function chachaOpen(key: Uint8Array, nonce: Uint8Array, aad: Uint8Array, sealed: Uint8Array): Buffer | null {
  if (sealed.length < 16) return null;
  const body = sealed.subarray(0, sealed.length - 16);
  const d = createDecipheriv("chacha20-poly1305", key, nonce, { authTagLength: 16 });
  d.setAAD(aad, { plaintextLength: body.length });
  d.setAuthTag(sealed.subarray(sealed.length - 16));
  try {
    return Buffer.concat([d.update(body), d.final()]);
  } catch {
    return null;
  }
}
