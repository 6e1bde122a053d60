/**
 * The last step of SecAgg+ at the coordinator: remove every mask from the sum of masked
 * vectors. For each contributor, rebuild its self-mask secret from t revealed shares, check
 * it against the commitment the worker signed in its advertisement, and subtract its self
 * mask; for each worker that shared keys but sent no vector, rebuild its mask key (checked
 * against its advertised public key), recompute its pairwise secret with each contributing
 * neighbour, and remove the half of that pair's mask the neighbour added. A secret that does
 * not match its commitment or key means a holder revealed a corrupted share: the sum is not
 * released (an error naming the worker), never a wrong sum reported as done.
 */
import { bytesEqual } from "../crypto/bytes";
import { reconstruct, type ShamirShare } from "../crypto/shamir";
import { x25519Agreement } from "../crypto/x25519";
import { fail, ok, type Result } from "./errors";
import { applyPairwiseMask, applySelfMask } from "./masking";
import type { AdvertiseKeysReply } from "./messages";
import { selfMaskCommitment } from "./share-payload";

export interface RevealedShares {
  /** owner -> shares of its self-mask secret (x = holder id + 1). */
  readonly selfMask: Map<number, ShamirShare[]>;
  /** owner -> shares of its mask secret key. */
  readonly maskKey: Map<number, ShamirShare[]>;
}

export interface RecoveryInput {
  /** The sum of the contributors' masked vectors; unmasked in place. */
  readonly sum: Uint32Array;
  readonly round: number;
  readonly threshold: number;
  /** The round's transcript digest (the commitments are bound to it). */
  readonly context: Uint8Array;
  readonly contributors: ReadonlySet<number>;
  readonly droppedAfterSharing: readonly number[];
  readonly neighboursOf: (id: number) => readonly number[];
  readonly advertisement: (id: number) => AdvertiseKeysReply;
  readonly revealed: RevealedShares;
}

/** The unmasked sum, or the reason it cannot be recovered. */
export function recoverAggregate(input: RecoveryInput): Result<Uint32Array> {
  const { sum, round, threshold: t } = input;
  for (const owner of input.contributors) {
    const shares = input.revealed.selfMask.get(owner) ?? [];
    if (shares.length < t) return fail("below-threshold", `only ${shares.length} shares of surviving worker ${owner}'s self mask were revealed, fewer than the threshold t = ${t}`);
    const secret = reconstruct(shares.slice(0, t));
    if (secret === null || !bytesEqual(selfMaskCommitment(input.context, owner, secret), input.advertisement(owner).selfMaskCommitment)) {
      return fail("commitment-mismatch", `the revealed shares of worker ${owner}'s self mask do not rebuild the secret it committed to; a neighbour revealed a corrupted share, so the sum is not released`);
    }
    applySelfMask(sum, secret, round, owner, -1);
  }
  for (const gone of input.droppedAfterSharing) {
    const partners = input.neighboursOf(gone).filter((v) => input.contributors.has(v));
    if (partners.length === 0) continue;
    const shares = input.revealed.maskKey.get(gone) ?? [];
    if (shares.length < t) return fail("below-threshold", `only ${shares.length} shares of dropped worker ${gone}'s mask key were revealed, fewer than the threshold t = ${t}`);
    const secretKey = reconstruct(shares.slice(0, t));
    const agreement = secretKey === null ? null : x25519Agreement(secretKey);
    if (agreement === null || !bytesEqual(agreement.publicKey, input.advertisement(gone).maskPublicKey)) {
      return fail("commitment-mismatch", `the mask key rebuilt for dropped worker ${gone} does not match the key it advertised; a neighbour revealed a corrupted share, so the sum is not released`);
    }
    for (const partner of partners) {
      const shared = agreement.agree(input.advertisement(partner).maskPublicKey);
      if (shared === null) return fail("bad-key", `worker ${partner} advertised a degenerate mask key`);
      applyPairwiseMask(sum, shared, round, partner, gone, -1);
    }
  }
  return ok(sum);
}
