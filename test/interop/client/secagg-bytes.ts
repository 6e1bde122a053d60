// The byte strings SecAgg+ hashes, signs and derives keys from (docs/protocol.md sections 9.2-9.7).
import { concat, label, u32, u64 } from "./bytes";
import { aesCtrKeystream, hkdf, sha256, x25519 } from "./primitives";

export interface TranscriptInput {
  protocol: string;
  runId: string;
  round: number;
  purpose: string;
  participants: readonly number[];
  neighbors: number;
  threshold: number;
  collusionBound: number;
  vectorLength: number;
}

/** T (section 9.2). */
export function transcriptDigest(x: TranscriptInput): Buffer {
  const ids = [...x.participants].sort((a, b) => a - b);
  return sha256(
    label("conclave/v2/secagg-transcript"), label(x.protocol), label(x.runId), u64(x.round), label(x.purpose),
    u64(ids.length), ...ids.map((id) => u64(id)),
    u64(x.neighbors), u64(x.threshold), u64(x.collusionBound), u64(x.vectorLength),
  );
}

export function graphSeed(transcript: Uint8Array): Buffer {
  return sha256(label("conclave/v2/secagg+/graph"), transcript);
}

/** The neighbour graph (section 9.3): participant id to its neighbours, ascending. */
export function neighbourGraph(participants: readonly number[], k: number, transcript: Uint8Array): Map<number, number[]> {
  const ids = [...participants].sort((a, b) => a - b);
  const n = ids.length;
  const graph = new Map<number, number[]>();
  if (k === n - 1) {
    for (const u of ids) graph.set(u, ids.filter((v) => v !== u));
    return graph;
  }
  const seed = graphSeed(transcript);
  let stream: Buffer = Buffer.alloc(0);
  let offset = 0;
  const nextWord = (): number => {
    if (offset + 4 > stream.length) {
      stream = aesCtrKeystream(seed, Math.max(4096, stream.length * 2));
    }
    const w = stream.readUInt32LE(offset);
    offset += 4;
    return w;
  };
  const randomInt = (bound: number): number => {
    const limit = 2 ** 32 - (2 ** 32 % bound);
    for (;;) {
      const x = nextWord();
      if (x < limit) return x % bound;
    }
  };
  const ring = [...ids];
  for (let i = n - 1; i >= 1; i--) {
    const j = randomInt(i + 1);
    [ring[i], ring[j]] = [ring[j]!, ring[i]!];
  }
  const half = k / 2;
  for (const [pos, u] of ring.entries()) {
    const near: number[] = [];
    for (let s = 1; s <= half; s++) near.push(ring[(pos + s) % n]!, ring[(pos - s + n) % n]!);
    graph.set(u, near.sort((a, b) => a - b));
  }
  return graph;
}

export function selfMaskCommitment(transcript: Uint8Array, id: number, selfMaskSecret: Uint8Array): Buffer {
  return sha256(label("conclave/v2/secagg+/self-mask-commitment"), transcript, u64(id), selfMaskSecret);
}

export function advertisementPayload(
  protocol: string, transcript: Uint8Array, id: number, encryptionKey: Uint8Array, maskKey: Uint8Array, commitment: Uint8Array,
): Buffer {
  const domain = protocol === "additive" ? "conclave/v2/additive/advertise-keys" : "conclave/v2/secagg+/advertise-keys";
  return concat(label(domain), transcript, u64(id), encryptionKey, maskKey, commitment);
}

/** K = HKDF(X25519(e, E_h), label("conclave/v2/share-key") ‖ T). */
export function shareKey(encryptionSecret: Uint8Array, peerEncryptionKey: Uint8Array, transcript: Uint8Array): Buffer {
  return hkdf(x25519(encryptionSecret, peerEncryptionKey), concat(label("conclave/v2/share-key"), transcript));
}

export function shareNonce(sender: number, receiver: number): Buffer {
  return concat(u32(0), u32(sender), u32(receiver));
}

export function shareAad(protocol: string, transcript: Uint8Array, sender: number, receiver: number): Buffer {
  return concat(label(protocol), label("ShareKeys"), transcript, u64(sender), u64(receiver));
}

export function selfMaskSeed(selfMaskSecret: Uint8Array, round: number, owner: number): Buffer {
  return hkdf(selfMaskSecret, concat(label("secagg+/self-mask"), u64(round), u64(1), u64(owner)));
}

/** s_uv from the X25519 shared secret of the two mask keys. */
export function pairwiseMaskSeed(sharedSecret: Uint8Array, round: number, u: number, v: number): Buffer {
  return hkdf(sharedSecret, concat(label("secagg+/pairwise-mask"), u64(round), u64(2), u64(Math.min(u, v)), u64(Math.max(u, v))));
}

export function idSetDigest(ids: readonly number[]): Buffer {
  const sorted = [...ids].sort((a, b) => a - b);
  return sha256(label("conclave/v2/id-set"), u64(sorted.length), ...sorted.map((id) => u64(id)));
}

export function consistencyPayload(transcript: Uint8Array, survivors: readonly number[]): Buffer {
  return concat(label("conclave/v2/secagg+/consistency-check"), transcript, idSetDigest(survivors));
}
