import { randomBytes as nodeRandomBytes } from "node:crypto";
import { AdditiveServer } from "../../shared/secagg/additive-server";
import { SecAggPlusServer, type StageTransition } from "../../shared/secagg/secagg-plus-server";
import { defaultSecAggParams, paramsProblem } from "../../shared/secagg/neighbour-graph";
import type { SecAggReply, SecAggRequest } from "../../shared/secagg/messages";
import type { Result } from "../../shared/secagg/errors";
import type { Protection, RosterEntry, SecureProtocol } from "../../shared/protocol/messages";
import { chooseScale, decodeSum } from "../../shared/ring/fixed-point";
import { getLogger } from "../../shared/log/logger";
import type { WorkerSession } from "../worker-session";
import type { Failure, WorkerInfo } from "../strategy/strategy";
import type { SecureAggregationDriver, SecureSumResult } from "./secure-aggregation-driver";
import { runSecureStage } from "./secure-stage-runner";

const log = getLogger("coordinator.secagg");

/** Default per-coordinate range of a (weighted) update in the fixed-point ring when no DP clip bounds it. */
export const DEFAULT_CLIP_RANGE = 16;

export interface RingDriverOptions {
  readonly protocol: SecureProtocol;
  /** Per-coordinate clamp of a (weighted) update before fixed-point encoding. */
  readonly clipRange: number;
  /** Weight updates by example count; false under DP (each worker counts 1). */
  readonly weighted: boolean;
  /** Bits of the 31-bit signed range kept free for distributed-DP noise. */
  readonly headroomBits?: number;
  /** How long each stage waits for answers (ms). */
  readonly stageTimeoutMs: number;
  /** SecAgg+ k and t (defaults from Bell et al., see shared/secagg/neighbour-graph). */
  readonly neighbors?: number;
  readonly threshold?: number;
  /** Expected dropout rate, for the default k (Bell et al.-style bound in shared/secagg/neighbour-graph). */
  readonly dropoutRate?: number;
  /**
   * Fewest inputs a released sum may hold (distributed DP plans each worker's noise for this many).
   * Checked before the protocol starts and when key advertisement closes, so that a round that would
   * fall short aborts before any masked input exists, and again on the result.
   */
  readonly minContributors?: number;
}

/** k for n workers: at most n - 1 (all-to-all), else even (the ring graph's degree). */
export function feasibleNeighbors(k: number, n: number): number {
  if (k >= n - 1) return n - 1;
  return k % 2 === 0 ? k : k + 1 >= n - 1 ? n - 1 : k + 1;
}

/** What both stage machines offer the driver. */
interface ServerMachine {
  readonly params: { readonly neighbors: number; readonly threshold: number };
  start(): SecAggRequest[];
  receive(reply: SecAggReply): Result<{ readonly stageComplete: boolean }>;
  markDropped(id: number): boolean;
  closeStage(): StageTransition;
}

/**
 * Drives a secure-aggregation protocol (SecAgg+ or additive) in the ring Z_2^32
 * with the workers that trained: one stage at a time, each bounded by a
 * deadline; a worker that times out, disconnects, errs or sends a refused reply
 * is a drop. Returns the decoded sum, or an abort; never a single worker's input.
 *
 * Vector layout (see worker/secure/protect-update): d fixed-point words of
 * weight * update, then the integer weight, so example counts are summed
 * securely too.
 */
export class RingSecureDriver implements SecureAggregationDriver {
  readonly mode: SecureProtocol;

  constructor(private readonly options: RingDriverOptions) {
    this.mode = options.protocol;
    if (!(options.clipRange > 0)) throw new RangeError(`the fixed-point clip range must be positive, got ${options.clipRange}`);
  }

  /**
   * Fixed-point parameters for this round. Weights are count / maxExamples with
   * maxExamples the largest count the sampled workers announced at join, so every
   * weighted update stays within the clip range; counts are capped at it.
   */
  protection(base: Protection, sampled: readonly WorkerInfo[]): Protection {
    const scale = chooseScale({ clipRange: this.options.clipRange, maxParties: Math.max(1, sampled.length), headroomBits: this.options.headroomBits ?? 0 });
    const maxExamples = this.options.weighted ? Math.max(1, ...sampled.map((w) => w.numExamples)) : 1;
    return { ...base, secureAggregation: this.mode, clipRange: this.options.clipRange, scale, weighted: this.options.weighted, maxExamples };
  }

  async run(round: number, participants: readonly WorkerSession[], modelLength: number, protection: Protection): Promise<SecureSumResult> {
    const failures: Failure[] = [];
    const eligible = participants.filter((s) => {
      if (s.identityKey.byteLength === 32) return true;
      failures.push({ worker: s.id, code: "SECAGG_REFUSED", reason: `worker ${s.id} joined without an identity key, so it cannot take part in ${this.mode}` });
      return false;
    });
    const byId = new Map(eligible.map((s, i) => [i + 1, s] as const));
    const roster: RosterEntry[] = [...byId].map(([id, s]) => ({ id, identityKey: s.identityKey }));
    const extras: Record<string, number | string> = {};
    const minContributors = Math.max(2, this.options.minContributors ?? 2);
    if (eligible.length < minContributors) {
      return { kind: "aborted", reason: `round ${round} aborted before secure aggregation: ${eligible.length} eligible workers trained, fewer than the ${minContributors} a released sum must hold`, failures, extras };
    }
    if (eligible.length < 2) return { kind: "aborted", reason: `round ${round} aborted: secure aggregation needs at least 2 workers, ${eligible.length} trained`, failures, extras };
    const config = { round, participants: [...byId.keys()], vectorLength: modelLength + 1, graphSeed: new Uint8Array(nodeRandomBytes(32)) };
    const n = eligible.length;
    const k = this.options.neighbors !== undefined ? feasibleNeighbors(this.options.neighbors, n)
      : defaultSecAggParams(n, { dropoutRate: Math.min(0.49, Math.max(0.1, this.options.dropoutRate ?? 0.1)) }).neighbors; // plan for at least 10% dropout
    const t = this.options.threshold ?? Math.floor(k / 2) + 1;
    const problem = this.mode === "secagg+" ? paramsProblem(n, k, t) : null;
    if (problem !== null) return { kind: "aborted", reason: `round ${round} aborted: SecAgg+ parameters refused: ${problem}`, failures, extras };
    const machine: ServerMachine = this.mode === "secagg+"
      ? new SecAggPlusServer({ ...config, identityKeys: new Map(roster.map((e) => [e.id, e.identityKey] as const)), neighbors: k, threshold: t })
      : new AdditiveServer(config);
    extras.k = machine.params.neighbors;
    extras.t = machine.params.threshold;
    // Each worker gets the identity keys it verifies: its neighbours' (SecAgg+) or everyone's (additive), not the whole roster.
    const byIdKey = new Map(roster.map((e) => [e.id, e] as const));
    const rosterFor = (receiver: number): RosterEntry[] => {
      const peers = machine instanceof SecAggPlusServer ? machine.neighboursOf(receiver) : [...byIdKey.keys()].filter((id) => id !== receiver);
      return peers.map((id) => byIdKey.get(id)!);
    };
    let requests = machine.start();
    let stage = "AdvertiseKeys";
    let dropped = 0;
    for (;;) {
      const outcome = await runSecureStage(round, this.mode, requests, byId, rosterFor, this.options.stageTimeoutMs, (_id, reply) => {
        const r = machine.receive(reply);
        return r.ok ? null : `${r.error.code}: ${r.error.message}`;
      });
      for (const f of outcome.failed) {
        machine.markDropped(f.id);
        failures.push(f.failure);
        log.warn("worker dropped during secure aggregation", { round, stage, worker: f.failure.worker, code: f.failure.code });
      }
      const t = machine.closeStage();
      // Workers that failed (error, disconnect, refused reply) were marked dropped above; closeStage adds the silent ones.
      dropped += outcome.failed.length + t.dropped.filter((id) => !outcome.failed.some((f) => f.id === id)).length;
      extras.dropped = dropped;
      if (t.kind === "aborted") {
        log.warn("secure aggregation aborted; the model does not change", { round, protocol: this.mode, reason: t.reason });
        return { kind: "aborted", reason: t.reason, failures, extras };
      }
      if (t.kind === "next") {
        if (t.requests.length < minContributors) {
          return { kind: "aborted", reason: `round ${round} aborted at ${t.stage}: ${t.requests.length} workers remain, fewer than the ${minContributors} a released sum must hold`, failures, extras };
        }
        requests = [...t.requests];
        stage = t.stage;
        continue;
      }
      const { sum, contributors } = t.aggregate;
      const count = sum[modelLength]!;
      // Checked before anything is decoded: a short or malformed sum is not released.
      if (contributors.length < minContributors) {
        return { kind: "aborted", reason: `round ${round} aborted: ${contributors.length} inputs in the sum, fewer than the ${minContributors} required`, failures, extras };
      }
      if (!protection.weighted && count !== contributors.length) {
        return { kind: "aborted", reason: `round ${round} aborted: the securely summed count is ${count} but ${contributors.length} workers contributed; an input was malformed`, failures, extras };
      }
      const weightedSum = decodeSum(sum.subarray(0, modelLength), protection.scale);
      const totalWeight = protection.weighted ? count / protection.maxExamples : count;
      return { kind: "sum", weightedSum, totalWeight, contributors: contributors.map((id) => byId.get(id)!.id), failures, extras };
    }
  }
}
