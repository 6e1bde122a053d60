/**
 * The coordinator's side of SecAgg+ for one round, as a state machine over the
 * stages AdvertiseKeys -> ShareKeys -> MaskedInput -> Unmask -> Done | Aborted.
 *
 * The coordinator drives it: `start()` gives the first requests; each reply
 * goes to `receive()`, which refuses anything out of place with a typed error;
 * a worker known to be gone is reported with `markDropped(id)`; when every
 * awaited worker has answered, or the stage deadline passes, `closeStage()`
 * treats whoever has not answered as dropped and returns the next stage's
 * requests, the aggregate, or an abort with a reason.
 *
 * What it holds is structural: masked vectors are added into one running sum
 * on arrival and never kept apart, and the only secrets it ever sees are the
 * shares revealed in Unmask (self-mask shares of survivors, mask-key shares of
 * the dropped). The only vector it hands out is the final aggregate.
 */
import { buildNeighbourGraph, defaultSecAggParams, minimumThreshold, paramsProblem, type NeighbourGraph, type SecAggParams } from "./neighbour-graph";
import { fail, ok, type Result } from "./errors";
import type {
  AdvertiseKeysReply, EncryptedShare, SecAggReply, SecAggRequest, UnmaskReply, UnmaskRequest,
} from "./messages";
import type { SecAggStage, ServerStage } from "./stages";
import { recoverAggregate, type RevealedShares } from "./unmask-aggregate";
import { checkAdvertisement, checkShareKeysReply, checkUnmaskReply, replyProblem } from "./server-checks";
import { isWorkerId } from "./validation";

export interface SecAggPlusServerConfig {
  readonly round: number;
  /** The sampled workers (distinct ids, at least 2). */
  readonly participants: readonly number[];
  /** d: words per vector. */
  readonly vectorLength: number;
  /** 32 bytes of fresh public randomness for the neighbour graph. */
  readonly graphSeed: Uint8Array;
  /** k (default: defaultSecAggParams(n).neighbors). */
  readonly neighbors?: number;
  /** t (default: floor(k/2) + 1). */
  readonly threshold?: number;
  /** When given, advertisements are checked against these identity keys on arrival. */
  readonly identityKeys?: ReadonlyMap<number, Uint8Array>;
}

export interface Aggregate {
  /** The exact ring sum of the contributors' inputs. */
  readonly sum: Uint32Array;
  /** The workers whose inputs are in the sum (their masked vectors arrived). */
  readonly contributors: readonly number[];
}

export type StageTransition =
  | { readonly kind: "next"; readonly stage: SecAggStage; readonly requests: readonly SecAggRequest[]; readonly dropped: readonly number[] }
  | { readonly kind: "done"; readonly aggregate: Aggregate; readonly dropped: readonly number[] }
  | { readonly kind: "aborted"; readonly reason: string; readonly dropped: readonly number[] };

const sortIds = (ids: Iterable<number>): number[] => [...ids].sort((a, b) => a - b);

export class SecAggPlusServer {
  readonly round: number;
  readonly params: SecAggParams;
  readonly vectorLength: number;
  readonly #participants: readonly number[];
  readonly #participantSet: ReadonlySet<number>;
  readonly #graphSeed: Uint8Array;
  readonly #graph: NeighbourGraph;
  readonly #identityKeys: ReadonlyMap<number, Uint8Array> | undefined;
  #stage: ServerStage = "AdvertiseKeys";
  #expected: ReadonlySet<number>;
  #answered = new Set<number>();
  /** Workers of #expected dropped before answering: the stage is complete when answered + these = expected. */
  #droppedAwaited = 0;
  readonly #dropped = new Set<number>();
  readonly #advertisements = new Map<number, AdvertiseKeysReply>();
  #u1: ReadonlySet<number> = new Set();
  /** receiver -> sender -> the share sealed for it (indexed on arrival, so relaying is a lookup). */
  readonly #sharesFor = new Map<number, Map<number, EncryptedShare>>();
  #u2: ReadonlySet<number> = new Set();
  #sum: Uint32Array;
  #u3: ReadonlySet<number> = new Set();
  readonly #unmaskRequests = new Map<number, UnmaskRequest>();
  readonly #revealed: RevealedShares = { selfMask: new Map(), maskKey: new Map() };

  constructor(config: SecAggPlusServerConfig) {
    const n = config.participants.length;
    if (!(Number.isSafeInteger(config.round) && config.round >= 0)) throw new RangeError(`round must be a non-negative integer, got ${config.round}`);
    if (new Set(config.participants).size !== n || !config.participants.every(isWorkerId)) {
      throw new RangeError("participants must be distinct non-negative integer ids");
    }
    if (!(Number.isSafeInteger(config.vectorLength) && config.vectorLength >= 1)) throw new RangeError(`vectorLength must be a positive integer, got ${config.vectorLength}`);
    if (config.graphSeed.length !== 32) throw new RangeError(`graphSeed must be 32 bytes, got ${config.graphSeed.length}`);
    const neighbors = config.neighbors ?? defaultSecAggParams(n).neighbors;
    const threshold = config.threshold ?? minimumThreshold(neighbors);
    const problem = paramsProblem(n, neighbors, threshold);
    if (problem !== null) throw new RangeError(problem);
    this.round = config.round;
    this.params = { neighbors, threshold };
    this.vectorLength = config.vectorLength;
    this.#participants = sortIds(config.participants);
    this.#participantSet = new Set(this.#participants);
    this.#graphSeed = config.graphSeed.slice();
    this.#graph = buildNeighbourGraph(this.#participants, neighbors, config.round, this.#graphSeed);
    this.#identityKeys = config.identityKeys;
    this.#expected = new Set(this.#participants);
    this.#sum = new Uint32Array(config.vectorLength);
  }

  get stage(): ServerStage {
    return this.#stage;
  }

  /** The neighbours of a participant in this round's graph. */
  neighboursOf(id: number): readonly number[] {
    return this.#graph.get(id) ?? [];
  }

  /** The AdvertiseKeys requests, one per participant. */
  start(): SecAggRequest[] {
    return this.#participants.map((receiver) => ({
      stage: "AdvertiseKeys", round: this.round, receiver, participants: this.#participants,
      neighbors: this.params.neighbors, threshold: this.params.threshold, vectorLength: this.vectorLength, graphSeed: this.#graphSeed.slice(),
    }));
  }

  /** Workers the current stage still waits for. */
  awaiting(): number[] {
    if (this.#stage === "Done" || this.#stage === "Aborted") return [];
    return sortIds([...this.#expected].filter((id) => !this.#answered.has(id) && !this.#dropped.has(id)));
  }

  /** Record that a worker is gone (disconnect, error reply). Returns false if it was not live. */
  markDropped(id: number): boolean {
    if (!this.#participantSet.has(id)) return false;
    if (this.#dropped.has(id)) return false;
    this.#dropped.add(id);
    if (this.#expected.has(id) && !this.#answered.has(id)) this.#droppedAwaited++;
    return true;
  }

  /** Accept one reply for the current stage, or refuse it. `stageComplete` once nobody else is awaited. */
  receive(reply: SecAggReply): Result<{ readonly stageComplete: boolean }> {
    const stage = this.#stage;
    const problem = replyProblem(reply, { round: this.round, stage, isParticipant: (id) => this.#participantSet.has(id),
      dropped: this.#dropped, expected: this.#expected, answered: this.#answered });
    if (!problem.ok) return problem;
    const accepted = this.#accept(reply);
    if (!accepted.ok) return accepted;
    this.#answered.add(reply.sender);
    return ok({ stageComplete: this.#answered.size + this.#droppedAwaited === this.#expected.size });
  }

  #accept(reply: SecAggReply): Result<void> {
    switch (reply.stage) {
      case "AdvertiseKeys": {
        const r = checkAdvertisement(reply, this.#identityKeys);
        if (r.ok) this.#advertisements.set(reply.sender, reply);
        return r;
      }
      case "ShareKeys": {
        const r = checkShareKeysReply(reply, this.#liveNeighbours(reply.sender, this.#u1), this.round);
        if (r.ok) {
          for (const s of reply.shares) {
            const forReceiver = this.#sharesFor.get(s.receiver) ?? new Map<number, EncryptedShare>();
            forReceiver.set(reply.sender, s);
            this.#sharesFor.set(s.receiver, forReceiver);
          }
        }
        return r;
      }
      case "MaskedInput": {
        if (reply.maskedInput.length !== this.vectorLength) {
          return fail("wrong-length", `the masked vector of worker ${reply.sender} has ${reply.maskedInput.length} words, expected ${this.vectorLength}`);
        }
        const sum = this.#sum, v = reply.maskedInput, d = sum.length;
        for (let i = 0; i < d; i++) sum[i] = sum[i]! + v[i]!;
        return ok(undefined);
      }
      case "Unmask": {
        const r = checkUnmaskReply(reply, this.#unmaskRequests.get(reply.sender)!);
        if (r.ok) this.#storeRevealed(reply);
        return r;
      }
    }
  }

  #storeRevealed(reply: UnmaskReply): void {
    const add = (into: Map<number, { x: number; y: Uint8Array }[]>, owner: number, y: Uint8Array) => {
      const list = into.get(owner) ?? [];
      list.push({ x: reply.sender + 1, y: y.slice() });
      into.set(owner, list);
    };
    for (const s of reply.selfMaskShares) add(this.#revealed.selfMask, s.owner, s.share);
    for (const s of reply.maskKeyShares) add(this.#revealed.maskKey, s.owner, s.share);
  }

  #liveNeighbours(id: number, among: ReadonlySet<number>): number[] {
    return this.neighboursOf(id).filter((v) => among.has(v));
  }

  /** Close the current stage (everyone answered, or the deadline passed: the silent are dropped). */
  closeStage(): StageTransition {
    const stage = this.#stage;
    if (stage === "Done" || stage === "Aborted") throw new Error(`closeStage called after the round ended (${stage})`);
    const newlyDropped = this.awaiting();
    for (const id of newlyDropped) this.#dropped.add(id);
    const live = (ids: Iterable<number>) => new Set([...ids].filter((id) => !this.#dropped.has(id)));
    const t = this.params.threshold;
    switch (stage) {
      case "AdvertiseKeys": {
        this.#u1 = live(this.#answered);
        const short = this.#shortOfNeighbours(this.#u1, this.#u1);
        if (short !== null) return this.#abort(`worker ${short.id} has only ${short.count} neighbours that advertised keys, fewer than the threshold t = ${t}`, newlyDropped);
        return this.#next("ShareKeys", this.#u1, newlyDropped, (receiver) => ({
          stage: "ShareKeys", round: this.round, receiver,
          advertisements: this.#liveNeighbours(receiver, this.#u1).map((v) => {
            const ad = this.#advertisements.get(v)!;
            return { sender: v, encryptionPublicKey: ad.encryptionPublicKey, maskPublicKey: ad.maskPublicKey, signature: ad.signature };
          }),
        }));
      }
      case "ShareKeys": {
        this.#u2 = live(this.#answered);
        const short = this.#shortOfNeighbours(this.#u2, this.#u2);
        if (short !== null) return this.#abort(`worker ${short.id} has only ${short.count} neighbours that shared keys, fewer than the threshold t = ${t}`, newlyDropped);
        return this.#next("MaskedInput", this.#u2, newlyDropped, (receiver) => ({
          stage: "MaskedInput", round: this.round, receiver,
          shares: this.#liveNeighbours(receiver, this.#u2).map((v) => this.#sharesFor.get(receiver)!.get(v)!),
        }));
      }
      case "MaskedInput": {
        this.#u3 = new Set(this.#answered); // every accepted vector is in the sum, even if its sender left since
        const asked = live(this.#u3);
        if (this.#u3.size === 0) return this.#abort("no masked input arrived", newlyDropped);
        const short = this.#shortOfNeighbours(this.#u3, asked);
        if (short !== null) return this.#abort(`surviving worker ${short.id} has only ${short.count} live neighbours left, fewer than the threshold t = ${t}`, newlyDropped);
        const gone = [...this.#u2].filter((id) => !this.#u3.has(id) && this.#liveNeighbours(id, this.#u3).length > 0);
        const shortGone = this.#shortOfNeighbours(new Set(gone), asked);
        if (shortGone !== null) return this.#abort(`dropped worker ${shortGone.id} has only ${shortGone.count} live neighbours holding its key shares, fewer than the threshold t = ${t}`, newlyDropped);
        return this.#next("Unmask", asked, newlyDropped, (receiver) => {
          const paired = this.#liveNeighbours(receiver, this.#u2);
          const request: UnmaskRequest = {
            stage: "Unmask", round: this.round, receiver,
            survivors: paired.filter((v) => this.#u3.has(v)), dropped: paired.filter((v) => !this.#u3.has(v)),
          };
          this.#unmaskRequests.set(receiver, request);
          return request;
        });
      }
      case "Unmask": {
        const recovered = recoverAggregate({
          sum: this.#sum, round: this.round, threshold: t, contributors: this.#u3,
          droppedAfterSharing: [...this.#u2].filter((id) => !this.#u3.has(id)),
          neighboursOf: (id) => this.neighboursOf(id), maskPublicKey: (id) => this.#advertisements.get(id)!.maskPublicKey,
          revealed: this.#revealed,
        });
        if (!recovered.ok) return this.#abort(recovered.error.message, newlyDropped);
        this.#stage = "Done";
        return { kind: "done", aggregate: { sum: recovered.value, contributors: sortIds(this.#u3) }, dropped: newlyDropped };
      }
    }
  }

  /** Same as closeStage(): the deadline passed, whoever is still awaited counts as dropped. */
  deadlinePassed(): StageTransition {
    return this.closeStage();
  }

  #shortOfNeighbours(of: ReadonlySet<number>, among: ReadonlySet<number>): { id: number; count: number } | null {
    for (const id of sortIds(of)) {
      const count = this.#liveNeighbours(id, among).length;
      if (count < this.params.threshold) return { id, count };
    }
    return null;
  }

  #next(stage: SecAggStage, to: ReadonlySet<number>, dropped: number[], make: (receiver: number) => SecAggRequest): StageTransition {
    this.#stage = stage;
    this.#expected = to;
    this.#answered = new Set();
    this.#droppedAwaited = 0; // `to` holds live workers only
    return { kind: "next", stage, requests: sortIds(to).map(make), dropped };
  }

  #abort(reason: string, dropped: number[]): StageTransition {
    this.#stage = "Aborted";
    this.#sum.fill(0);
    return { kind: "aborted", reason: `round ${this.round} aborted: ${reason}`, dropped };
  }
}
