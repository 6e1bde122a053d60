/**
 * The worker's side of the PySyft-style additive protocol, on the same messages as SecAgg+
 * (stages AdvertiseKeys -> ShareKeys -> MaskedInput):
 *   AdvertiseKeys: check n against the policy and threshold = n, sign a fresh X25519 encryption key;
 *   ShareKeys:     only with the keys of EVERY other participant (checked against the federation
 *                  file), split the input into n additive shares (the chain of tensors' sharing,
 *                  shared/syft/sharing splitShares32), keep one, seal share j for worker j;
 *   MaskedInput:   only with a share from every other participant, return the sum of the shares held.
 * The coordinator adds those partial sums; any n - 1 of the n shares of an input reveal nothing,
 * so the coordinator learns an input only with all n - 1 other workers colluding. Every share is
 * needed: a worker missing at any stage aborts the round (see AdditiveServer).
 */
import { bytesToWordsLE, wordsToBytesLE } from "../crypto/bytes";
import { systemRandomBytes, type RandomBytes } from "../crypto/random";
import { openShare, sealShare, sealedLength, shareKey } from "../crypto/share-seal";
import { signer } from "../crypto/signatures";
import { x25519Agreement, X25519_KEY_BYTES, type X25519Agreement } from "../crypto/x25519";
import { splitShares32 } from "../syft/sharing";
import { checkAdvertisement } from "./advertisement";
import { fail, ok, type Result } from "./errors";
import type { AdvertiseKeysReply, AdvertiseKeysRequest, EncryptedShare, MaskedInputReply, MaskedInputRequest, SecAggReply, SecAggRequest, ShareKeysReply, ShareKeysRequest } from "./messages";
import { acceptRound, type SecureClientConfig } from "./accept-round";
import { advertisementMessage, shareAddress } from "./share-payload";
import type { ClientStage } from "./stages";
import { requestProblem, sortIds } from "./validation";

const EMPTY = new Uint8Array(0);

interface Round {
  readonly context: Uint8Array;
  readonly others: ReadonlySet<number>;
  readonly input: Uint32Array;
  readonly encryption: X25519Agreement;
}

export class AdditiveClient {
  readonly id: number;
  readonly round: number;
  #stage: ClientStage = "AdvertiseKeys";
  readonly #config: SecureClientConfig;
  readonly #sign: (message: Uint8Array) => Uint8Array;
  readonly #random: RandomBytes;
  #round: Round | null = null;
  #keys = new Map<number, Uint8Array>();
  #ownShare: Uint32Array | null = null;

  constructor(config: SecureClientConfig) {
    this.id = config.id;
    this.round = config.round;
    this.#config = config;
    this.#sign = signer(config.identity.secretKey);
    this.#random = config.randomBytes ?? systemRandomBytes;
  }

  get stage(): ClientStage {
    return this.#stage;
  }

  handle(request: SecAggRequest): Result<SecAggReply> {
    const problem = requestProblem(request, this, this.#stage);
    if (problem !== null) return { ok: false, error: problem };
    switch (request.stage) {
      case "AdvertiseKeys": return this.#advertise(request);
      case "ShareKeys": return this.#share(request);
      case "MaskedInput": return this.#sum(request);
      default: return fail("wrong-stage", `the additive protocol has no ${request.stage} stage`);
    }
  }

  #advertise(request: AdvertiseKeysRequest): Result<AdvertiseKeysReply> {
    const accepted = acceptRound("additive", this.#config, request);
    if (!accepted.ok) return accepted;
    const { participants, input, context } = accepted.value;
    this.#config.pairSecrets?.begin(context);
    const encryption = x25519Agreement(this.#random(X25519_KEY_BYTES), this.#config.pairSecrets);
    this.#round = { context, others: new Set(participants.filter((id) => id !== this.id)), input, encryption };
    this.#stage = "ShareKeys";
    const signature = this.#sign(advertisementMessage("additive", context, this.id, encryption.publicKey, EMPTY, EMPTY));
    return ok({ stage: "AdvertiseKeys", round: this.round, sender: this.id, encryptionPublicKey: encryption.publicKey, maskPublicKey: EMPTY, selfMaskCommitment: EMPTY, signature });
  }

  #share(request: ShareKeysRequest): Result<ShareKeysReply> {
    const r = this.#round!;
    const keys = new Map<number, Uint8Array>();
    for (const ad of request.advertisements) {
      if (!r.others.has(ad.sender)) return fail("not-a-participant", `worker ${ad.sender} is not another participant of this round; its keys are refused`);
      if (keys.has(ad.sender)) return fail("duplicate", `the keys of worker ${ad.sender} are listed twice`);
      const checked = checkAdvertisement("additive", r.context, ad, this.#config.peerKeys);
      if (!checked.ok) return checked;
      const key = shareKey(r.encryption, ad.encryptionPublicKey, r.context);
      if (key === null) return fail("bad-key", `worker ${ad.sender} advertised a degenerate (low-order) public key`);
      keys.set(ad.sender, key);
    }
    if (keys.size !== r.others.size) {
      return fail("below-threshold", `only ${keys.size} of the ${r.others.size} other participants advertised keys; additive sharing needs every one (threshold = n), or the coordinator and fewer colluders could rebuild this worker's input`);
    }
    const peers = sortIds(keys.keys());
    const shares = splitShares32(r.input, peers.length + 1, this.#random);
    const sealed: EncryptedShare[] = peers.map((peer, i) => ({
      sender: this.id, receiver: peer,
      ciphertext: sealShare(keys.get(peer)!, shareAddress("additive", r.context, this.id, peer), wordsToBytesLE(shares[i]!)),
    }));
    this.#ownShare = shares[peers.length]!;
    this.#keys = keys;
    this.#stage = "MaskedInput";
    return ok({ stage: "ShareKeys", round: this.round, sender: this.id, shares: sealed });
  }

  #sum(request: MaskedInputRequest): Result<MaskedInputReply> {
    const r = this.#round!;
    const sum = this.#ownShare!.slice();
    const expectedLength = sealedLength(sum.length * 4);
    const seen = new Set<number>();
    for (const s of request.shares) {
      if (s.receiver !== this.id) return fail("misaddressed", `a share from worker ${s.sender} is addressed to worker ${s.receiver}, not to worker ${this.id}`);
      const key = this.#keys.get(s.sender);
      if (key === undefined) return fail("not-a-participant", `worker ${s.sender} did not advertise keys to worker ${this.id}; its share is refused`);
      if (seen.has(s.sender)) return fail("duplicate", `two shares from worker ${s.sender}`);
      if (s.ciphertext.length !== expectedLength) return fail("wrong-length", `the share from worker ${s.sender} has ${s.ciphertext.length} bytes, expected ${expectedLength}`);
      const opened = openShare(key, shareAddress("additive", r.context, s.sender, this.id), s.ciphertext);
      if (opened === null) return fail("authentication-failed", `the share from worker ${s.sender} does not authenticate for this round (forged, corrupted, replayed or misrouted); worker ${s.sender} is the one to exclude`);
      const words = bytesToWordsLE(opened);
      for (let i = 0; i < sum.length; i++) sum[i] = sum[i]! + words[i]!;
      seen.add(s.sender);
    }
    if (seen.size !== this.#keys.size) {
      return fail("below-threshold", `only ${seen.size} of ${this.#keys.size} peers' shares arrived; additive sharing needs every share, so the round must abort`);
    }
    this.#stage = "Done";
    // Nothing of the round is needed again (Done refuses every request): drop its keys and share now.
    this.#round = null;
    this.#keys = new Map();
    this.#ownShare = null;
    return ok({ stage: "MaskedInput", round: this.round, sender: this.id, maskedInput: sum });
  }
}
