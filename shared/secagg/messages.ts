/**
 * The SecAgg+ messages as domain types. The lead mirrors them in protobuf and
 * validates wire input into these shapes; they are flat on purpose: numbers,
 * byte arrays, lists of small records. Worker ids are non-negative safe
 * integers. Every message carries `round` and `stage`; requests (coordinator
 * to worker) name their `receiver`, replies (worker to coordinator) their
 * `sender`. Key and ciphertext bytes are opaque to the coordinator.
 */

// ---- coordinator -> worker -------------------------------------------------

/** Stage 1 request: the round's parameters; the worker answers with its public keys. */
export interface AdvertiseKeysRequest {
  readonly stage: "AdvertiseKeys";
  readonly round: number;
  /** The worker this request is for. */
  readonly receiver: number;
  /** All worker ids sampled for this round (distinct; includes the receiver). */
  readonly participants: readonly number[];
  /** k: neighbours per worker in the masking graph (n - 1 means all-to-all). */
  readonly neighbors: number;
  /** t: shares needed to reconstruct a worker's secrets; floor(k/2) + 1 <= t <= k. */
  readonly threshold: number;
  /** d: length of the encoded update vector, in uint32 words. */
  readonly vectorLength: number;
  /** 32 bytes of public randomness from which every party derives the same neighbour graph. */
  readonly graphSeed: Uint8Array;
}

/** One worker's signed public keys, as relayed to its neighbours. */
export interface KeyAdvertisement {
  /** The worker whose keys these are. */
  readonly sender: number;
  /** X25519 public key (32 bytes) for encrypting shares to this worker. */
  readonly encryptionPublicKey: Uint8Array;
  /** X25519 public key (32 bytes) for the pairwise masks. */
  readonly maskPublicKey: Uint8Array;
  /** Ed25519 signature (64 bytes) by the sender's identity key over round, sender and both keys. */
  readonly signature: Uint8Array;
}

/** Stage 2 request: the advertisements of the receiver's neighbours that answered stage 1. */
export interface ShareKeysRequest {
  readonly stage: "ShareKeys";
  readonly round: number;
  readonly receiver: number;
  readonly advertisements: readonly KeyAdvertisement[];
}

/** A share payload sealed by `sender` for `receiver` (nacl.box; opaque to the coordinator). */
export interface EncryptedShare {
  readonly sender: number;
  readonly receiver: number;
  /** nonce (24) || box(header || self-mask share (33) || mask-key share (33)). */
  readonly ciphertext: Uint8Array;
}

/** Stage 3 request: the shares addressed to the receiver by its neighbours that answered stage 2. */
export interface MaskedInputRequest {
  readonly stage: "MaskedInput";
  readonly round: number;
  readonly receiver: number;
  readonly shares: readonly EncryptedShare[];
}

/** Stage 4 request: which neighbours' secrets to reveal. The two lists are disjoint. */
export interface UnmaskRequest {
  readonly stage: "Unmask";
  readonly round: number;
  readonly receiver: number;
  /** Neighbours whose masked input arrived: reveal their self-mask share. */
  readonly survivors: readonly number[];
  /** Neighbours that shared keys but sent no masked input: reveal their mask-key share. */
  readonly dropped: readonly number[];
}

export type SecAggRequest = AdvertiseKeysRequest | ShareKeysRequest | MaskedInputRequest | UnmaskRequest;

// ---- worker -> coordinator -------------------------------------------------

/** Stage 1 reply: the sender's two fresh public keys, signed with its identity key. */
export interface AdvertiseKeysReply {
  readonly stage: "AdvertiseKeys";
  readonly round: number;
  readonly sender: number;
  readonly encryptionPublicKey: Uint8Array;
  readonly maskPublicKey: Uint8Array;
  readonly signature: Uint8Array;
}

/** Stage 2 reply: one sealed share payload per neighbour that advertised keys. */
export interface ShareKeysReply {
  readonly stage: "ShareKeys";
  readonly round: number;
  readonly sender: number;
  readonly shares: readonly EncryptedShare[];
}

/** Stage 3 reply: the sender's input plus its self-mask and pairwise masks, mod 2^32. */
export interface MaskedInputReply {
  readonly stage: "MaskedInput";
  readonly round: number;
  readonly sender: number;
  /** d words. */
  readonly maskedInput: Uint32Array;
}

/** A Shamir share revealed in Unmask. */
export interface RevealedShare {
  /** The worker whose secret this is a share of. */
  readonly owner: number;
  /** The share's value f(sender + 1): 33 bytes, big-endian. */
  readonly share: Uint8Array;
}

/** Stage 4 reply: exactly the shares asked for, one per listed neighbour. */
export interface UnmaskReply {
  readonly stage: "Unmask";
  readonly round: number;
  readonly sender: number;
  /** One per `survivors` entry of the request. */
  readonly selfMaskShares: readonly RevealedShare[];
  /** One per `dropped` entry of the request. */
  readonly maskKeyShares: readonly RevealedShare[];
}

export type SecAggReply = AdvertiseKeysReply | ShareKeysReply | MaskedInputReply | UnmaskReply;
