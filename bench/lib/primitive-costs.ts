/**
 * Each primitive SecAgg+ cannot avoid, timed alone on this machine, as a cost
 * per operation in milliseconds. The secagg benchmark multiplies these by the
 * number of operations each side needs to get its lower bound.
 */
import { randomBytes } from "node:crypto";
import { encodeInto, chooseScale } from "../../shared/ring/fixed-point";
import { addInto } from "../../shared/ring/ring-arithmetic";
import { expandAddInto } from "../../shared/crypto/prg";
import { deriveSeed } from "../../shared/crypto/kdf";
import { x25519Agreement, x25519KeyPair } from "../../shared/crypto/x25519";
import { boxKey, openEnvelope, sealEnvelope } from "../../shared/crypto/share-box";
import { reconstruct, share, SHAMIR_SHARE_BYTES } from "../../shared/crypto/shamir";
import { generateSigningKeyPair, signer, verifyDetached } from "../../shared/crypto/signatures";
import { systemRandomBytes } from "../../shared/crypto/random";

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

export interface PrimitiveCosts {
  readonly d: number;
  readonly shamirN: number;
  readonly shamirT: number;
  /** PRG expansion of d words added into an accumulator. */
  readonly prgExpandAddMs: number;
  /** One ring addition of two d-vectors. */
  readonly ringAddMs: number;
  /** Fixed-point encoding of d floats. */
  readonly encodeMs: number;
  /** One X25519 agreement with a cached private key (node fast path). */
  readonly keyAgreementMs: number;
  /** Seal / open one share payload (two Shamir shares) with a precomputed box key. */
  readonly boxEncryptMs: number;
  readonly boxDecryptMs: number;
  /** HKDF-SHA256 of a shared secret into one 256-bit mask seed. */
  readonly kdfMs: number;
  /** Derive a box key (X25519 + HSalsa20), once per neighbour. */
  readonly boxKeyMs: number;
  /** Shamir-share one 32-byte secret into shamirN shares, threshold shamirT. */
  readonly shamirShareMs: number;
  /** Reconstruct one secret from shamirT shares. */
  readonly shamirReconstructMs: number;
  readonly signMs: number;
  readonly verifyMs: number;
}

/**
 * Ms per call of fn: warm up, then five batches sharing the budget; the median
 * batch mean, so that a burst of load from another process on a shared
 * machine does not inflate the figure.
 */
function timeIt(fn: (i: number) => void, budgetMs: number): number {
  let calls = 0;
  const warmStart = performance.now();
  while (calls < 3 || performance.now() - warmStart < budgetMs / 10) fn(calls++);
  const perCall = (performance.now() - warmStart) / calls;
  const repsPerBatch = Math.max(1, Math.round(budgetMs / 5 / Math.max(perCall, 1e-4)));
  const batchMeans: number[] = [];
  for (let b = 0; b < 5; b++) {
    const start = performance.now();
    for (let r = 0; r < repsPerBatch; r++) fn(calls++);
    batchMeans.push((performance.now() - start) / repsPerBatch);
  }
  batchMeans.sort((a, b) => a - b);
  return batchMeans[2]!;
}

export function measurePrimitiveCosts(options: PrimitiveCostOptions): PrimitiveCosts {
  const d = options.d;
  const shamirN = options.shamirN ?? 10;
  const shamirT = options.shamirT ?? Math.floor(shamirN / 2) + 1;
  const budget = options.budgetMs ?? 150;

  const acc = new Uint32Array(d);
  const x = new Uint32Array(d).map((_, i) => (i * 2654435761) >>> 0);
  const seeds = Array.from({ length: 16 }, () => new Uint8Array(randomBytes(32)));
  const prgExpandAddMs = timeIt((i) => expandAddInto(seeds[i % seeds.length]!, acc, 1), budget);
  const ringAddMs = timeIt(() => addInto(acc, x), budget);
  const floats = new Float32Array(d).map((_, i) => Math.sin(i));
  const scale = chooseScale({ clipRange: 1, maxParties: 1000 });
  const encodeMs = timeIt(() => encodeInto(floats, 1, scale, acc), budget);

  const me = x25519KeyPair();
  const peers = Array.from({ length: 64 }, () => x25519KeyPair().publicKey);
  const agreement = x25519Agreement(me.secretKey);
  const keyAgreementMs = timeIt((i) => agreement.agree(peers[i % peers.length]!), budget);
  const kdfMs = timeIt((i) => deriveSeed(seeds[i % seeds.length]!, { purpose: "secagg+/pairwise-mask", round: 1, ids: [1, 2] }), budget);
  const boxKeyMs = timeIt((i) => boxKey(me.secretKey, peers[i % peers.length]!), budget);

  const key = boxKey(me.secretKey, peers[0]!)!;
  const header = { protocol: "secagg+", stage: "ShareKeys", round: 1, sender: 1, receiver: 2 };
  const payload = new Uint8Array(2 * SHAMIR_SHARE_BYTES);
  const sealed = sealEnvelope(key, header, payload, systemRandomBytes);
  const boxEncryptMs = timeIt(() => sealEnvelope(key, header, payload, systemRandomBytes), budget);
  const boxDecryptMs = timeIt(() => openEnvelope(key, sealed, header), budget);

  const secret = new Uint8Array(randomBytes(32));
  const shares = share(secret, { n: shamirN, t: shamirT }, systemRandomBytes);
  const shamirShareMs = timeIt(() => share(secret, { n: shamirN, t: shamirT }, systemRandomBytes), budget);
  const shamirReconstructMs = timeIt(() => reconstruct(shares.slice(0, shamirT)), budget);

  const identity = generateSigningKeyPair();
  const sign = signer(identity.secretKey);
  const message = new Uint8Array(100);
  const signature = sign(message);
  const signMs = timeIt(() => sign(message), budget);
  const verifyMs = timeIt(() => verifyDetached(message, signature, identity.publicKey), budget);

  return {
    d, shamirN, shamirT, prgExpandAddMs, ringAddMs, encodeMs, keyAgreementMs, kdfMs, boxKeyMs,
    boxEncryptMs, boxDecryptMs, shamirShareMs, shamirReconstructMs, signMs, verifyMs,
  };
}
