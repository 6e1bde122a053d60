/**
 * The coordinator's side of SecAgg+ for one round, as a state machine over the stages
 * AdvertiseKeys -> ShareKeys -> MaskedInput -> ConsistencyCheck -> Unmask -> Done | Aborted.
 *
 * The coordinator drives it: `start()` gives the first requests; each reply goes to
 * `receive()`, which refuses anything out of place with a typed error; a worker known to be
 * gone is reported with `markDropped(id)`; when every awaited worker has answered, or the
 * stage deadline passes, `closeStage()` treats whoever has not answered as dropped and
 * returns the next stage's requests, the aggregate, or an abort with a reason.
 *
 * What it holds is structural: masked vectors are added into one running sum on arrival and
 * never kept apart, and the only secrets it ever sees are the shares revealed in Unmask
 * (self-mask shares of survivors, mask-key shares of the dropped). The only vector it hands
 * out is the final aggregate, after every rebuilt secret matched its commitment.
 */
import { verifyDetached } from "../crypto/signatures";
import { fail, ok, type Result } from "./errors";
import { checkAdvertisement, type PeerKeys } from "./advertisement";
import type { AdvertiseKeysReply, ConsistencySignature, EncryptedShare, SecAggPurpose, SecAggReply, SecAggRequest } from "./messages";
import { buildNeighbourGraph, graphSeed, paramsProblem, type NeighbourGraph, type SecAggParams } from "./neighbour-graph";
import type { SecAggStage, ServerStage } from "./stages";
import { recoverAggregate, type RevealedShares } from "./unmask-aggregate";
import { checkShareKeysReply, checkUnmaskReply, replyProblem } from "./server-checks";
import { consistencyMessage } from "./share-payload";
import { transcriptDigest } from "./transcript";
import { shortOfNeighbours, unrecoverable, type LiveNeighbours } from "./threshold-checks";
import { isWorkerId, sortIds } from "./validation";

export interface SecAggPlusServerConfig {
  readonly round: number;
  readonly runId: string;
  readonly purpose: SecAggPurpose;
  /** The workers of the round (distinct ids, at least 3). */
  readonly participants: readonly number[];
  /** d: words per vector. */
  readonly vectorLength: number;
  readonly neighbors: number;
  readonly threshold: number;
  readonly collusionBound: number;
  /** Identity keys from the federation file: advertisements and consistency signatures are checked on arrival. */
  readonly identityKeys: PeerKeys;
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


export class SecAggPlusServer {
  readonly round: number;
  readonly params: SecAggParams & { readonly collusionBound: number };
  readonly vectorLength: number;
  readonly context: Uint8Array;
  readonly #config: SecAggPlusServerConfig;
  readonly #participants: readonly number[];
  readonly #participantSet: ReadonlySet<number>;
  readonly #graph: NeighbourGraph;
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
  #u3: readonly number[] = [];
  /** What every consistency signature covers (computed once: it hashes the whole survivor set). */
  #consistencyPayload: Uint8Array | null = null;
  readonly #signatures = new Map<number, Uint8Array>();
  #u4: ReadonlySet<number> = new Set();
  /** A worker's neighbours among a set, in graph order. */
  readonly #live: LiveNeighbours = (id, among) => this.neighboursOf(id).filter((v) => among.has(v));
  readonly #unmaskAsked = new Map<number, { survivors: readonly number[]; dropped: readonly number[] }>();
  readonly #revealed: RevealedShares = { selfMask: new Map(), maskKey: new Map() };

  constructor(config: SecAggPlusServerConfig) {
    const n = config.participants.length;
    if (!(Number.isSafeInteger(config.round) && config.round >= 0)) throw new RangeError(`round must be a non-negative integer, got ${config.round}`);
    if (new Set(config.participants).size !== n || !config.participants.every(isWorkerId)) throw new RangeError("participants must be distinct non-negative integer ids");
    if (!(Number.isSafeInteger(config.vectorLength) && config.vectorLength >= 1)) throw new RangeError(`vectorLength must be a positive integer, got ${config.vectorLength}`);
    const problem = paramsProblem(n, config.neighbors, config.threshold, config.collusionBound);
    if (problem !== null) throw new RangeError(problem);
    this.#config = config;
    this.round = config.round;
    this.params = { neighbors: config.neighbors, threshold: config.threshold, collusionBound: config.collusionBound };
    this.vectorLength = config.vectorLength;
    this.#participants = sortIds(config.participants);
    this.#participantSet = new Set(this.#participants);
    this.context = transcriptDigest({ protocol: "secagg+", runId: config.runId, round: config.round, purpose: config.purpose, participants: this.#participants,
      neighbors: config.neighbors, threshold: config.threshold, collusionBound: config.collusionBound, vectorLength: config.vectorLength });
    this.#graph = buildNeighbourGraph(this.#participants, config.neighbors, graphSeed(this.context));
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
    const { neighbors, threshold, collusionBound } = this.params;
    return this.#participants.map((receiver) => ({
      stage: "AdvertiseKeys", round: this.round, receiver, participants: this.#participants, neighbors, threshold, collusionBound,
      vectorLength: this.vectorLength, purpose: this.#config.purpose,
    }));
  }

  /** Workers the current stage still waits for. */
  awaiting(): number[] {
    if (this.#stage === "Done" || this.#stage === "Aborted") return [];
    return sortIds([...this.#expected].filter((id) => !this.#answered.has(id) && !this.#dropped.has(id)));
  }

  /** Record that a worker is gone (disconnect, error reply). Returns false if it was not live. */
  markDropped(id: number): boolean {
    if (!this.#participantSet.has(id) || this.#dropped.has(id)) return false;
    this.#dropped.add(id);
    if (this.#expected.has(id) && !this.#answered.has(id)) this.#droppedAwaited++;
    return true;
  }

  /** Accept one reply for the current stage, or refuse it. `stageComplete` once nobody else is awaited. */
  receive(reply: SecAggReply): Result<{ readonly stageComplete: boolean }> {
    const problem = replyProblem(reply, { round: this.round, stage: this.#stage, isParticipant: (id) => this.#participantSet.has(id),
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
        const r = checkAdvertisement("secagg+", this.context, reply, this.#config.identityKeys);
        if (r.ok) this.#advertisements.set(reply.sender, reply);
        return r;
      }
      case "ShareKeys": {
        const r = checkShareKeysReply("secagg+", reply, this.#live(reply.sender, this.#u1));
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
      case "ConsistencyCheck": {
        const key = this.#config.identityKeys(reply.sender);
        this.#consistencyPayload ??= consistencyMessage(this.context, this.#u3);
        if (key === undefined || !verifyDetached(this.#consistencyPayload, reply.signature, key)) {
          return fail("inconsistent-survivors", `the consistency signature of worker ${reply.sender} does not verify for this round's survivor set`);
        }
        this.#signatures.set(reply.sender, reply.signature);
        return ok(undefined);
      }
      case "Unmask": {
        const r = checkUnmaskReply(reply, this.#unmaskAsked.get(reply.sender)!);
        if (r.ok) this.#storeRevealed(reply.sender, reply.selfMaskShares, reply.maskKeyShares);
        return r;
      }
    }
  }

  #storeRevealed(holder: number, selfMask: readonly { owner: number; share: Uint8Array }[], maskKey: readonly { owner: number; share: Uint8Array }[]): void {
    const add = (into: Map<number, { x: number; y: Uint8Array }[]>, owner: number, y: Uint8Array) => {
      const list = into.get(owner) ?? [];
      list.push({ x: holder + 1, y: y.slice() });
      into.set(owner, list);
    };
    for (const s of selfMask) add(this.#revealed.selfMask, s.owner, s.share);
    for (const s of maskKey) add(this.#revealed.maskKey, s.owner, s.share);
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
        const short = shortOfNeighbours(this.#u1, this.#u1, t, this.#live);
        if (short !== null) return this.#abort(`worker ${short.id} has only ${short.count} neighbours that advertised keys, fewer than the threshold t = ${t}`, newlyDropped);
        return this.#next("ShareKeys", this.#u1, newlyDropped, (receiver) => ({
          stage: "ShareKeys", round: this.round, receiver,
          advertisements: this.#live(receiver, this.#u1).map((v) => {
            const ad = this.#advertisements.get(v)!;
            return { sender: v, encryptionPublicKey: ad.encryptionPublicKey, maskPublicKey: ad.maskPublicKey, selfMaskCommitment: ad.selfMaskCommitment, signature: ad.signature };
          }),
        }));
      }
      case "ShareKeys": {
        this.#u2 = live(this.#answered);
        const short = shortOfNeighbours(this.#u2, this.#u2, t, this.#live);
        if (short !== null) return this.#abort(`worker ${short.id} has only ${short.count} neighbours that shared keys, fewer than the threshold t = ${t}`, newlyDropped);
        const next = this.#next("MaskedInput", this.#u2, newlyDropped, (receiver) => ({
          stage: "MaskedInput", round: this.round, receiver,
          shares: this.#live(receiver, this.#u2).map((v) => this.#sharesFor.get(receiver)!.get(v)!),
        }));
        this.#sharesFor.clear(); // relayed: each share is now in its receiver's request, and no later stage reads them
        return next;
      }
      case "MaskedInput": {
        this.#u3 = sortIds(this.#answered); // every accepted vector is in the sum, even if its sender left since
        if (this.#u3.length === 0) return this.#abort("no masked input arrived", newlyDropped);
        const asked = live(this.#u3);
        const problem = unrecoverable(asked, this.#u3, this.#u2, t, this.#live);
        if (problem !== null) return this.#abort(problem, newlyDropped);
        return this.#next("ConsistencyCheck", asked, newlyDropped, (receiver) => ({ stage: "ConsistencyCheck", round: this.round, receiver, survivors: this.#u3 }));
      }
      case "ConsistencyCheck": {
        this.#u4 = live(this.#answered);
        const problem = unrecoverable(this.#u4, this.#u3, this.#u2, t, this.#live);
        if (problem !== null) return this.#abort(problem, newlyDropped);
        const u3 = new Set(this.#u3);
        return this.#next("Unmask", this.#u4, newlyDropped, (receiver) => {
          const paired = this.#live(receiver, this.#u2);
          this.#unmaskAsked.set(receiver, { survivors: paired.filter((v) => u3.has(v)), dropped: paired.filter((v) => !u3.has(v)) });
          // t signatures suffice (the worker needs t): fewer bytes and fewer verifications than all k.
          const signatures: ConsistencySignature[] = this.#live(receiver, this.#u4).slice(0, t)
            .map((signer) => ({ signer, signature: this.#signatures.get(signer)! }));
          return { stage: "Unmask", round: this.round, receiver, survivors: this.#u3, signatures };
        });
      }
      case "Unmask": {
        const u3 = new Set(this.#u3);
        const recovered = recoverAggregate({
          sum: this.#sum, round: this.round, threshold: t, contributors: u3, context: this.context,
          droppedAfterSharing: [...this.#u2].filter((id) => !u3.has(id)),
          neighboursOf: (id) => this.neighboursOf(id), advertisement: (id) => this.#advertisements.get(id)!,
          revealed: this.#revealed,
        });
        if (!recovered.ok) return this.#abort(`Unmask: ${recovered.error.message}`, newlyDropped);
        this.#stage = "Done";
        return { kind: "done", aggregate: { sum: recovered.value, contributors: this.#u3 }, dropped: newlyDropped };
      }
    }
  }

  /** Same as closeStage(): the deadline passed, whoever is still awaited counts as dropped. */
  deadlinePassed(): StageTransition {
    return this.closeStage();
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
