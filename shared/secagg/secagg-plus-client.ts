/**
 * The worker's side of SecAgg+ for one round, as a state machine: it accepts
 * exactly one request per stage, in order, and answers each with its reply or
 * refuses it with a typed error (leaving its state unchanged). It holds the
 * worker's encoded input, its keys for the round and the shares it keeps for
 * its neighbours; none of these leave it except as the protocol prescribes.
 */
import { systemRandomBytes, type RandomBytes } from "../crypto/random";
import { boxKeyWith, envelopeLength, openEnvelope, sealEnvelope } from "../crypto/share-box";
import { share } from "../crypto/shamir";
import { signer, verifyDetached, SIGNATURE_BYTES, type SigningKeyPair } from "../crypto/signatures";
import { x25519Agreement, X25519_KEY_BYTES, type X25519Agreement } from "../crypto/x25519";
import { fail, ok, type Result } from "./errors";
import type {
  AdvertiseKeysReply, AdvertiseKeysRequest, EncryptedShare, MaskedInputReply, MaskedInputRequest, RevealedShare,
  SecAggReply, SecAggRequest, ShareKeysReply, ShareKeysRequest, UnmaskReply, UnmaskRequest,
} from "./messages";
import { applyPairwiseMask, applySelfMask } from "./masking";
import { neighboursInGraph, paramsProblem } from "./neighbour-graph";
import { advertisementMessage, decodeSharePayload, encodeSharePayload, shareHeader, shareX, SHARE_PAYLOAD_BYTES } from "./share-payload";
import type { ClientStage } from "./stages";
import { checkLength, distinctIds, requestProblem } from "./validation";

export interface SecAggPlusClientConfig {
  /** This worker's id. */
  readonly id: number;
  readonly round: number;
  /** The fixed-point encoded update (see shared/ring); its length must equal the round's vectorLength. */
  readonly input: Uint32Array;
  /** This worker's long-term Ed25519 identity, used to sign its key advertisement. */
  readonly identity: SigningKeyPair;
  /** The identity keys this worker trusts for its peers (the round's roster). */
  readonly peerIdentityKeys: ReadonlyMap<number, Uint8Array>;
  /** Randomness for keys, secrets, Shamir coefficients and nonces (default: the OS CSPRNG). */
  readonly randomBytes?: RandomBytes;
}

interface RoundParams {
  readonly threshold: number;
  readonly vectorLength: number;
  readonly neighbours: ReadonlySet<number>;
}

interface Peer {
  readonly boxKey: Uint8Array;
  /** X25519 of our mask key with theirs. */
  readonly maskSecret: Uint8Array;
}

interface HeldShares {
  readonly selfMaskShare: Uint8Array;
  readonly maskKeyShare: Uint8Array;
}

export class SecAggPlusClient {
  readonly id: number;
  readonly round: number;
  #stage: ClientStage = "AdvertiseKeys";
  readonly #input: Uint32Array;
  readonly #sign: (message: Uint8Array) => Uint8Array;
  readonly #peerIdentityKeys: ReadonlyMap<number, Uint8Array>;
  readonly #random: RandomBytes;
  #params: RoundParams | null = null;
  /** The round's encryption and mask keys, each imported once (stage 1) and used with every neighbour. */
  #encryption: X25519Agreement | null = null;
  #mask: X25519Agreement | null = null;
  #maskSecret: Uint8Array | null = null;
  #selfSecret: Uint8Array | null = null;
  #peers = new Map<number, Peer>();
  #held = new Map<number, HeldShares>();

  constructor(config: SecAggPlusClientConfig) {
    this.id = config.id;
    this.round = config.round;
    this.#input = config.input;
    this.#sign = signer(config.identity.secretKey);
    this.#peerIdentityKeys = config.peerIdentityKeys;
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
      case "Unmask": return this.#unmask(request);
    }
  }

  #advertiseKeys(request: AdvertiseKeysRequest): Result<AdvertiseKeysReply> {
    const ids = distinctIds(request.participants, "the participant list");
    if (!ids.ok) return ids;
    if (!ids.value.has(this.id)) return fail("not-a-participant", `worker ${this.id} is not among the round's participants`);
    const problem = paramsProblem(request.participants.length, request.neighbors, request.threshold);
    if (problem !== null) return fail("bad-config", `refusing the round's parameters: ${problem}`);
    if (request.vectorLength !== this.#input.length) {
      return fail("wrong-length", `the round expects vectors of ${request.vectorLength} words but this worker's input has ${this.#input.length}`);
    }
    const seedOk = checkLength(request.graphSeed, 32, "the graph seed");
    if (!seedOk.ok) return seedOk;
    const neighbours = neighboursInGraph(request.participants, request.neighbors, request.round, request.graphSeed, this.id);
    const encryption = x25519Agreement(this.#random(X25519_KEY_BYTES));
    const maskSecret = this.#random(X25519_KEY_BYTES);
    const mask = x25519Agreement(maskSecret);
    const encryptionPublicKey = encryption.publicKey;
    const maskPublicKey = mask.publicKey;
    this.#params = { threshold: request.threshold, vectorLength: request.vectorLength, neighbours: new Set(neighbours) };
    this.#encryption = encryption;
    this.#mask = mask;
    this.#maskSecret = maskSecret;
    this.#selfSecret = this.#random(32);
    this.#stage = "ShareKeys";
    const signature = this.#sign(advertisementMessage(this.round, this.id, encryptionPublicKey, maskPublicKey));
    return ok({ stage: "AdvertiseKeys", round: this.round, sender: this.id, encryptionPublicKey, maskPublicKey, signature });
  }

  #shareKeys(request: ShareKeysRequest): Result<ShareKeysReply> {
    const params = this.#params!;
    const encryption = this.#encryption!, mask = this.#mask!;
    const peers = new Map<number, Peer>();
    for (const ad of request.advertisements) {
      if (!params.neighbours.has(ad.sender)) return fail("not-a-neighbour", `worker ${ad.sender} is not a neighbour of worker ${this.id} in this round's graph; its keys are refused`);
      if (peers.has(ad.sender)) return fail("duplicate", `the keys of worker ${ad.sender} are listed twice`);
      for (const [bytes, size, what] of [[ad.encryptionPublicKey, X25519_KEY_BYTES, "encryption key"], [ad.maskPublicKey, X25519_KEY_BYTES, "mask key"], [ad.signature, SIGNATURE_BYTES, "signature"]] as const) {
        const r = checkLength(bytes, size, `the ${what} of worker ${ad.sender}`);
        if (!r.ok) return r;
      }
      const identity = this.#peerIdentityKeys.get(ad.sender);
      if (identity === undefined) return fail("unknown-peer", `no identity key is known for worker ${ad.sender}; add it to the roster before the round`);
      if (!verifyDetached(advertisementMessage(this.round, ad.sender, ad.encryptionPublicKey, ad.maskPublicKey), ad.signature, identity)) {
        return fail("bad-signature", `the key advertisement of worker ${ad.sender} does not carry its valid signature for round ${this.round}; it was forged, altered or replayed`);
      }
      const key = boxKeyWith(encryption, ad.encryptionPublicKey);
      const maskShared = mask.agree(ad.maskPublicKey);
      if (key === null || maskShared === null) return fail("bad-key", `worker ${ad.sender} advertised a degenerate (low-order) public key`);
      peers.set(ad.sender, { boxKey: key, maskSecret: maskShared });
    }
    if (peers.size < params.threshold) {
      return fail("below-threshold", `only ${peers.size} neighbours advertised keys but ${params.threshold} are needed to hold this worker's shares`);
    }
    const holders = [...peers.keys()].sort((a, b) => a - b);
    const options = { n: holders.length, t: params.threshold, xs: holders.map(shareX) };
    const selfShares = share(this.#selfSecret!, options, this.#random);
    const keyShares = share(this.#maskSecret!, options, this.#random);
    const shares: EncryptedShare[] = holders.map((holder, i) => ({
      sender: this.id,
      receiver: holder,
      ciphertext: sealEnvelope(peers.get(holder)!.boxKey, shareHeader(this.round, this.id, holder), encodeSharePayload(selfShares[i]!.y, keyShares[i]!.y), this.#random),
    }));
    this.#peers = peers;
    this.#stage = "MaskedInput";
    return ok({ stage: "ShareKeys", round: this.round, sender: this.id, shares });
  }

  #maskedInput(request: MaskedInputRequest): Result<MaskedInputReply> {
    const params = this.#params!;
    const held = new Map<number, HeldShares>();
    const expectedLength = envelopeLength(shareHeader(this.round, 0, 0), SHARE_PAYLOAD_BYTES);
    for (const s of request.shares) {
      if (s.receiver !== this.id) return fail("misaddressed", `a share from worker ${s.sender} is addressed to worker ${s.receiver}, not to worker ${this.id}`);
      const peer = this.#peers.get(s.sender);
      if (peer === undefined) return fail("not-a-neighbour", `worker ${s.sender} did not advertise keys to worker ${this.id}; its share is refused`);
      if (held.has(s.sender)) return fail("duplicate", `two shares from worker ${s.sender}`);
      if (s.ciphertext.length !== expectedLength) return fail("wrong-length", `the share from worker ${s.sender} has ${s.ciphertext.length} bytes, expected ${expectedLength}`);
      const opened = openEnvelope(peer.boxKey, s.ciphertext, shareHeader(this.round, s.sender, this.id));
      if (!opened.ok) return fail(opened.reason, opened.message);
      const payload = decodeSharePayload(opened.payload);
      if (payload === null) return fail("wrong-length", `the share payload from worker ${s.sender} has the wrong size`);
      held.set(s.sender, payload);
    }
    if (held.size < params.threshold) {
      return fail("below-threshold", `only ${held.size} neighbours sent shares but ${params.threshold} are needed; masking with so few would not protect this worker's input`);
    }
    const masked = this.#input.slice();
    applySelfMask(masked, this.#selfSecret!, this.round, this.id, 1);
    for (const peerId of held.keys()) {
      applyPairwiseMask(masked, this.#peers.get(peerId)!.maskSecret, this.round, this.id, peerId, 1);
    }
    this.#held = held;
    this.#stage = "Unmask";
    return ok({ stage: "MaskedInput", round: this.round, sender: this.id, maskedInput: masked });
  }

  #unmask(request: UnmaskRequest): Result<UnmaskReply> {
    const params = this.#params!;
    const survivors = distinctIds(request.survivors, "the survivor list");
    if (!survivors.ok) return survivors;
    const dropped = distinctIds(request.dropped, "the dropped list");
    if (!dropped.ok) return dropped;
    for (const id of survivors.value) {
      if (dropped.value.has(id)) {
        return fail("unmask-both-shares", `the request asks for both the self-mask share and the mask-key share of worker ${id}; revealing both would unmask its input, so worker ${this.id} refuses`);
      }
    }
    for (const id of [...survivors.value, ...dropped.value]) {
      if (!this.#held.has(id)) return fail("bad-request", `the request asks for a share of worker ${id}, which worker ${this.id} does not hold`);
    }
    for (const id of this.#held.keys()) {
      if (!survivors.value.has(id) && !dropped.value.has(id)) {
        return fail("bad-request", `the request does not say whether worker ${id} survived or dropped; every paired neighbour must be listed once`);
      }
    }
    if (survivors.value.size < params.threshold) {
      return fail("below-threshold", `only ${survivors.value.size} of this worker's neighbours survived but ${params.threshold} are required; the round must abort`);
    }
    const reveal = (ids: readonly number[], pick: (h: HeldShares) => Uint8Array): RevealedShare[] =>
      ids.map((owner) => ({ owner, share: pick(this.#held.get(owner)!).slice() }));
    const reply: UnmaskReply = {
      stage: "Unmask",
      round: this.round,
      sender: this.id,
      selfMaskShares: reveal(request.survivors, (h) => h.selfMaskShare),
      maskKeyShares: reveal(request.dropped, (h) => h.maskKeyShare),
    };
    this.#stage = "Done";
    return ok(reply);
  }
}
