/**
 * What both worker machines check before taking part in a round (their AdvertiseKeys stage):
 * the participant list holds this worker once, the parameters meet its own policy, it holds
 * an input of the announced length for the announced purpose, the sum would hold at least as
 * many inputs as its DP noise was planned for, and every participant is in its federation
 * file. Then the round's transcript digest, to which everything later is bound.
 */
import type { PairSecretMemo } from "../crypto/pair-secret-memo";
import type { RandomBytes } from "../crypto/random";
import type { SigningKeyPair } from "../crypto/signatures";
import type { PeerKeys } from "./advertisement";
import { fail, ok, type Result } from "./errors";
import type { AdvertiseKeysRequest, SecAggProtocol, SecAggPurpose } from "./messages";
import { secaggParamsRefusal, type SecAggPolicy } from "./secagg-policy";
import { transcriptDigest } from "./transcript";
import { indexInAscending } from "./peer-records";
import { ascendingIds } from "./validation";

/** A worker's input for one purpose, and the fewest inputs a released sum of it must hold (its DP noise was planned for them). */
export interface HeldInput {
  readonly vector: Uint32Array;
  readonly minSum: number;
}

export interface SecureClientConfig {
  /** This worker's id (its membership position). */
  readonly id: number;
  readonly round: number;
  readonly runId: string;
  /** The input to aggregate, one per purpose the worker holds this round. */
  readonly inputFor: (purpose: SecAggPurpose) => HeldInput | null;
  /** This worker's long-term Ed25519 identity (signs its advertisement and its consistency check). */
  readonly identity: SigningKeyPair;
  /** Peers' identity keys, from the federation file. */
  readonly peerKeys: PeerKeys;
  readonly policy: SecAggPolicy;
  /** Randomness for keys, secrets and Shamir coefficients (default: the OS CSPRNG). */
  readonly randomBytes?: RandomBytes;
  /** Virtual workers of one process: pair agreements computed once (shared/crypto/pair-secret-memo.ts). A deployed worker has none. */
  readonly pairSecrets?: PairSecretMemo;
}

export interface AcceptedRound {
  /** Ascending. */
  readonly participants: readonly number[];
  readonly input: Uint32Array;
  /** The fewest inputs the released sum must hold (policy and DP plan). */
  readonly minSum: number;
  readonly context: Uint8Array;
}

export function acceptRound(protocol: SecAggProtocol, config: SecureClientConfig, request: AdvertiseKeysRequest): Result<AcceptedRound> {
  const { id, round } = config;
  const ids = ascendingIds(request.participants, "the participant list");
  if (!ids.ok) return ids;
  const participants = ids.value;
  const n = participants.length;
  if (indexInAscending(participants, id) < 0) return fail("not-a-participant", `worker ${id} is not among the round's participants`);
  const refusal = secaggParamsRefusal(config.policy, { protocol, participants: n, neighbors: request.neighbors, threshold: request.threshold, collusionBound: request.collusionBound });
  if (refusal !== null) return fail("policy-refused", `refusing the round's parameters: ${refusal}`);
  const held = config.inputFor(request.purpose);
  if (held === null) return fail("bad-request", `worker ${id} holds no ${request.purpose} input for round ${round}`);
  if (n < held.minSum) {
    return fail("policy-refused", `the round has ${n} participants but this worker's input must be summed with at least ${held.minSum} (the noise shares its DP noise was planned for)`);
  }
  if (request.vectorLength !== held.vector.length) {
    return fail("wrong-length", `the round expects vectors of ${request.vectorLength} words but this worker's ${request.purpose} input has ${held.vector.length}`);
  }
  for (const peer of participants) {
    if (config.peerKeys(peer) === undefined) return fail("unknown-peer", `participant ${peer} is not in this worker's federation file`);
  }
  const context = transcriptDigest({ protocol, runId: config.runId, round, purpose: request.purpose, participants,
    neighbors: request.neighbors, threshold: request.threshold, collusionBound: request.collusionBound, vectorLength: request.vectorLength });
  return ok({ participants, input: held.vector, minSum: Math.max(3, config.policy.minParticipants, held.minSum), context });
}
