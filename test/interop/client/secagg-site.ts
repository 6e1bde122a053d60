// The worker's side of one SecAgg+ secure sum (docs/protocol.md sections 9.1-9.8): a stage
// machine that accepts exactly one request per stage, in order, and answers it or refuses.
import { concat, wordsToBytes } from "./bytes";
import { chachaOpen, chachaSeal, ed25519Sign, ed25519Verify, prgWords, x25519, x25519PublicKey } from "./primitives";
import { refuseParameters, type SitePolicy } from "./secagg-parameters";
import {
  advertisementPayload, consistencyPayload, neighbourGraph, pairwiseMaskSeed, selfMaskCommitment, selfMaskSeed, shareAad,
  shareKey, shareNonce, transcriptDigest,
} from "./secagg-bytes";
import { bigFromBytes, bigToBytes, SHARE_BYTES, shamirShares, type RandomSource } from "./shamir";
import type { ErrorCode, KeyAdvertisement, RevealedShare, SecAggReply, SecAggRequest, SecAggStage } from "./wire-types";

export type SiteAnswer = { ok: true; reply: SecAggReply } | { ok: false; code: ErrorCode; message: string };

export interface SiteContext {
  id: number;
  identitySeed: Uint8Array;
  runId: string;
  round: number;
  /** Pinned identity keys of the federation's sites, by participant id. */
  identityKeys: ReadonlyMap<number, Uint8Array>;
  policy: SitePolicy;
  random: RandomSource;
  /** The site's input for the purpose, or null when it holds none of that length. */
  input: (purpose: string, length: number) => Uint32Array | null;
}

const ORDER: readonly SecAggStage[] = ["AdvertiseKeys", "ShareKeys", "MaskedInput", "ConsistencyCheck", "Unmask"];
const PROTOCOL = "secagg+";

interface Held { self: Buffer; maskKey: Buffer }

function refuse(code: ErrorCode, machine: string, sentence: string): SiteAnswer {
  return { ok: false, code, message: `${machine}: ${sentence}` };
}

export class SecAggSite {
  private next = 0;
  private transcript: Buffer = Buffer.alloc(0);
  private participants: number[] = [];
  private neighbours: number[] = [];
  private threshold = 0;
  private input: Uint32Array = new Uint32Array(0);
  private e: Buffer = Buffer.alloc(0);
  private m: Buffer = Buffer.alloc(0);
  private b: Buffer = Buffer.alloc(0);
  private peers = new Map<number, KeyAdvertisement>();
  private holders: number[] = [];
  private held = new Map<number, Held>();
  private signedSurvivors: number[] | null = null;

  constructor(private readonly ctx: SiteContext) {}

  /** The stage the site expects next, or null when the sum is over for it. */
  get expected(): SecAggStage | null {
    return ORDER[this.next] ?? null;
  }

  handle(request: SecAggRequest): SiteAnswer {
    if (request.protocol !== PROTOCOL) return refuse("POLICY_REFUSED", "policy-refused", `this site runs secagg+ only, not "${request.protocol}"`);
    if (request.stage !== this.expected) {
      return refuse("WRONG_STAGE", "wrong-stage", `${request.stage} arrived while the site expects ${this.expected ?? "nothing"}`);
    }
    if (request.receiver !== this.ctx.id) return refuse("SECAGG_REFUSED", "wrong-receiver", `the request is for ${request.receiver}, this site is ${this.ctx.id}`);
    let answer: SiteAnswer;
    switch (request.stage) {
      case "AdvertiseKeys": answer = this.advertise(request); break;
      case "ShareKeys": answer = this.shareKeys(request.advertisements); break;
      case "MaskedInput": answer = this.maskedInput(request.shares); break;
      case "ConsistencyCheck": answer = this.consistencyCheck(request.survivors); break;
      case "Unmask": answer = this.unmask(request.survivors, request.signatures); break;
    }
    // A refusal ends the sum for this site: it is a drop from now on.
    this.next = answer.ok ? this.next + 1 : ORDER.length;
    return answer;
  }

  private advertise(r: Extract<SecAggRequest, { stage: "AdvertiseKeys" }>): SiteAnswer {
    const why = refuseParameters({ ...r, protocol: PROTOCOL }, this.ctx.policy, this.ctx.identityKeys.size);
    if (why !== null) return refuse("POLICY_REFUSED", "policy-refused", why);
    if (!r.participants.includes(this.ctx.id)) return refuse("POLICY_REFUSED", "policy-refused", "this site is not among the participants");
    const input = this.ctx.input(r.purpose, r.vectorLength);
    if (input === null) return refuse("POLICY_REFUSED", "policy-refused", `this site holds no ${r.purpose} input of length ${r.vectorLength}`);
    this.input = input;
    this.participants = [...r.participants];
    this.threshold = r.threshold;
    this.transcript = transcriptDigest({ ...r, protocol: PROTOCOL, runId: this.ctx.runId, round: this.ctx.round });
    this.neighbours = neighbourGraph(r.participants, r.neighbors, this.transcript).get(this.ctx.id) ?? [];
    this.e = Buffer.from(this.ctx.random(32));
    this.m = Buffer.from(this.ctx.random(32));
    this.b = Buffer.from(this.ctx.random(32));
    const E = x25519PublicKey(this.e);
    const M = x25519PublicKey(this.m);
    const C = selfMaskCommitment(this.transcript, this.ctx.id, this.b);
    const signature = ed25519Sign(this.ctx.identitySeed, advertisementPayload(PROTOCOL, this.transcript, this.ctx.id, E, M, C));
    return { ok: true, reply: { protocol: PROTOCOL, stage: "AdvertiseKeys", sender: this.ctx.id, encryptionPublicKey: E, maskPublicKey: M, signature, selfMaskCommitment: C } };
  }

  private shareKeys(ads: readonly KeyAdvertisement[]): SiteAnswer {
    for (const a of ads) {
      if (!this.neighbours.includes(a.sender)) return refuse("SECAGG_REFUSED", "not-a-neighbour", `an advertisement comes from ${a.sender}, not a neighbour of ${this.ctx.id}`);
      if (this.peers.has(a.sender)) return refuse("SECAGG_REFUSED", "duplicate", `site ${a.sender} is advertised twice`);
      if (a.encryptionPublicKey.length !== 32 || a.maskPublicKey.length !== 32 || a.selfMaskCommitment.length !== 32 || a.signature.length !== 64) {
        return refuse("SECAGG_REFUSED", "malformed-advertisement", `site ${a.sender}'s advertisement has the wrong key, commitment or signature length`);
      }
      const payload = advertisementPayload(PROTOCOL, this.transcript, a.sender, a.encryptionPublicKey, a.maskPublicKey, a.selfMaskCommitment);
      const pinned = this.ctx.identityKeys.get(a.sender);
      if (pinned === undefined || !ed25519Verify(pinned, payload, a.signature)) {
        return refuse("SECAGG_REFUSED", "bad-signature", `site ${a.sender}'s advertisement is not signed by its pinned key`);
      }
      this.peers.set(a.sender, a);
    }
    if (this.peers.size < this.threshold) return refuse("SECAGG_REFUSED", "below-threshold", `${this.peers.size} neighbours advertised, fewer than t = ${this.threshold}`);
    this.holders = [...this.peers.keys()].sort((x, y) => x - y);
    const xs = this.holders.map((h) => h + 1);
    const selfShares = shamirShares(bigFromBytes(this.b), this.threshold, xs, this.ctx.random);
    const keyShares = shamirShares(bigFromBytes(this.m), this.threshold, xs, this.ctx.random);
    const shares = this.holders.map((h, i) => {
      const peer = this.peers.get(h);
      if (peer === undefined) throw new Error("unreachable: a holder without an advertisement");
      const key = shareKey(this.e, peer.encryptionPublicKey, this.transcript);
      const payload = concat(bigToBytes(selfShares[i]!, SHARE_BYTES), bigToBytes(keyShares[i]!, SHARE_BYTES));
      const ciphertext = chachaSeal(key, shareNonce(this.ctx.id, h), shareAad(PROTOCOL, this.transcript, this.ctx.id, h), payload);
      return { sender: this.ctx.id, receiver: h, ciphertext };
    });
    return { ok: true, reply: { protocol: PROTOCOL, stage: "ShareKeys", sender: this.ctx.id, shares } };
  }

  private maskedInput(shares: readonly { sender: number; receiver: number; ciphertext: Uint8Array }[]): SiteAnswer {
    for (const s of shares) {
      const peer = this.peers.get(s.sender);
      if (s.receiver !== this.ctx.id || peer === undefined) return refuse("SECAGG_REFUSED", "not-a-neighbour", `a share from ${s.sender} to ${s.receiver} is not one this site can hold`);
      if (this.held.has(s.sender)) return refuse("SECAGG_REFUSED", "duplicate", `site ${s.sender}'s share is listed twice`);
      const key = shareKey(this.e, peer.encryptionPublicKey, this.transcript);
      const payload = chachaOpen(key, shareNonce(s.sender, this.ctx.id), shareAad(PROTOCOL, this.transcript, s.sender, this.ctx.id), s.ciphertext);
      if (payload === null || payload.length !== 2 * SHARE_BYTES) {
        return refuse("SECAGG_REFUSED", "authentication-failed", `the share from site ${s.sender} does not authenticate`);
      }
      this.held.set(s.sender, { self: payload.subarray(0, SHARE_BYTES), maskKey: payload.subarray(SHARE_BYTES) });
    }
    if (this.held.size < this.threshold) return refuse("SECAGG_REFUSED", "below-threshold", `${this.held.size} shares opened, fewer than t = ${this.threshold}`);
    const d = this.input.length;
    const y = Uint32Array.from(this.input);
    const add = (words: Uint32Array, sign: 1 | -1): void => {
      for (let i = 0; i < d; i++) y[i] = (y[i]! + sign * words[i]!) >>> 0;
    };
    add(prgWords(selfMaskSeed(this.b, this.ctx.round, this.ctx.id), d), 1);
    for (const v of [...this.held.keys()].sort((a, b) => a - b)) {
      const peer = this.peers.get(v);
      if (peer === undefined) continue;
      const seed = pairwiseMaskSeed(x25519(this.m, peer.maskPublicKey), this.ctx.round, this.ctx.id, v);
      add(prgWords(seed, d), this.ctx.id < v ? 1 : -1);
    }
    return { ok: true, reply: { protocol: PROTOCOL, stage: "MaskedInput", sender: this.ctx.id, maskedInput: wordsToBytes(y) } };
  }

  private consistencyCheck(survivors: readonly number[]): SiteAnswer {
    if (!survivors.includes(this.ctx.id)) return refuse("SECAGG_REFUSED", "inconsistent-survivors", "this site is not in the survivor set");
    if (survivors.some((v) => !this.participants.includes(v))) return refuse("SECAGG_REFUSED", "inconsistent-survivors", "a survivor is not a participant");
    const minimum = Math.max(3, this.ctx.policy.minParticipants);
    if (survivors.length < minimum) return refuse("SECAGG_REFUSED", "below-threshold", `${survivors.length} survivors are fewer than this site's minimum of ${minimum}`);
    const live = this.holders.filter((h) => survivors.includes(h)).length;
    if (live < this.threshold) return refuse("SECAGG_REFUSED", "below-threshold", `${live} holders of this site's shares survive, fewer than t = ${this.threshold}`);
    this.signedSurvivors = [...survivors].sort((a, b) => a - b);
    const signature = ed25519Sign(this.ctx.identitySeed, consistencyPayload(this.transcript, this.signedSurvivors));
    return { ok: true, reply: { protocol: PROTOCOL, stage: "ConsistencyCheck", sender: this.ctx.id, signature } };
  }

  private unmask(survivors: readonly number[], signatures: readonly { signer: number; signature: Uint8Array }[]): SiteAnswer {
    const sorted = [...survivors].sort((a, b) => a - b);
    if (this.signedSurvivors === null || sorted.join() !== this.signedSurvivors.join()) {
      return refuse("SECAGG_REFUSED", "inconsistent-survivors", "the unmask survivor set is not the one this site signed");
    }
    const payload = consistencyPayload(this.transcript, sorted);
    const verified = new Set<number>();
    for (const s of signatures) {
      const pinned = this.ctx.identityKeys.get(s.signer);
      if (!this.neighbours.includes(s.signer) || !sorted.includes(s.signer) || pinned === undefined) continue;
      if (ed25519Verify(pinned, payload, s.signature)) verified.add(s.signer);
    }
    if (verified.size < this.threshold) {
      return refuse("SECAGG_REFUSED", "inconsistent-survivors", `${verified.size} surviving neighbours' signatures verify, fewer than t = ${this.threshold}`);
    }
    const selfMaskShares: RevealedShare[] = [];
    const maskKeyShares: RevealedShare[] = [];
    for (const v of [...this.held.keys()].sort((a, b) => a - b)) {
      const h = this.held.get(v);
      if (h === undefined) continue;
      if (sorted.includes(v)) selfMaskShares.push({ owner: v, share: h.self });
      else maskKeyShares.push({ owner: v, share: h.maskKey });
    }
    return { ok: true, reply: { protocol: PROTOCOL, stage: "Unmask", sender: this.ctx.id, selfMaskShares, maskKeyShares } };
  }
}

