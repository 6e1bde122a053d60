/**
 * The worker's side of SecAgg+ for one round, as a state machine over AdvertiseKeys ->
 * ShareKeys -> MaskedInput -> ConsistencyCheck -> Unmask -> Done. It accepts exactly one
 * request per stage, in order, and answers it or refuses it with a typed error (its state
 * unchanged). It trusts nothing the coordinator says: the parameters are checked against the
 * worker's own policy, the graph is derived from the transcript, peers' keys come from the
 * federation file, and it reveals shares only for a survivor set it signed and that at least
 * t of its neighbours signed too (Bonawitz et al.'s consistency check).
 */
import { systemRandomBytes, type RandomBytes } from "../crypto/random";
import { acceptRound, type SecureClientConfig } from "./accept-round";
import { share, SHAMIR_SHARE_BYTES } from "../crypto/shamir";
import { openShare, sealShare, sealedLength, shareKey } from "../crypto/share-seal";
import { signer, verifyDetached } from "../crypto/signatures";
import { x25519Agreement, X25519_KEY_BYTES, type X25519Agreement } from "../crypto/x25519";
import { checkAdvertisement } from "./advertisement";
import { fail, ok, type Result } from "./errors";
import type {
  AdvertiseKeysReply, AdvertiseKeysRequest, ConsistencyCheckReply, ConsistencyCheckRequest, EncryptedShare, MaskedInputReply,
  MaskedInputRequest, RevealedShare, SecAggReply, SecAggRequest, ShareKeysReply, ShareKeysRequest, UnmaskReply, UnmaskRequest,
} from "./messages";
import { applyPairwiseMask, applySelfMask } from "./masking";
import { graphSeed, neighboursInGraph } from "./neighbour-graph";
import { advertisementMessage, consistencyMessage, encodeSharePayload, MASK_KEY_SHARE_AT, SELF_MASK_SHARE_AT, selfMaskCommitment, shareAddress, shareX, SHARE_PAYLOAD_BYTES } from "./share-payload";
import type { ClientStage } from "./stages";
import { ascendingIds, requestProblem, sortIds } from "./validation";
import { indexInAscending, PeerRecords } from "./peer-records";

interface Round {
  readonly context: Uint8Array;
  readonly threshold: number;
  readonly minParticipants: number;
  /** The round's participants, ascending (a typed array: a Set of 1,000 ids held by each of 1,000 live clients was 20 MB). */
  readonly participants: Float64Array;
  /** This worker's neighbours in the round's graph, ascending. */
  readonly neighbours: Float64Array;
  readonly input: Uint32Array;
  readonly encryption: X25519Agreement;
  readonly mask: X25519Agreement;
  readonly maskSecret: Uint8Array;
  readonly selfSecret: Uint8Array;
}

/** A neighbour's record: the pairwise share key, then the pairwise mask secret. */
const KEY_BYTES = 32;
const PEER_RECORD_BYTES = KEY_BYTES + X25519_KEY_BYTES;

export type { HeldInput, SecureClientConfig } from "./accept-round";

/** Whether the ascending array holds id. */
const holds = (ascending: ArrayLike<number>, id: number): boolean => indexInAscending(ascending, id) >= 0;

export class SecAggPlusClient {
  readonly id: number;
  readonly round: number;
  #stage: ClientStage = "AdvertiseKeys";
  readonly #config: SecureClientConfig;
  readonly #sign: (message: Uint8Array) => Uint8Array;
  readonly #random: RandomBytes;
  #round: Round | null = null;
  /** The neighbours that advertised keys (ShareKeys on). */
  #peers: PeerRecords | null = null;
  /** The share payloads (self-mask share, then mask-key share) this worker holds for its neighbours (MaskedInput on). */
  #held: PeerRecords | null = null;
  #signedSurvivors: readonly number[] | null = null;

  constructor(config: SecureClientConfig) {
    this.id = config.id;
    this.round = config.round;
    this.#config = config;
    this.#sign = signer(config.identity.secretKey);
    this.#random = config.randomBytes ?? systemRandomBytes;
  }

  /** The stage whose request this worker accepts next ("Done" once it has answered Unmask). */
  get stage(): ClientStage {
    return this.#stage;
  }

  /** Answer the request for the current stage, or refuse it (state unchanged). */
  handle(request: SecAggRequest): Result<SecAggReply> {
    const problem = requestProblem(request, this, this.#stage);
    if (problem !== null) return { ok: false, error: problem };
    switch (request.stage) {
      case "AdvertiseKeys": return this.#advertiseKeys(request);
      case "ShareKeys": return this.#shareKeys(request);
      case "MaskedInput": return this.#maskedInput(request);
      case "ConsistencyCheck": return this.#consistencyCheck(request);
      case "Unmask": return this.#unmask(request);
    }
  }

  #advertiseKeys(request: AdvertiseKeysRequest): Result<AdvertiseKeysReply> {
    const accepted = acceptRound("secagg+", this.#config, request);
    if (!accepted.ok) return accepted;
    const { participants, input, minSum, context } = accepted.value;
    const neighbours = neighboursInGraph(participants, request.neighbors, graphSeed(context), this.id);
    const memo = this.#config.pairSecrets;
    memo?.begin(context);
    const encryption = x25519Agreement(this.#random(X25519_KEY_BYTES), memo);
    const maskSecret = this.#random(X25519_KEY_BYTES);
    const mask = x25519Agreement(maskSecret, memo);
    const selfSecret = this.#random(32);
    const commitment = selfMaskCommitment(context, this.id, selfSecret);
    this.#round = { context, threshold: request.threshold, minParticipants: minSum, participants: Float64Array.from(participants).sort(),
      neighbours: Float64Array.from(neighbours).sort(), input, encryption, mask, maskSecret, selfSecret };
    this.#stage = "ShareKeys";
    const ad = { sender: this.id, encryptionPublicKey: encryption.publicKey, maskPublicKey: mask.publicKey, selfMaskCommitment: commitment };
    const signature = this.#sign(advertisementBytes(context, ad));
    return ok({ stage: "AdvertiseKeys", round: this.round, ...ad, signature });
  }

  #shareKeys(request: ShareKeysRequest): Result<ShareKeysReply> {
    const r = this.#round!;
    const ids: number[] = [];
    const secrets: Uint8Array[] = [];
    const seen = new Set<number>();
    for (const ad of request.advertisements) {
      if (!holds(r.neighbours, ad.sender)) return fail("not-a-neighbour", `worker ${ad.sender} is not a neighbour of worker ${this.id} in this round's graph; its keys are refused`);
      if (seen.has(ad.sender)) return fail("duplicate", `the keys of worker ${ad.sender} are listed twice`);
      const checked = checkAdvertisement("secagg+", r.context, ad, this.#config.peerKeys);
      if (!checked.ok) return checked;
      const key = shareKey(r.encryption, ad.encryptionPublicKey, r.context);
      const maskShared = r.mask.agree(ad.maskPublicKey);
      if (key === null || maskShared === null) return fail("bad-key", `worker ${ad.sender} advertised a degenerate (low-order) public key`);
      seen.add(ad.sender);
      ids.push(ad.sender);
      secrets.push(key, maskShared);
    }
    if (ids.length < r.threshold) {
      return fail("below-threshold", `only ${ids.length} neighbours advertised keys but ${r.threshold} are needed to hold this worker's shares`);
    }
    const peers = new PeerRecords(ids, PEER_RECORD_BYTES);
    ids.forEach((id, i) => {
      peers.set(id, secrets[2 * i]!, 0);
      peers.set(id, secrets[2 * i + 1]!, KEY_BYTES);
    });
    const holders = Array.from(peers.ids);
    const options = { n: holders.length, t: r.threshold, xs: holders.map(shareX) };
    const selfShares = share(r.selfSecret, options, this.#random);
    const keyShares = share(r.maskSecret, options, this.#random);
    const shares: EncryptedShare[] = holders.map((holder, i) => ({
      sender: this.id, receiver: holder,
      ciphertext: sealShare(peers.get(holder, 0, KEY_BYTES)!, shareAddress("secagg+", r.context, this.id, holder), encodeSharePayload(selfShares[i]!.y, keyShares[i]!.y)),
    }));
    this.#peers = peers;
    this.#stage = "MaskedInput";
    return ok({ stage: "ShareKeys", round: this.round, sender: this.id, shares });
  }

  #maskedInput(request: MaskedInputRequest): Result<MaskedInputReply> {
    const r = this.#round!;
    const peers = this.#peers!;
    const payloads = new Map<number, Uint8Array>();
    const expectedLength = sealedLength(SHARE_PAYLOAD_BYTES);
    for (const s of request.shares) {
      if (s.receiver !== this.id) return fail("misaddressed", `a share from worker ${s.sender} is addressed to worker ${s.receiver}, not to worker ${this.id}`);
      const key = peers.get(s.sender, 0, KEY_BYTES);
      if (key === undefined) return fail("not-a-neighbour", `worker ${s.sender} did not advertise keys to worker ${this.id}; its share is refused`);
      if (payloads.has(s.sender)) return fail("duplicate", `two shares from worker ${s.sender}`);
      if (s.ciphertext.length !== expectedLength) return fail("wrong-length", `the share from worker ${s.sender} has ${s.ciphertext.length} bytes, expected ${expectedLength}`);
      const opened = openShare(key, shareAddress("secagg+", r.context, s.sender, this.id), s.ciphertext);
      if (opened === null) return fail("authentication-failed", `the share from worker ${s.sender} does not authenticate for this round (forged, corrupted, replayed or misrouted); worker ${s.sender} is the one to exclude`);
      if (opened.length !== SHARE_PAYLOAD_BYTES) return fail("wrong-length", `the share payload from worker ${s.sender} has the wrong size`);
      payloads.set(s.sender, opened);
    }
    if (payloads.size < r.threshold) {
      return fail("below-threshold", `only ${payloads.size} neighbours sent shares but ${r.threshold} are needed; masking with so few would not protect this worker's input`);
    }
    const held = new PeerRecords(payloads.keys(), SHARE_PAYLOAD_BYTES);
    for (const [sender, payload] of payloads) held.set(sender, payload);
    const masked = r.input.slice();
    applySelfMask(masked, r.selfSecret, this.round, this.id, 1);
    for (const peerId of held.ids) applyPairwiseMask(masked, peers.get(peerId, KEY_BYTES)!, this.round, this.id, peerId, 1);
    this.#held = held;
    this.#stage = "ConsistencyCheck";
    return ok({ stage: "MaskedInput", round: this.round, sender: this.id, maskedInput: masked });
  }

  #consistencyCheck(request: ConsistencyCheckRequest): Result<ConsistencyCheckReply> {
    const r = this.#round!;
    const checked = ascendingIds(request.survivors, "the survivor set");
    if (!checked.ok) return checked;
    const sorted = checked.value;
    for (const id of sorted) if (!holds(r.participants, id)) return fail("bad-request", `survivor ${id} is not a participant of this round`);
    if (!holds(sorted, this.id)) return fail("bad-request", `the survivor set does not hold worker ${this.id}, yet it is asked to check it`);
    if (sorted.length < r.minParticipants) {
      return fail("policy-refused", `the sum would hold ${sorted.length} inputs but this worker requires at least ${r.minParticipants} (its policy, and the noise shares its DP noise was planned for)`);
    }
    const holders = this.#peers!.ids.filter((id) => holds(sorted, id)).length;
    if (holders < r.threshold) {
      return fail("below-threshold", `only ${holders} of the workers holding this worker's shares survived but ${r.threshold} are required; the round must abort`);
    }
    this.#signedSurvivors = sorted;
    this.#stage = "Unmask";
    return ok({ stage: "ConsistencyCheck", round: this.round, sender: this.id, signature: this.#sign(consistencyMessage(r.context, sorted)) });
  }

  #unmask(request: UnmaskRequest): Result<UnmaskReply> {
    const r = this.#round!;
    const signed = this.#signedSurvivors!;
    if (!sameIds(request.survivors, signed)) {
      return fail("inconsistent-survivors", `the survivor set of this Unmask request is not the one worker ${this.id} signed; revealing would let a lying coordinator split the survivors, so it refuses`);
    }
    const message = consistencyMessage(r.context, signed);
    const signers = new Set<number>();
    for (const s of request.signatures) {
      if (!holds(r.neighbours, s.signer) || !holds(signed, s.signer)) return fail("inconsistent-survivors", `a consistency signature comes from worker ${s.signer}, not a surviving neighbour of worker ${this.id}`);
      if (signers.has(s.signer)) return fail("duplicate", `two consistency signatures from worker ${s.signer}`);
      const key = this.#config.peerKeys(s.signer);
      if (key === undefined || !verifyDetached(message, s.signature, key)) {
        return fail("inconsistent-survivors", `the consistency signature of worker ${s.signer} does not verify for this survivor set; the set was altered or split`);
      }
      signers.add(s.signer);
    }
    if (signers.size < r.threshold) {
      return fail("inconsistent-survivors", `only ${signers.size} surviving neighbours signed the survivor set but ${r.threshold} are required`);
    }
    const selfMaskShares: RevealedShare[] = [];
    const maskKeyShares: RevealedShare[] = [];
    const held = this.#held!;
    for (const owner of held.ids) {
      if (holds(signed, owner)) selfMaskShares.push({ owner, share: held.get(owner, SELF_MASK_SHARE_AT, SHAMIR_SHARE_BYTES)!.slice() });
      else maskKeyShares.push({ owner, share: held.get(owner, MASK_KEY_SHARE_AT, SHAMIR_SHARE_BYTES)!.slice() });
    }
    this.#stage = "Done";
    // Nothing of the round is needed again (Done refuses every request): drop its keys, seeds and shares now.
    this.#round = null;
    this.#peers?.wipe();
    this.#held?.wipe();
    this.#peers = null;
    this.#held = null;
    this.#signedSurvivors = null;
    return ok({ stage: "Unmask", round: this.round, sender: this.id, selfMaskShares, maskKeyShares });
  }
}

/** Whether `ids`, in any order, is exactly the ascending set `signed`. */
function sameIds(ids: readonly number[], signed: readonly number[]): boolean {
  if (ids.length !== signed.length) return false;
  const inOrder = ids.every((id, i) => id === signed[i]);
  return inOrder || sortIds(ids).every((id, i) => id === signed[i]);
}

function advertisementBytes(context: Uint8Array, ad: { sender: number; encryptionPublicKey: Uint8Array; maskPublicKey: Uint8Array; selfMaskCommitment: Uint8Array }): Uint8Array {
  return advertisementMessage("secagg+", context, ad.sender, ad.encryptionPublicKey, ad.maskPublicKey, ad.selfMaskCommitment);
}
