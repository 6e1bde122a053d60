import { isSecAggStage, nextStage } from "../../shared/secagg/stages";
import type { Evaluation } from "../strategy/strategy";
import type { RoundRecord } from "../run-history";
import type {
  BytesEvent, CoordinatorEvents, PrivacyEvent, RefusalEvent, RoundStartedEvent, RunStateEvent, StageFinishedEvent, WorkerJoinedEvent, WorkerLeftEvent,
} from "./coordinator-events";
import type { DashboardSnapshot, RefusalRow, RoundRow, WorkerRow, WorkerStateName } from "./dashboard-snapshot";

/** Bounds, so a run of weeks keeps a small state. */
export const DASHBOARD_LIMITS = { rounds: 200, seriesPoints: 10_000, refusals: 100, leftWorkers: 200 } as const;

/**
 * Fit aggregates left off the page: "examples" is the sum of the contributors' counts, which is one
 * worker's count when one contributed; epsilon has its own column.
 */
const HIDDEN_FIT_METRICS = new Set(["examples", "epsilon"]);

interface MutableWorker {
  name: string; backend: string; state: WorkerStateName; stage: string | null; round: number | null;
  contributed: number; failed: number; lastFailure: string | null; epsilon: number | null; joinedAt: string; leftReason: string | null;
}

function finiteRecord(r: Readonly<Record<string, number>>, hidden: ReadonlySet<string> = new Set()): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [k, v] of Object.entries(r)) if (typeof v === "number" && Number.isFinite(v) && !hidden.has(k)) out[k] = v;
  return out;
}

function evaluation(e: Evaluation | null): Record<string, number> | null {
  return e ? { ...(Number.isFinite(e.loss) ? { loss: e.loss } : {}), ...finiteRecord(e.metrics, new Set(["examples"])) } : null;
}

function pushBounded<T>(list: T[], item: T, bound: number): void {
  list.push(item);
  if (list.length > bound) list.splice(0, list.length - bound);
}

/**
 * The dashboard's view of a run, derived from the coordinator's events: workers and
 * their state (joined, training, a secure-aggregation stage, idle, left), rounds with
 * their timings and metrics, series for the charts, refusals, bytes and privacy.
 */
export class DashboardState implements CoordinatorEvents {
  private seq = 0;
  private run: { runId: string; state: DashboardSnapshot["run"]["state"]; round: number; rounds: number; reason: string | null } =
    { runId: "", state: "waiting", round: 0, rounds: 0, reason: null };
  private readonly workers = new Map<string, MutableWorker>();
  private readonly rounds: RoundRow[] = [];
  private applied = 0;
  private aborted = 0;
  private readonly testSeries = new Map<string, [number, number][]>();
  private readonly epsilonSeries: [number, number][] = [];
  private readonly abortedRounds: number[] = [];
  private readonly refusals: RefusalRow[] = [];
  private readonly refusalCounts = new Map<string, number>();
  private readonly bytesSeen = { in: 0, out: 0 };
  private latestPrivacy: { epsilon: number; delta: number } | null = null;
  private readonly stageSeconds = new Map<number, Record<string, number>>();
  private readonly sampledIn = new Map<number, readonly string[]>();
  private readonly listeners = new Set<() => void>();

  constructor(private readonly now: () => Date = () => new Date()) {}

  /** Called after every change; returns the function that unsubscribes. */
  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => { this.listeners.delete(listener); };
  }

  private changed(): void {
    this.seq++;
    for (const l of [...this.listeners]) l();
  }

  private setState(name: string, state: WorkerStateName, stage: string | null = null, round: number | null = null): void {
    const w = this.workers.get(name);
    if (!w || w.state === "left") return;
    w.state = state;
    w.stage = stage;
    w.round = round;
  }

  workerJoined(e: WorkerJoinedEvent): void {
    const previous = this.workers.get(e.worker);
    this.workers.delete(e.worker);
    this.workers.set(e.worker, {
      name: e.worker, backend: e.backend, state: "joined", stage: null, round: null, contributed: previous?.contributed ?? 0, failed: previous?.failed ?? 0,
      lastFailure: previous?.lastFailure ?? null, epsilon: previous?.epsilon ?? null, joinedAt: this.now().toISOString(), leftReason: null,
    });
    this.changed();
  }

  workerLeft(e: WorkerLeftEvent): void {
    const w = this.workers.get(e.worker);
    if (!w) return;
    w.state = "left";
    w.stage = null;
    w.round = null;
    w.leftReason = e.reason;
    const left = [...this.workers.values()].filter((x) => x.state === "left");
    for (const old of left.slice(0, Math.max(0, left.length - DASHBOARD_LIMITS.leftWorkers))) this.workers.delete(old.name);
    this.changed();
  }

  runState(e: RunStateEvent): void {
    this.run = { runId: e.runId, state: e.state, round: e.round, rounds: e.rounds, reason: e.reason ?? null };
    this.changed();
  }

  roundStarted(e: RoundStartedEvent): void {
    this.run.round = e.round;
    this.sampledIn.set(e.round, [...e.sampled]);
    const sampled = new Set(e.sampled);
    for (const w of this.workers.values()) {
      if (w.state === "left") continue;
      if (sampled.has(w.name)) this.setState(w.name, "training", null, e.round);
      else this.setState(w.name, "idle");
    }
    this.changed();
  }

  stageFinished(e: StageFinishedEvent): void {
    const stages = this.stageSeconds.get(e.round) ?? {};
    stages[e.stage] = (stages[e.stage] ?? 0) + e.seconds;
    this.stageSeconds.set(e.round, stages);
    const next = e.next ?? (isSecAggStage(e.stage) ? nextStage(e.stage) : undefined);
    const inRound = this.sampledIn.get(e.round) ?? [];
    const going = new Set(e.remaining ?? inRound.filter((n) => { const w = this.workers.get(n); return w !== undefined && w.round === e.round; }));
    for (const name of inRound) {
      if (going.has(name) && next !== undefined && isSecAggStage(next)) this.setState(name, "secagg", next, e.round);
      else if (going.has(name) && next === "fit") this.setState(name, "training", null, e.round);
      else this.setState(name, "idle");
    }
    this.changed();
  }

  roundFinished(r: RoundRecord): void {
    const contributors = new Set(r.contributors);
    const failures: Record<string, number> = {};
    for (const f of r.failures) {
      failures[f.code] = (failures[f.code] ?? 0) + 1;
      const w = this.workers.get(f.worker);
      if (w) { w.failed++; w.lastFailure = f.code; }
    }
    for (const name of contributors) { const w = this.workers.get(name); if (w) w.contributed++; }
    for (const name of new Set([...r.sampled, ...(this.sampledIn.get(r.round) ?? [])])) this.setState(name, "idle");
    const eps = r.fitMetrics.epsilon ?? (typeof r.extras.epsilon === "number" ? r.extras.epsilon : undefined) ?? this.latestPrivacy?.epsilon;
    const epsilon = eps !== undefined && Number.isFinite(eps) ? eps : null;
    const extras: Record<string, number | string> = {};
    for (const [k, v] of Object.entries(r.extras)) if (k !== "epsilon" && (typeof v === "string" || Number.isFinite(v))) extras[k] = v;
    const row: RoundRow = {
      round: r.round, applied: r.applied, abortReason: r.abortReason, sampled: r.sampled.length, contributors: r.contributors.length, failures,
      seconds: { fit: r.seconds.fit, aggregate: r.seconds.aggregate, evaluate: r.seconds.evaluate, total: r.seconds.total },
      stages: { ...(this.stageSeconds.get(r.round) ?? {}) }, test: evaluation(r.serverEval), federated: evaluation(r.federatedEval),
      fit: finiteRecord(r.fitMetrics, HIDDEN_FIT_METRICS), epsilon, extras,
    };
    this.stageSeconds.delete(r.round);
    this.sampledIn.delete(r.round);
    pushBounded(this.rounds, row, DASHBOARD_LIMITS.rounds);
    if (r.applied) this.applied++;
    else { this.aborted++; pushBounded(this.abortedRounds, r.round, DASHBOARD_LIMITS.seriesPoints); }
    const test = row.test ?? {};
    const named = Object.keys(test).filter((k) => k !== "loss");
    for (const name of named.length > 0 ? named : Object.keys(test)) {
      const points = this.testSeries.get(name) ?? [];
      pushBounded(points, [r.round, test[name]!], DASHBOARD_LIMITS.seriesPoints);
      this.testSeries.set(name, points);
    }
    if (epsilon !== null) pushBounded(this.epsilonSeries, [r.round, epsilon], DASHBOARD_LIMITS.seriesPoints);
    this.run.round = Math.max(this.run.round, r.round);
    this.changed();
  }

  refusal(e: RefusalEvent): void {
    pushBounded(this.refusals, { at: this.now().toISOString(), code: e.code, worker: e.worker ?? null, reason: e.reason }, DASHBOARD_LIMITS.refusals);
    this.refusalCounts.set(e.code, (this.refusalCounts.get(e.code) ?? 0) + 1);
    this.changed();
  }

  bytes(e: BytesEvent): void {
    if (!Number.isFinite(e.bytes) || e.bytes <= 0) return;
    this.bytesSeen[e.direction] += e.bytes;
    this.changed();
  }

  privacy(e: PrivacyEvent): void {
    if (!Number.isFinite(e.epsilon)) return;
    if (e.worker !== undefined) {
      const w = this.workers.get(e.worker);
      if (w) w.epsilon = e.epsilon;
    } else {
      this.latestPrivacy = { epsilon: e.epsilon, delta: e.delta };
    }
    this.changed();
  }

  snapshot(): DashboardSnapshot {
    const workers: WorkerRow[] = [...this.workers.values()].map((w) => ({ ...w }));
    return {
      seq: this.seq, updatedAt: this.now().toISOString(), run: { ...this.run }, workers,
      connected: workers.filter((w) => w.state !== "left").length,
      rounds: [...this.rounds], roundsApplied: this.applied, roundsAborted: this.aborted,
      series: { test: Object.fromEntries([...this.testSeries].map(([k, v]) => [k, [...v]])), epsilon: [...this.epsilonSeries], aborted: [...this.abortedRounds] },
      refusals: [...this.refusals], refusalCounts: Object.fromEntries(this.refusalCounts), bytes: { ...this.bytesSeen }, privacy: this.latestPrivacy,
    };
  }
}
