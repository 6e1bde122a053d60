import { AdditiveServer } from "../../shared/secagg/additive-server";
import { SecAggPlusServer, type StageTransition } from "../../shared/secagg/secagg-plus-server";
import { DEFAULT_COLLUSION_BOUND, MIN_SECURE_PARTICIPANTS, defaultSecAggParams, paramsProblem, thresholdFor } from "../../shared/secagg/neighbour-graph";
import type { SecAggReply, SecAggRequest } from "../../shared/secagg/messages";
import type { Result } from "../../shared/secagg/errors";
import type { Protection, SecureProtocol } from "../../shared/protocol/messages";
import { chooseScale } from "../../shared/ring/fixed-point";
import { getLogger } from "../../shared/log/logger";
import type { WorkerSession } from "../worker-session";
import type { Failure, WorkerInfo } from "../strategy/strategy";
import type { RingSum, SecureAggregationDriver, SecureRunRequest } from "./secure-aggregation-driver";
import { runSecureStage } from "./secure-stage-runner";

const log = getLogger("coordinator.secagg");

/** Default per-coordinate range of a (weighted) update in the fixed-point ring. */
export const DEFAULT_CLIP_RANGE = 16;

export interface RingDriverOptions {
  readonly protocol: SecureProtocol;
  /** Per-coordinate clamp of a (weighted) update before fixed-point encoding. */
  readonly clipRange: number;
  /** Weight updates by example count; false under DP (each worker counts 1). */
  readonly weighted: boolean;
  /** The run's cap on a worker's example count (never a worker's own claim). */
  readonly maxExamples: number;
  /** Bits of the 31-bit signed range kept free for distributed-DP noise. */
  readonly headroomBits?: number;
  /** How long each stage waits for answers (ms); the round's own deadline may cut it shorter. */
  readonly stageTimeoutMs: number;
  /** SecAgg+ k and t (defaults from shared/secagg/neighbour-graph for n and c). */
  readonly neighbors?: number;
  readonly threshold?: number;
  /** c: colluding workers the threshold tolerates (t > (k + c) / 2). */
  readonly collusionBound?: number;
  /** Expected dropout rate, for the default k. */
  readonly dropoutRate?: number;
  /** Fewest inputs a released sum may hold (distributed DP plans each worker's noise for this many). */
  readonly minContributors?: number;
  /** Most workers a round aggregates: the fixed-point scale is chosen for it (default: the participants of each round). */
  readonly maxParties?: number;
}

/** k for n workers: at most n - 1 (all-to-all), else even (the ring graph's degree). */
export function feasibleNeighbors(k: number, n: number): number {
  if (k >= n - 1) return n - 1;
  return k % 2 === 0 ? k : k + 1 >= n - 1 ? n - 1 : k + 1;
}

/** What both stage machines offer the driver. */
interface ServerMachine {
  readonly params: { readonly neighbors: number; readonly threshold: number; readonly collusionBound: number };
  start(): SecAggRequest[];
  receive(reply: SecAggReply): Result<{ readonly stageComplete: boolean }>;
  markDropped(id: number): boolean;
  closeStage(): StageTransition;
}

/**
 * Drives a secure-aggregation protocol (SecAgg+ or additive) in the ring Z_2^32 with the
 * workers of a round: one stage at a time, each bounded by its deadline and the round's; a
 * worker that times out, disconnects, errs or sends a refused reply is a drop. Returns the
 * ring sum, or an abort; never a single worker's input. Decoding and the integrity checks of
 * what the sum holds belong to the caller, which knows the vector's layout.
 */
export class RingSecureDriver implements SecureAggregationDriver {
  readonly mode: SecureProtocol;

  constructor(private readonly options: RingDriverOptions) {
    this.mode = options.protocol;
    if (!(options.clipRange > 0)) throw new RangeError(`the fixed-point clip range must be positive, got ${options.clipRange}`);
    if (!(Number.isSafeInteger(options.maxExamples) && options.maxExamples >= 1)) throw new RangeError(`the example cap must be a positive integer, got ${options.maxExamples}`);
  }

  get collusionBound(): number { return this.options.collusionBound ?? DEFAULT_COLLUSION_BOUND; }
  get minContributors(): number { return Math.max(MIN_SECURE_PARTICIPANTS, this.options.minContributors ?? MIN_SECURE_PARTICIPANTS); }

  /**
   * Fixed-point parameters for a round. The weight unit is the largest count the sampled
   * workers announced at join, each already capped at the run's cap; a worker's weight is
   * min(count, unit) / unit, so every weighted update stays within the clip range.
   */
  protection(base: Protection, sampled: readonly WorkerInfo[]): Protection {
    const parties = Math.max(1, this.options.maxParties ?? sampled.length);
    const scale = chooseScale({ clipRange: this.options.clipRange, maxParties: parties, headroomBits: this.options.headroomBits ?? 0 });
    const unit = this.options.weighted ? Math.max(1, ...sampled.map((w) => Math.min(w.numExamples, this.options.maxExamples))) : 1;
    return { ...base, secureAggregation: this.mode, clipRange: this.options.clipRange, scale, weighted: this.options.weighted, maxExamples: unit };
  }

  /** The round's k and t for n participants, or why none is acceptable. */
  params(n: number): { neighbors: number; threshold: number } | string {
    if (n < this.minContributors) return `${n} workers, fewer than the ${this.minContributors} a released sum must hold`;
    if (this.mode === "additive") return { neighbors: n - 1, threshold: n };
    const c = this.collusionBound;
    let k: number;
    try {
      k = this.options.neighbors !== undefined ? feasibleNeighbors(this.options.neighbors, n)
        : defaultSecAggParams(n, { collusionBound: c, dropoutRate: Math.min(0.49, Math.max(0.1, this.options.dropoutRate ?? 0.1)) }).neighbors;
    } catch (err) {
      return err instanceof Error ? err.message : String(err);
    }
    const t = Math.max(this.options.threshold ?? 0, thresholdFor(k, c));
    return paramsProblem(n, k, t, c) ?? { neighbors: k, threshold: t };
  }

  async run(req: SecureRunRequest): Promise<RingSum> {
    const { round, purpose, vectorLength, membership, runId } = req;
    const failures: Failure[] = [];
    const byId = new Map<number, WorkerSession>();
    for (const s of req.participants) {
      const id = membership.idOf(s.id);
      if (id === undefined) failures.push({ worker: s.id, code: "NOT_ADMITTED", reason: `worker ${s.id} is not in the federation file` });
      else byId.set(id, s);
    }
    const extras: Record<string, number | string> = {};
    const params = this.params(byId.size);
    if (typeof params === "string") return { kind: "aborted", reason: `round ${round} aborted before secure aggregation: ${params}`, failures, extras, released: false };
    const machine: ServerMachine = this.mode === "secagg+"
      ? new SecAggPlusServer({ round, runId, purpose, participants: [...byId.keys()], vectorLength, ...params, collusionBound: this.collusionBound,
        identityKeys: (id) => membership.keyOf(id) })
      : new AdditiveServer({ round, runId, purpose, participants: [...byId.keys()], vectorLength, identityKeys: (id) => membership.keyOf(id) });
    extras.k = machine.params.neighbors;
    extras.t = machine.params.threshold;
    let requests = machine.start();
    let stage = "AdvertiseKeys";
    let dropped = 0;
    for (;;) {
      const deadline = Math.min(this.options.stageTimeoutMs, req.deadline - Date.now());
      const outcome = await runSecureStage(round, this.mode, requests, byId, deadline, (_id, reply) => {
        const r = machine.receive(reply);
        return r.ok ? null : `${r.error.code}: ${r.error.message}`;
      });
      for (const f of outcome.failed) {
        machine.markDropped(f.id);
        failures.push(f.failure);
        log.warn("worker dropped during secure aggregation", { round, purpose, stage, worker: f.failure.worker, code: f.failure.code });
      }
      req.onStage?.(stage, outcome.seconds);
      const t = machine.closeStage();
      dropped += outcome.failed.length + t.dropped.filter((id) => !outcome.failed.some((f) => f.id === id)).length;
      extras.dropped = dropped;
      if (t.kind === "aborted") {
        // Aborted at the last stage, the masks' secrets (or every partial sum) had reached the coordinator: count it as released.
        const released = stage === (this.mode === "secagg+" ? "Unmask" : "MaskedInput");
        log.warn(`secure aggregation aborted; ${released ? "the sum is not used" : "nothing is released"}`, { round, purpose, protocol: this.mode, reason: t.reason });
        return { kind: "aborted", reason: t.reason, failures, extras, released };
      }
      if (t.kind === "next") {
        if (t.requests.length < this.minContributors) {
          return { kind: "aborted", reason: `round ${round} aborted at ${t.stage}: ${t.requests.length} workers remain, fewer than the ${this.minContributors} a released sum must hold`, failures, extras, released: false };
        }
        requests = [...t.requests];
        stage = t.stage;
        continue;
      }
      const { sum, contributors } = t.aggregate;
      if (contributors.length < this.minContributors) {
        return { kind: "aborted", reason: `round ${round} aborted: ${contributors.length} inputs in the sum, fewer than the ${this.minContributors} required`, failures, extras, released: false };
      }
      return { kind: "sum", sum, contributors: contributors.map((id) => byId.get(id)!.id), failures, extras };
    }
  }
}
