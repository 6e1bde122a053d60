/**
 * The coordinator's side of the PySyft-style additive protocol (see AdditiveClient), with the
 * same driving interface as SecAggPlusServer: start, receive, markDropped, closeStage. Stages
 * AdvertiseKeys -> ShareKeys -> MaskedInput -> Done | Aborted. Every participant must take
 * part in every stage (threshold = n): any drop aborts the round, since every worker shares
 * with all the others and every share is needed. Partial sums are added on arrival; only the
 * total is handed out.
 */
import { checkAdvertisement, type PeerKeys } from "./advertisement";
import { fail, ok, type Result } from "./errors";
import type { AdvertiseKeysReply, EncryptedShare, SecAggPurpose, SecAggReply, SecAggRequest } from "./messages";
import { MIN_SECURE_PARTICIPANTS, type SecAggParams } from "./neighbour-graph";
import type { StageTransition } from "./secagg-plus-server";
import { checkShareKeysReply, replyProblem } from "./server-checks";
import type { ServerStage } from "./stages";
import { transcriptDigest } from "./transcript";
import { isWorkerId, sortIds } from "./validation";

export interface AdditiveServerConfig {
  readonly round: number;
  readonly runId: string;
  readonly purpose: SecAggPurpose;
  readonly participants: readonly number[];
  readonly vectorLength: number;
  readonly identityKeys: PeerKeys;
}


export class AdditiveServer {
  readonly round: number;
  readonly vectorLength: number;
  /** All-to-all, every share needed: k = n - 1, t = n (c is then n - 2 at most). */
  readonly params: SecAggParams & { readonly collusionBound: number };
  readonly context: Uint8Array;
  readonly #config: AdditiveServerConfig;
  readonly #participants: readonly number[];
  #stage: ServerStage = "AdvertiseKeys";
  #answered = new Set<number>();
  readonly #dropped = new Set<number>();
  readonly #advertisements = new Map<number, AdvertiseKeysReply>();
  readonly #sharesFor = new Map<number, EncryptedShare[]>();
  readonly #sum: Uint32Array;

  constructor(config: AdditiveServerConfig) {
    const n = config.participants.length;
    if (!(Number.isSafeInteger(config.round) && config.round >= 0)) throw new RangeError(`round must be a non-negative integer, got ${config.round}`);
    if (n < MIN_SECURE_PARTICIPANTS || new Set(config.participants).size !== n || !config.participants.every(isWorkerId)) {
      throw new RangeError(`additive sharing needs at least ${MIN_SECURE_PARTICIPANTS} distinct non-negative integer participant ids`);
    }
    if (!(Number.isSafeInteger(config.vectorLength) && config.vectorLength >= 1)) throw new RangeError(`vectorLength must be a positive integer, got ${config.vectorLength}`);
    this.#config = config;
    this.round = config.round;
    this.vectorLength = config.vectorLength;
    this.params = { neighbors: n - 1, threshold: n, collusionBound: 0 };
    this.#participants = sortIds(config.participants);
    this.context = transcriptDigest({ protocol: "additive", runId: config.runId, round: config.round, purpose: config.purpose, participants: this.#participants,
      neighbors: n - 1, threshold: n, collusionBound: 0, vectorLength: config.vectorLength });
    this.#sum = new Uint32Array(config.vectorLength);
  }

  get stage(): ServerStage {
    return this.#stage;
  }

  start(): SecAggRequest[] {
    const { neighbors, threshold, collusionBound } = this.params;
    return this.#participants.map((receiver) => ({
      stage: "AdvertiseKeys", round: this.round, receiver, participants: this.#participants, neighbors, threshold, collusionBound,
      vectorLength: this.vectorLength, purpose: this.#config.purpose,
    }));
  }

  awaiting(): number[] {
    if (this.#stage === "Done" || this.#stage === "Aborted") return [];
    return this.#participants.filter((id) => !this.#answered.has(id) && !this.#dropped.has(id));
  }

  markDropped(id: number): boolean {
    if (!this.#participants.includes(id) || this.#dropped.has(id)) return false;
    this.#dropped.add(id);
    return true;
  }

  receive(reply: SecAggReply): Result<{ readonly stageComplete: boolean }> {
    const problem = replyProblem(reply, { round: this.round, stage: this.#stage, isParticipant: (id) => this.#participants.includes(id),
      dropped: this.#dropped, expected: new Set(this.#participants), answered: this.#answered });
    if (!problem.ok) return problem;
    const accepted = this.#accept(reply);
    if (!accepted.ok) return accepted;
    this.#answered.add(reply.sender);
    return ok({ stageComplete: this.awaiting().length === 0 });
  }

  #accept(reply: SecAggReply): Result<void> {
    switch (reply.stage) {
      case "AdvertiseKeys": {
        const r = checkAdvertisement("additive", this.context, reply, this.#config.identityKeys);
        if (r.ok) this.#advertisements.set(reply.sender, reply);
        return r;
      }
      case "ShareKeys": {
        const r = checkShareKeysReply("additive", reply, this.#participants.filter((id) => id !== reply.sender), this.vectorLength);
        if (r.ok) for (const s of reply.shares) this.#sharesFor.set(s.receiver, [...(this.#sharesFor.get(s.receiver) ?? []), s]);
        return r;
      }
      case "MaskedInput": {
        if (reply.maskedInput.length !== this.vectorLength) {
          return fail("wrong-length", `the partial sum of worker ${reply.sender} has ${reply.maskedInput.length} words, expected ${this.vectorLength}`);
        }
        const sum = this.#sum, v = reply.maskedInput;
        for (let i = 0; i < sum.length; i++) sum[i] = sum[i]! + v[i]!;
        return ok(undefined);
      }
      default:
        return fail("wrong-stage", `the additive protocol has no ${reply.stage} stage`);
    }
  }

  closeStage(): StageTransition {
    const stage = this.#stage;
    if (stage === "Done" || stage === "Aborted") throw new Error(`closeStage called after the round ended (${stage})`);
    const newlyDropped = this.awaiting();
    for (const id of newlyDropped) this.#dropped.add(id);
    const lost = this.#participants.filter((id) => this.#dropped.has(id));
    if (lost.length > 0) {
      return this.#abort(`worker(s) ${lost.join(", ")} dropped at ${stage}; additive sharing needs every participant (threshold = n), so the sum cannot be completed`, newlyDropped);
    }
    if (stage === "AdvertiseKeys") {
      return this.#next("ShareKeys", newlyDropped, (receiver) => ({
        stage: "ShareKeys", round: this.round, receiver,
        advertisements: this.#participants.filter((id) => id !== receiver).map((id) => {
          const ad = this.#advertisements.get(id)!;
          return { sender: id, encryptionPublicKey: ad.encryptionPublicKey, maskPublicKey: ad.maskPublicKey, selfMaskCommitment: ad.selfMaskCommitment, signature: ad.signature };
        }),
      }));
    }
    if (stage === "ShareKeys") {
      return this.#next("MaskedInput", newlyDropped, (receiver) => ({
        stage: "MaskedInput", round: this.round, receiver, shares: sortShares(this.#sharesFor.get(receiver) ?? []),
      }));
    }
    this.#stage = "Done";
    return { kind: "done", aggregate: { sum: this.#sum, contributors: this.#participants }, dropped: newlyDropped };
  }

  deadlinePassed(): StageTransition {
    return this.closeStage();
  }

  #next(stage: "ShareKeys" | "MaskedInput", dropped: number[], make: (receiver: number) => SecAggRequest): StageTransition {
    this.#stage = stage;
    this.#answered = new Set();
    return { kind: "next", stage, requests: this.#participants.map(make), dropped };
  }

  #abort(reason: string, dropped: number[]): StageTransition {
    this.#stage = "Aborted";
    this.#sum.fill(0);
    return { kind: "aborted", reason: `round ${this.round} aborted: ${reason}`, dropped };
  }
}

function sortShares(shares: readonly EncryptedShare[]): EncryptedShare[] {
  return [...shares].sort((a, b) => a.sender - b.sender);
}
