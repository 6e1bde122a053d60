/**
 * The coordinator's side of the PySyft-style additive protocol (see
 * AdditiveClient), with the same driving interface as SecAggPlusServer:
 * start, receive, markDropped, closeStage. Stages AdvertiseKeys -> ShareKeys ->
 * MaskedInput -> Done | Aborted. A worker missing at AdvertiseKeys is simply
 * left out (nothing was shared yet); once sharing began, any drop aborts the
 * round, since every share is needed. Partial sums are added on arrival; only
 * the total is handed out.
 */
import { envelopeLength } from "../crypto/share-box";
import { additiveShareHeader } from "./additive-client";
import { fail, ok, type Result } from "./errors";
import type { AdvertiseKeysReply, EncryptedShare, SecAggReply, SecAggRequest } from "./messages";
import type { SecAggParams } from "./neighbour-graph";
import type { StageTransition } from "./secagg-plus-server";
import { checkAdvertisement, replyProblem } from "./server-checks";
import type { ServerStage } from "./stages";
import { isWorkerId } from "./validation";

export interface AdditiveServerConfig {
  readonly round: number;
  readonly participants: readonly number[];
  readonly vectorLength: number;
  /** Accepted for symmetry with SecAgg+; the additive protocol has no graph. */
  readonly graphSeed?: Uint8Array;
  readonly identityKeys?: ReadonlyMap<number, Uint8Array>;
}

const sortIds = (ids: Iterable<number>): number[] => [...ids].sort((a, b) => a - b);

export class AdditiveServer {
  readonly round: number;
  readonly vectorLength: number;
  /** All-to-all, every share needed: k = n - 1, t = n. */
  readonly params: SecAggParams;
  readonly #participants: readonly number[];
  readonly #identityKeys: ReadonlyMap<number, Uint8Array> | undefined;
  #stage: ServerStage = "AdvertiseKeys";
  #expected: ReadonlySet<number>;
  #answered = new Set<number>();
  readonly #dropped = new Set<number>();
  readonly #advertisements = new Map<number, AdvertiseKeysReply>();
  readonly #sharesFrom = new Map<number, readonly EncryptedShare[]>();
  #u1: ReadonlySet<number> = new Set();
  readonly #sum: Uint32Array;

  constructor(config: AdditiveServerConfig) {
    const n = config.participants.length;
    if (!(Number.isSafeInteger(config.round) && config.round >= 0)) throw new RangeError(`round must be a non-negative integer, got ${config.round}`);
    if (n < 2 || new Set(config.participants).size !== n || !config.participants.every(isWorkerId)) {
      throw new RangeError("additive sharing needs at least 2 distinct non-negative integer participant ids");
    }
    if (!(Number.isSafeInteger(config.vectorLength) && config.vectorLength >= 1)) throw new RangeError(`vectorLength must be a positive integer, got ${config.vectorLength}`);
    this.round = config.round;
    this.vectorLength = config.vectorLength;
    this.params = { neighbors: n - 1, threshold: n };
    this.#participants = sortIds(config.participants);
    this.#identityKeys = config.identityKeys;
    this.#expected = new Set(this.#participants);
    this.#sum = new Uint32Array(config.vectorLength);
  }

  get stage(): ServerStage {
    return this.#stage;
  }

  start(): SecAggRequest[] {
    return this.#participants.map((receiver) => ({
      stage: "AdvertiseKeys", round: this.round, receiver, participants: this.#participants,
      neighbors: this.params.neighbors, threshold: this.params.threshold, vectorLength: this.vectorLength, graphSeed: new Uint8Array(32),
    }));
  }

  awaiting(): number[] {
    if (this.#stage === "Done" || this.#stage === "Aborted") return [];
    return sortIds([...this.#expected].filter((id) => !this.#answered.has(id) && !this.#dropped.has(id)));
  }

  markDropped(id: number): boolean {
    if (!this.#participants.includes(id) || this.#dropped.has(id)) return false;
    this.#dropped.add(id);
    return true;
  }

  receive(reply: SecAggReply): Result<{ readonly stageComplete: boolean }> {
    const stage = this.#stage;
    const problem = replyProblem(reply, { round: this.round, stage, isParticipant: (id) => this.#participants.includes(id),
      dropped: this.#dropped, expected: this.#expected, answered: this.#answered });
    if (!problem.ok) return problem;
    const accepted = this.#accept(reply);
    if (!accepted.ok) return accepted;
    this.#answered.add(reply.sender);
    return ok({ stageComplete: this.awaiting().length === 0 });
  }

  #accept(reply: SecAggReply): Result<void> {
    switch (reply.stage) {
      case "AdvertiseKeys": {
        const r = checkAdvertisement(reply, this.#identityKeys);
        if (r.ok) this.#advertisements.set(reply.sender, reply);
        return r;
      }
      case "ShareKeys": {
        const peers = new Set([...this.#u1].filter((id) => id !== reply.sender));
        const size = envelopeLength(additiveShareHeader(this.round, reply.sender, 0), this.vectorLength * 4);
        const seen = new Set<number>();
        for (const s of reply.shares) {
          if (s.sender !== reply.sender) return fail("bad-request", `worker ${reply.sender}'s reply carries a share that claims to come from worker ${s.sender}`);
          if (!peers.has(s.receiver)) return fail("not-a-participant", `worker ${reply.sender} sent a share for worker ${s.receiver}, which did not advertise keys`);
          if (seen.has(s.receiver)) return fail("duplicate", `worker ${reply.sender} sent two shares for worker ${s.receiver}`);
          if (s.ciphertext.length !== size) return fail("wrong-length", `the share from worker ${reply.sender} to worker ${s.receiver} has ${s.ciphertext.length} bytes, expected ${size}`);
          seen.add(s.receiver);
        }
        if (seen.size !== peers.size) return fail("bad-request", `worker ${reply.sender} did not send a share to every other participant`);
        this.#sharesFrom.set(reply.sender, reply.shares);
        return ok(undefined);
      }
      case "MaskedInput": {
        if (reply.maskedInput.length !== this.vectorLength) {
          return fail("wrong-length", `the partial sum of worker ${reply.sender} has ${reply.maskedInput.length} words, expected ${this.vectorLength}`);
        }
        const sum = this.#sum, v = reply.maskedInput;
        for (let i = 0; i < sum.length; i++) sum[i] = sum[i]! + v[i]!;
        return ok(undefined);
      }
      case "Unmask":
        return fail("wrong-stage", "the additive protocol has no Unmask stage");
    }
  }

  closeStage(): StageTransition {
    const stage = this.#stage;
    if (stage === "Done" || stage === "Aborted") throw new Error(`closeStage called after the round ended (${stage})`);
    const newlyDropped = this.awaiting();
    for (const id of newlyDropped) this.#dropped.add(id);
    if (stage === "AdvertiseKeys") {
      this.#u1 = new Set([...this.#answered].filter((id) => !this.#dropped.has(id)));
      if (this.#u1.size < 2) return this.#abort(`only ${this.#u1.size} worker(s) advertised keys; additive sharing needs at least 2`, newlyDropped);
      return this.#next("ShareKeys", newlyDropped, (receiver) => ({
        stage: "ShareKeys", round: this.round, receiver,
        advertisements: sortIds(this.#u1).filter((id) => id !== receiver).map((id) => {
          const ad = this.#advertisements.get(id)!;
          return { sender: id, encryptionPublicKey: ad.encryptionPublicKey, maskPublicKey: ad.maskPublicKey, signature: ad.signature };
        }),
      }));
    }
    const lost = sortIds(this.#u1).filter((id) => this.#dropped.has(id));
    if (lost.length > 0) {
      return this.#abort(`worker(s) ${lost.join(", ")} dropped after additive sharing began; every share is needed, so the sum cannot be completed`, newlyDropped);
    }
    if (stage === "ShareKeys") {
      return this.#next("MaskedInput", newlyDropped, (receiver) => ({
        stage: "MaskedInput", round: this.round, receiver,
        shares: sortIds(this.#u1).filter((id) => id !== receiver).map((id) => this.#sharesFrom.get(id)!.find((s) => s.receiver === receiver)!),
      }));
    }
    this.#stage = "Done";
    return { kind: "done", aggregate: { sum: this.#sum, contributors: sortIds(this.#u1) }, dropped: newlyDropped };
  }

  deadlinePassed(): StageTransition {
    return this.closeStage();
  }

  #next(stage: "ShareKeys" | "MaskedInput", dropped: number[], make: (receiver: number) => SecAggRequest): StageTransition {
    this.#stage = stage;
    this.#expected = this.#u1;
    this.#answered = new Set();
    return { kind: "next", stage, requests: sortIds(this.#u1).map(make), dropped };
  }

  #abort(reason: string, dropped: number[]): StageTransition {
    this.#stage = "Aborted";
    this.#sum.fill(0);
    return { kind: "aborted", reason: `round ${this.round} aborted: ${reason}`, dropped };
  }
}
