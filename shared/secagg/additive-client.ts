/**
 * The worker's side of the PySyft-style additive protocol, on the same
 * messages and stages as SecAgg+ (Unmask is not used):
 *   AdvertiseKeys: sign a fresh X25519 encryption key;
 *   ShareKeys:     split the input into one additive share per participant
 *                  (splitShares), keep its own, seal share j for worker j;
 *   MaskedInput:   open the shares addressed to it and return its own share
 *                  plus theirs: one uniformly random-looking vector.
 * The coordinator adds those partial sums. Every share is needed: a worker
 * missing after sharing began aborts the round (see AdditiveServer).
 * The reply's maskPublicKey repeats the encryption key (there are no masks).
 */
import { bytesToWordsLE, wordsToBytesLE } from "../crypto/bytes";
import { systemRandomBytes, type RandomBytes } from "../crypto/random";
import { boxKey, envelopeLength, openEnvelope, sealEnvelope, type EnvelopeHeader } from "../crypto/share-box";
import { signer, verifyDetached, SIGNATURE_BYTES } from "../crypto/signatures";
import { x25519Agreement, X25519_KEY_BYTES } from "../crypto/x25519";
import { splitShares } from "./additive";
import { fail, ok, type Result } from "./errors";
import type { AdvertiseKeysReply, AdvertiseKeysRequest, EncryptedShare, MaskedInputReply, MaskedInputRequest, SecAggReply, SecAggRequest, ShareKeysReply, ShareKeysRequest } from "./messages";
import type { SecAggPlusClientConfig } from "./secagg-plus-client";
import { advertisementMessage } from "./share-payload";
import type { ClientStage } from "./stages";
import { checkLength, distinctIds, requestProblem } from "./validation";

export const ADDITIVE_PROTOCOL = "additive";

export type AdditiveClientConfig = SecAggPlusClientConfig;

export function additiveShareHeader(round: number, sender: number, receiver: number): EnvelopeHeader {
  return { protocol: ADDITIVE_PROTOCOL, stage: "ShareKeys", round, sender, receiver };
}

export class AdditiveClient {
  readonly id: number;
  readonly round: number;
  #stage: ClientStage = "AdvertiseKeys";
  readonly #input: Uint32Array;
  readonly #sign: (message: Uint8Array) => Uint8Array;
  readonly #peerIdentityKeys: ReadonlyMap<number, Uint8Array>;
  readonly #random: RandomBytes;
  #participants: ReadonlySet<number> = new Set();
  #encryptionSecret: Uint8Array | null = null;
  #boxKeys = new Map<number, Uint8Array>();
  #ownShare: Uint32Array | null = null;

  constructor(config: AdditiveClientConfig) {
    this.id = config.id;
    this.round = config.round;
    this.#input = config.input;
    this.#sign = signer(config.identity.secretKey);
    this.#peerIdentityKeys = config.peerIdentityKeys;
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
      case "Unmask": return fail("wrong-stage", "the additive protocol has no Unmask stage");
    }
  }

  #advertise(request: AdvertiseKeysRequest): Result<AdvertiseKeysReply> {
    const ids = distinctIds(request.participants, "the participant list");
    if (!ids.ok) return ids;
    if (!ids.value.has(this.id)) return fail("not-a-participant", `worker ${this.id} is not among the round's participants`);
    const n = ids.value.size;
    if (n < 2 || request.neighbors !== n - 1 || request.threshold !== n) {
      return fail("bad-config", `additive sharing is all-to-all with every share needed: expected neighbors = ${n - 1} and threshold = ${n} for ${n} participants, got ${request.neighbors} and ${request.threshold}`);
    }
    if (request.vectorLength !== this.#input.length) {
      return fail("wrong-length", `the round expects vectors of ${request.vectorLength} words but this worker's input has ${this.#input.length}`);
    }
    const secret = this.#random(X25519_KEY_BYTES);
    const publicKey = x25519Agreement(secret).publicKey;
    this.#participants = ids.value;
    this.#encryptionSecret = secret;
    this.#stage = "ShareKeys";
    const signature = this.#sign(advertisementMessage(this.round, this.id, publicKey, publicKey));
    return ok({ stage: "AdvertiseKeys", round: this.round, sender: this.id, encryptionPublicKey: publicKey, maskPublicKey: publicKey.slice(), signature });
  }

  #share(request: ShareKeysRequest): Result<ShareKeysReply> {
    const keys = new Map<number, Uint8Array>();
    for (const ad of request.advertisements) {
      if (ad.sender === this.id || !this.#participants.has(ad.sender)) return fail("not-a-participant", `worker ${ad.sender} is not another participant of this round; its keys are refused`);
      if (keys.has(ad.sender)) return fail("duplicate", `the keys of worker ${ad.sender} are listed twice`);
      for (const [bytes, size, what] of [[ad.encryptionPublicKey, X25519_KEY_BYTES, "encryption key"], [ad.maskPublicKey, X25519_KEY_BYTES, "mask key"], [ad.signature, SIGNATURE_BYTES, "signature"]] as const) {
        const r = checkLength(bytes, size, `the ${what} of worker ${ad.sender}`);
        if (!r.ok) return r;
      }
      const identity = this.#peerIdentityKeys.get(ad.sender);
      if (identity === undefined) return fail("unknown-peer", `no identity key is known for worker ${ad.sender}; add it to the roster before the round`);
      if (!verifyDetached(advertisementMessage(this.round, ad.sender, ad.encryptionPublicKey, ad.maskPublicKey), ad.signature, identity)) {
        return fail("bad-signature", `the key advertisement of worker ${ad.sender} does not carry its valid signature for round ${this.round}; it was forged, altered or replayed`);
      }
      const key = boxKey(this.#encryptionSecret!, ad.encryptionPublicKey);
      if (key === null) return fail("bad-key", `worker ${ad.sender} advertised a degenerate (low-order) public key`);
      keys.set(ad.sender, key);
    }
    if (keys.size === 0) return fail("below-threshold", "no other worker advertised keys; a sum of one input would reveal it");
    const peers = [...keys.keys()].sort((a, b) => a - b);
    const shares = splitShares(this.#input, peers.length + 1, this.#random);
    const sealed: EncryptedShare[] = peers.map((peer, i) => ({
      sender: this.id, receiver: peer,
      ciphertext: sealEnvelope(keys.get(peer)!, additiveShareHeader(this.round, this.id, peer), wordsToBytesLE(shares[i]!), this.#random),
    }));
    this.#ownShare = shares[peers.length]!;
    this.#boxKeys = keys;
    this.#stage = "MaskedInput";
    return ok({ stage: "ShareKeys", round: this.round, sender: this.id, shares: sealed });
  }

  #sum(request: MaskedInputRequest): Result<MaskedInputReply> {
    const sum = this.#ownShare!.slice();
    const expectedLength = envelopeLength(additiveShareHeader(this.round, 0, 0), sum.length * 4);
    const seen = new Set<number>();
    for (const s of request.shares) {
      if (s.receiver !== this.id) return fail("misaddressed", `a share from worker ${s.sender} is addressed to worker ${s.receiver}, not to worker ${this.id}`);
      const key = this.#boxKeys.get(s.sender);
      if (key === undefined) return fail("not-a-participant", `worker ${s.sender} did not advertise keys to worker ${this.id}; its share is refused`);
      if (seen.has(s.sender)) return fail("duplicate", `two shares from worker ${s.sender}`);
      if (s.ciphertext.length !== expectedLength) return fail("wrong-length", `the share from worker ${s.sender} has ${s.ciphertext.length} bytes, expected ${expectedLength}`);
      const opened = openEnvelope(key, s.ciphertext, additiveShareHeader(this.round, s.sender, this.id));
      if (!opened.ok) return fail(opened.reason, opened.message);
      const words = bytesToWordsLE(opened.payload);
      for (let i = 0; i < sum.length; i++) sum[i] = sum[i]! + words[i]!;
      seen.add(s.sender);
    }
    if (seen.size !== this.#boxKeys.size) {
      return fail("bad-request", `only ${seen.size} of ${this.#boxKeys.size} peers' shares arrived; additive sharing needs every share, so the round must abort`);
    }
    this.#stage = "Done";
    return ok({ stage: "MaskedInput", round: this.round, sender: this.id, maskedInput: sum });
  }
}
