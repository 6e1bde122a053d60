import { getLogger } from "../../shared/log/logger";
import type { RoundRecord } from "../run-history";

const log = getLogger("observability");

/** The run's life: waiting for workers, running rounds, then one of the three ends. */
export type RunState = "waiting" | "running" | "finished" | "stopped" | "failed";

export interface WorkerJoinedEvent {
  readonly worker: string;
  /** The tfjs backend the worker announced ("wasm", "tfjs-node", ...). */
  readonly backend: string;
  /** Where it connected from ("203.0.113.7:51234", "memory:alice"). */
  readonly peer: string;
}
export interface WorkerLeftEvent { readonly worker: string; readonly reason: string }
export interface RunStateEvent {
  readonly state: RunState;
  /** The current round (0 before the first). */
  readonly round: number;
  /** Rounds planned. */
  readonly rounds: number;
  readonly runId: string;
  /** Why the run stopped or failed (optional). */
  readonly reason?: string;
}
export interface RoundStartedEvent { readonly round: number; readonly sampled: readonly string[] }
/**
 * A stage of a round ended. Stages: "stats" (round 0, federated standardisation), "fit", the
 * secure-aggregation stages ("AdvertiseKeys", "ShareKeys", "MaskedInput", "Unmask"), "aggregate",
 * "evaluate". `next` (optional) names the stage that starts now and `remaining` the workers that go
 * on to it, so a dashboard can show who is where.
 */
export interface StageFinishedEvent {
  readonly round: number;
  readonly stage: string;
  readonly seconds: number;
  readonly next?: string;
  readonly remaining?: readonly string[];
}
/** The coordinator refused something: a join, a message, a reply (code: the protocol's error code). */
export interface RefusalEvent { readonly code: string; readonly worker?: string; readonly reason: string }
/** Bytes on the wire: "in" received by the coordinator, "out" sent by it. */
export interface BytesEvent { readonly direction: "in" | "out"; readonly bytes: number; readonly worker?: string }
/** Privacy spent so far (the accountant's epsilon at `delta`); `worker` for a site's own budget as it reported it (its delta may be NaN: unknown). */
export interface PrivacyEvent { readonly epsilon: number; readonly delta: number; readonly worker?: string }

/**
 * What the coordinator tells its observers (metrics, the dashboard, logs). Every
 * call is fire-and-forget: an observer never changes a round, and whatever it
 * receives is what an operator may see; no event carries an update, a worker's
 * example count or its loss (RoundRecord holds aggregates only).
 */
export interface CoordinatorEvents {
  workerJoined(e: WorkerJoinedEvent): void;
  workerLeft(e: WorkerLeftEvent): void;
  runState(e: RunStateEvent): void;
  roundStarted(e: RoundStartedEvent): void;
  stageFinished(e: StageFinishedEvent): void;
  roundFinished(record: RoundRecord): void;
  refusal(e: RefusalEvent): void;
  bytes(e: BytesEvent): void;
  privacy(e: PrivacyEvent): void;
}

/** Observers that ignore everything (the default when nothing watches). */
export function noEvents(): CoordinatorEvents {
  const ignore = (): void => {};
  return { workerJoined: ignore, workerLeft: ignore, runState: ignore, roundStarted: ignore, stageFinished: ignore, roundFinished: ignore,
    refusal: ignore, bytes: ignore, privacy: ignore };
}

/**
 * One observer that hands each event to every target, in order. A target that
 * throws is logged (once per target and event) and skipped: an observer's bug
 * never reaches a round.
 */
export function combineEvents(...targets: readonly CoordinatorEvents[]): CoordinatorEvents {
  const reported = new Set<string>();
  const each = (event: keyof CoordinatorEvents, call: (t: CoordinatorEvents) => void): void => {
    targets.forEach((t, i) => {
      try {
        call(t);
      } catch (err) {
        const key = `${i}:${event}`;
        if (!reported.has(key)) {
          reported.add(key);
          log.error("an observer failed; it is skipped for this event (reported once)", { observer: i, event, error: err instanceof Error ? err.message : String(err) });
        }
      }
    });
  };
  return {
    workerJoined: (e) => each("workerJoined", (t) => t.workerJoined(e)),
    workerLeft: (e) => each("workerLeft", (t) => t.workerLeft(e)),
    runState: (e) => each("runState", (t) => t.runState(e)),
    roundStarted: (e) => each("roundStarted", (t) => t.roundStarted(e)),
    stageFinished: (e) => each("stageFinished", (t) => t.stageFinished(e)),
    roundFinished: (r) => each("roundFinished", (t) => t.roundFinished(r)),
    refusal: (e) => each("refusal", (t) => t.refusal(e)),
    bytes: (e) => each("bytes", (t) => t.bytes(e)),
    privacy: (e) => each("privacy", (t) => t.privacy(e)),
  };
}
