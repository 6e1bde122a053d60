/**
 * The secure-aggregation messages (SecAgg+ and additive) as domain types, mirrored in
 * proto/conclave.proto and validated from the wire into these shapes by
 * shared/protocol/secagg-codec. Worker ids are the 1-based positions of the sites in the
 * federation's membership list. Every message carries `round` and `stage`; requests
 * (coordinator to worker) name their `receiver`, replies (worker to coordinator) their
 * `sender`. Key and ciphertext bytes are opaque to the coordinator.
 */

export const SECAGG_PROTOCOLS = ["secagg+", "additive"] as const;
export type SecAggProtocol = (typeof SECAGG_PROTOCOLS)[number];

/** Which of a worker's inputs a secure round aggregates: its update, its round-0 statistics, or its evaluation. */
export const SECAGG_PURPOSES = ["fit", "stats", "evaluate"] as const;
export type SecAggPurpose = (typeof SECAGG_PURPOSES)[number];

// ---- coordinator -> worker -------------------------------------------------

/** Stage 1 request: the round's parameters; the worker checks them against its policy and answers with its public keys. */
export interface AdvertiseKeysRequest {
  readonly stage: "AdvertiseKeys";
  readonly round: number;
  readonly receiver: number;
  /** Every participant of the round, ascending (includes the receiver). */
  readonly participants: readonly number[];
  /** k: neighbours per worker in the masking graph (n - 1: all-to-all). */
  readonly neighbors: number;
  /** t: shares needed to rebuild a worker's secrets. */
  readonly threshold: number;
  /** c: the collusion bound the coordinator planned for (t > (k + c) / 2). */
  readonly collusionBound: number;
  /** d: length of the input vector, in uint32 words. */
  readonly vectorLength: number;
  readonly purpose: SecAggPurpose;
}

/** One worker's signed public keys, as relayed to its neighbours. */
export interface KeyAdvertisement {
  readonly sender: number;
  /** X25519 public key (32 bytes) for the shares sent to this worker. */
  readonly encryptionPublicKey: Uint8Array;
  /** X25519 public key (32 bytes) for the pairwise masks; empty in the additive protocol. */
  readonly maskPublicKey: Uint8Array;
  /** SHA-256 commitment to the self-mask secret (SecAgg+); empty in the additive protocol. */
  readonly selfMaskCommitment: Uint8Array;
  /** Ed25519 signature (64 bytes) by the sender's identity key over the advertisement payload. */
  readonly signature: Uint8Array;
}

/** Stage 2 request: the advertisements of the receiver's neighbours that answered stage 1. */
export interface ShareKeysRequest {
  readonly stage: "ShareKeys";
  readonly round: number;
  readonly receiver: number;
  readonly advertisements: readonly KeyAdvertisement[];
}

/** A payload sealed by `sender` for `receiver` (ChaCha20-Poly1305; opaque to the coordinator). */
export interface EncryptedShare {
  readonly sender: number;
  readonly receiver: number;
  readonly ciphertext: Uint8Array;
}

/** Stage 3 request: the shares addressed to the receiver by its neighbours that answered stage 2. */
export interface MaskedInputRequest {
  readonly stage: "MaskedInput";
  readonly round: number;
  readonly receiver: number;
  readonly shares: readonly EncryptedShare[];
}

/** Stage 4 request (SecAgg+): the set of workers whose masked input is in the sum, for the receiver to sign. */
export interface ConsistencyCheckRequest {
  readonly stage: "ConsistencyCheck";
  readonly round: number;
  readonly receiver: number;
  readonly survivors: readonly number[];
}

export interface ConsistencySignature {
  readonly signer: number;
  readonly signature: Uint8Array;
}

/**
 * Stage 5 request (SecAgg+): the same survivor set with the signatures of the receiver's
 * neighbours on it. The worker reveals self-mask shares of the survivors and mask-key shares
 * of the neighbours that shared keys but are not survivors, and nothing if any check fails.
 */
export interface UnmaskRequest {
  readonly stage: "Unmask";
  readonly round: number;
  readonly receiver: number;
  readonly survivors: readonly number[];
  readonly signatures: readonly ConsistencySignature[];
}

export type SecAggRequest = AdvertiseKeysRequest | ShareKeysRequest | MaskedInputRequest | ConsistencyCheckRequest | UnmaskRequest;

// ---- worker -> coordinator -------------------------------------------------

export interface AdvertiseKeysReply {
  readonly stage: "AdvertiseKeys";
  readonly round: number;
  readonly sender: number;
  readonly encryptionPublicKey: Uint8Array;
  readonly maskPublicKey: Uint8Array;
  readonly selfMaskCommitment: Uint8Array;
  readonly signature: Uint8Array;
}

export interface ShareKeysReply {
  readonly stage: "ShareKeys";
  readonly round: number;
  readonly sender: number;
  readonly shares: readonly EncryptedShare[];
}

/** The sender's input plus its masks (SecAgg+), or its partial sum of shares (additive), mod 2^32. */
export interface MaskedInputReply {
  readonly stage: "MaskedInput";
  readonly round: number;
  readonly sender: number;
  readonly maskedInput: Uint32Array;
}

export interface ConsistencyCheckReply {
  readonly stage: "ConsistencyCheck";
  readonly round: number;
  readonly sender: number;
  readonly signature: Uint8Array;
}

/** A Shamir share revealed in Unmask: the value f(sender + 1), 33 bytes big-endian. */
export interface RevealedShare {
  readonly owner: number;
  readonly share: Uint8Array;
}

export interface UnmaskReply {
  readonly stage: "Unmask";
  readonly round: number;
  readonly sender: number;
  readonly selfMaskShares: readonly RevealedShare[];
  readonly maskKeyShares: readonly RevealedShare[];
}

export type SecAggReply = AdvertiseKeysReply | ShareKeysReply | MaskedInputReply | ConsistencyCheckReply | UnmaskReply;
