/**
 * Each primitive SecAgg+ cannot avoid, timed alone on this machine, as a cost
 * per operation in milliseconds (timed as min(wall, process CPU), see cpu-time.ts). The secagg benchmark
 * multiplies these by the number of operations each side needs to get its
 * lower bound. The costs come in three groups, by what they depend on: the
 * per-key costs (measured once), the per-vector costs (per d) and Shamir
 * (per number of shares and threshold), so a benchmark over a grid measures
 * each group once per distinct parameter.
 */
import { randomBytes } from "node:crypto";
import { encodeInto, chooseScale } from "../../shared/ring/fixed-point";
import { addInto } from "../../shared/ring/ring-arithmetic";
import { expandAddInto } from "../../shared/crypto/prg";
import { deriveSeed } from "../../shared/crypto/kdf";
import { x25519Agreement, x25519KeyPair } from "../../shared/crypto/x25519";
import { openShare, sealShare, shareKey } from "../../shared/crypto/share-seal";
import { sha256 } from "../../shared/crypto/hash";
import { reconstruct, share, SHAMIR_SHARE_BYTES } from "../../shared/crypto/shamir";
import { generateSigningKeyPair, signer, verifyDetached } from "../../shared/crypto/signatures";
import { systemRandomBytes } from "../../shared/crypto/random";
import { elapsedMs, median, now } from "./cpu-time";

export interface PrimitiveCostOptions {
  /** Vector length for the per-vector costs. */
  readonly d: number;
  /** Shamir shares per secret (SecAgg+: the neighbour count k); default 10. */
  readonly shamirN?: number;
  /** Shamir threshold; default floor(shamirN / 2) + 1. */
  readonly shamirT?: number;
  /** Rough time budget per primitive in ms (default 150). */
  readonly budgetMs?: number;
}

export interface KeyCosts {
  /** A fresh X25519 key pair's public key from its secret (as the worker derives it). */
  readonly keyGenMs: number;
  /** One X25519 agreement with a cached private key (node fast path). */
  readonly keyAgreementMs: number;
  /** HKDF-SHA256 of a shared secret into one 256-bit mask seed. */
  readonly kdfMs: number;
  /** Derive a share key (X25519 + HKDF-SHA256) with the private key already imported, once per neighbour. */
  readonly boxKeyMs: number;
  /** Seal / open one share payload (two Shamir shares) with ChaCha20-Poly1305 under a precomputed key. */
  readonly boxEncryptMs: number;
  readonly boxDecryptMs: number;
  /** SHA-256 of a 32-byte secret with its context (the self-mask commitment). */
  readonly hashMs: number;
  readonly signMs: number;
  readonly verifyMs: number;
}

export interface VectorCosts {
  readonly d: number;
  /** PRG expansion of d words added into an accumulator. */
  readonly prgExpandAddMs: number;
  /** One ring addition of two d-vectors. */
  readonly ringAddMs: number;
  /** Fixed-point encoding of d floats. */
  readonly encodeMs: number;
}

export interface ShamirCosts {
  readonly shamirN: number;
  readonly shamirT: number;
  /** Shamir-share one 32-byte secret into shamirN shares, threshold shamirT. */
  readonly shamirShareMs: number;
  /** Reconstruct one secret from shamirT shares. */
  readonly shamirReconstructMs: number;
}

export type PrimitiveCosts = KeyCosts & VectorCosts & ShamirCosts;

/**
 * Ms per call of fn: warm up, then five batches sharing the budget; the
 * median batch mean, so that a burst of load from another process on a
 * shared machine does not inflate the figure.
 */
export function timeIt(fn: (i: number) => void, budgetMs: number): number {
  let calls = 0;
  const warmStart = now();
  while (calls < 3 || elapsedMs(warmStart) < budgetMs / 10) fn(calls++);
  const perCall = elapsedMs(warmStart) / calls;
  const repsPerBatch = Math.max(1, Math.round(budgetMs / 5 / Math.max(perCall, 1e-4)));
  const batchMeans: number[] = [];
  for (let b = 0; b < 5; b++) {
    const start = now();
    for (let r = 0; r < repsPerBatch; r++) fn(calls++);
    batchMeans.push(elapsedMs(start) / repsPerBatch);
  }
  return median(batchMeans);
}

const seeds = (count: number) => Array.from({ length: count }, () => new Uint8Array(randomBytes(32)));

export function measureKeyCosts(budgetMs = 150): KeyCosts {
  const secrets = seeds(16);
  const keyGenMs = timeIt((i) => x25519Agreement(secrets[i % secrets.length]!).publicKey, budgetMs);
  const me = x25519KeyPair();
  const peers = Array.from({ length: 64 }, () => x25519KeyPair().publicKey);
  const agreement = x25519Agreement(me.secretKey);
  const keyAgreementMs = timeIt((i) => agreement.agree(peers[i % peers.length]!), budgetMs);
  const kdfMs = timeIt((i) => deriveSeed(secrets[i % secrets.length]!, { purpose: "secagg+/pairwise-mask", round: 1, ids: [1, 2] }), budgetMs);
  const context = new Uint8Array(32);
  const boxKeyMs = timeIt((i) => shareKey(agreement, peers[i % peers.length]!, context), budgetMs);

  const key = shareKey(agreement, peers[0]!, context)!;
  const address = { protocol: "secagg+", stage: "ShareKeys", context, sender: 1, receiver: 2 };
  const payload = new Uint8Array(2 * SHAMIR_SHARE_BYTES);
  const sealed = sealShare(key, address, payload);
  const boxEncryptMs = timeIt(() => sealShare(key, address, payload), budgetMs);
  const boxDecryptMs = timeIt(() => openShare(key, address, sealed), budgetMs);
  const hashMs = timeIt((i) => sha256(context, secrets[i % secrets.length]!), budgetMs);

  const identity = generateSigningKeyPair();
  const sign = signer(identity.secretKey);
  const message = new Uint8Array(100);
  const signature = sign(message);
  const signMs = timeIt(() => sign(message), budgetMs);
  const verifyMs = timeIt(() => verifyDetached(message, signature, identity.publicKey), budgetMs);
  return { keyGenMs, keyAgreementMs, kdfMs, boxKeyMs, boxEncryptMs, boxDecryptMs, hashMs, signMs, verifyMs };
}

export function measureVectorCosts(d: number, budgetMs = 150): VectorCosts {
  const acc = new Uint32Array(d);
  const x = new Uint32Array(d).map((_, i) => (i * 2654435761) >>> 0);
  const prgSeeds = seeds(16);
  const prgExpandAddMs = timeIt((i) => expandAddInto(prgSeeds[i % prgSeeds.length]!, acc, 1), budgetMs);
  const ringAddMs = timeIt(() => addInto(acc, x), budgetMs);
  const floats = new Float32Array(d).map((_, i) => Math.sin(i));
  const scale = chooseScale({ clipRange: 1, maxParties: 1000 });
  const encodeMs = timeIt(() => encodeInto(floats, 1, scale, acc), budgetMs);
  return { d, prgExpandAddMs, ringAddMs, encodeMs };
}

export function measureShamirCosts(shamirN: number, shamirT = Math.floor(shamirN / 2) + 1, budgetMs = 150): ShamirCosts {
  const secret = new Uint8Array(randomBytes(32));
  const shares = share(secret, { n: shamirN, t: shamirT }, systemRandomBytes);
  const shamirShareMs = timeIt(() => share(secret, { n: shamirN, t: shamirT }, systemRandomBytes), budgetMs);
  const shamirReconstructMs = timeIt(() => reconstruct(shares.slice(0, shamirT)), budgetMs);
  return { shamirN, shamirT, shamirShareMs, shamirReconstructMs };
}

export function measurePrimitiveCosts(options: PrimitiveCostOptions): PrimitiveCosts {
  const budget = options.budgetMs ?? 150;
  const shamirN = options.shamirN ?? 10;
  return {
    ...measureVectorCosts(options.d, budget),
    ...measureKeyCosts(budget),
    ...measureShamirCosts(shamirN, options.shamirT ?? Math.floor(shamirN / 2) + 1, budget),
  };
}
