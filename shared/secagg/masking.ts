/**
 * The masks of SecAgg+, shared by worker and coordinator so that both expand
 * exactly the same streams. A worker u sends
 *
 *     y_u = x_u + PRG(seed(b_u)) + sum over paired neighbours v of sign(u, v) * PRG(seed(s_uv))
 *
 * with b_u a fresh 32-byte self-mask secret, s_uv = X25519(mask key of u, mask
 * key of v), sign(u, v) = +1 if u < v else -1 (so the pair cancels in the sum).
 * Seeds go through HKDF bound to purpose, round and ids; the PRG is AES-256-CTR
 * with a 256-bit seed (Flower's generator takes 32 bits).
 */
import { deriveSeed } from "../crypto/kdf";
import { expandAddInto } from "../crypto/prg";

export const SELF_MASK_PURPOSE = "secagg+/self-mask";
export const PAIRWISE_MASK_PURPOSE = "secagg+/pairwise-mask";

/** +1 if u adds the pair's stream, -1 if it subtracts it. */
export function pairwiseSign(u: number, v: number): 1 | -1 {
  return u < v ? 1 : -1;
}

export function selfMaskSeed(selfSecret: Uint8Array, round: number, owner: number): Uint8Array {
  return deriveSeed(selfSecret, { purpose: SELF_MASK_PURPOSE, round, ids: [owner] });
}

export function pairwiseMaskSeed(sharedSecret: Uint8Array, round: number, u: number, v: number): Uint8Array {
  return deriveSeed(sharedSecret, { purpose: PAIRWISE_MASK_PURPOSE, round, ids: u < v ? [u, v] : [v, u] });
}

/** acc += sign * self mask of `owner`. */
export function applySelfMask(acc: Uint32Array, selfSecret: Uint8Array, round: number, owner: number, sign: 1 | -1): void {
  expandAddInto(selfMaskSeed(selfSecret, round, owner), acc, sign);
}

/** acc += factor * (u's share of the pairwise mask with v); factor -1 removes it. */
export function applyPairwiseMask(acc: Uint32Array, sharedSecret: Uint8Array, round: number, u: number, v: number, factor: 1 | -1): void {
  const sign = pairwiseSign(u, v) * factor;
  expandAddInto(pairwiseMaskSeed(sharedSecret, round, u, v), acc, sign === 1 ? 1 : -1);
}
