// The coordinator's side of section 9.8, written for the tests from the document: rebuild each
// survivor's self-mask secret and each dropped site's mask key from t shares, check them against the
// commitment and the advertised key, and remove the masks from the sum of the masked inputs.
import { bytesEqual } from "../client/bytes";
import { prgWords, x25519, x25519PublicKey } from "../client/primitives";
import { pairwiseMaskSeed, selfMaskCommitment, selfMaskSeed } from "../client/secagg-bytes";
import { bigFromBytes, bigToBytes, shamirCombine } from "../client/shamir";

export interface UnmaskInput {
  transcript: Uint8Array;
  round: number;
  threshold: number;
  survivors: number[];
  /** Participant id to its advertised mask key and commitment. */
  advertised: Map<number, { maskPublicKey: Uint8Array; selfMaskCommitment: Uint8Array }>;
  /** Participant id to its neighbours. */
  neighbours: Map<number, number[]>;
  masked: Map<number, Uint32Array>;
  /** Holder id to the shares it revealed: owner to 33-byte share. */
  selfMaskShares: Map<number, Map<number, Uint8Array>>;
  maskKeyShares: Map<number, Map<number, Uint8Array>>;
}

function rebuild(owner: number, revealed: Map<number, Map<number, Uint8Array>>, t: number): Buffer {
  const points = [...revealed.entries()].flatMap(([holder, shares]) => {
    const y = shares.get(owner);
    return y === undefined ? [] : [{ x: holder + 1, y: bigFromBytes(y) }];
  });
  if (points.length < t) throw new Error(`only ${points.length} shares of site ${owner}'s secret, fewer than t = ${t}`);
  return bigToBytes(shamirCombine(points.slice(0, t)), 32);
}

export function unmaskSum(x: UnmaskInput): Uint32Array {
  const d = x.masked.values().next().value?.length ?? 0;
  const sum = new Uint32Array(d);
  const add = (w: Uint32Array, sign: number): void => {
    for (let i = 0; i < d; i++) sum[i] = (sum[i]! + sign * w[i]!) >>> 0;
  };
  for (const u of x.survivors) add(x.masked.get(u) ?? new Uint32Array(d), 1);
  for (const u of x.survivors) {
    const b = rebuild(u, x.selfMaskShares, x.threshold);
    const ad = x.advertised.get(u);
    if (ad === undefined || !bytesEqual(selfMaskCommitment(x.transcript, u, b), ad.selfMaskCommitment)) throw new Error(`commitment-mismatch for site ${u}`);
    add(prgWords(selfMaskSeed(b, x.round, u), d), -1);
  }
  for (const [v, ad] of x.advertised) {
    if (x.survivors.includes(v)) continue;
    const live = (x.neighbours.get(v) ?? []).filter((u) => x.survivors.includes(u));
    if (live.length === 0) continue;
    const m = rebuild(v, x.maskKeyShares, x.threshold);
    if (!bytesEqual(x25519PublicKey(m), ad.maskPublicKey)) throw new Error(`the rebuilt mask key of site ${v} is not its advertised key`);
    for (const u of live) {
      const other = x.advertised.get(u);
      if (other === undefined) continue;
      // Survivor u added σ(u, v)·PRG(s_uv); remove it.
      add(prgWords(pairwiseMaskSeed(x25519(m, other.maskPublicKey), x.round, u, v), d), u < v ? -1 : 1);
    }
  }
  return sum;
}
