import { l2Norm } from "../../shared/dp/clip";
import { flatten, type ModelWeights } from "../../shared/tensor/weights";
import type { Protection, Standardisation } from "../../shared/protocol/messages";
import { updateProblem } from "../../shared/protocol/validate-update";
import { getLogger } from "../../shared/log/logger";
import { RequestFailed, type WorkerSession } from "../worker-session";
import type { Failure, FitInstruction, FitResult, WorkerInfo } from "../strategy/strategy";

const log = getLogger("coordinator.fit");

export interface FitCollection {
  /** Plaintext updates (only when secure aggregation is off). */
  readonly results: FitResult[];
  /** Workers that trained and await the secure-aggregation stages. */
  readonly trained: WorkerSession[];
  readonly failures: Failure[];
  /** Each worker's own privacy accounting, as it reported it. */
  readonly privacy: Readonly<Record<string, number>>;
  /** The delta each worker's reported epsilon holds at. */
  readonly privacyDelta: Readonly<Record<string, number>>;
}

export function failureFrom(worker: string, err: unknown): Failure {
  if (err instanceof RequestFailed) return { worker, code: err.code, reason: err.message };
  return { worker, code: "INTERNAL", reason: err instanceof Error ? err.message : String(err) };
}

/** Relative slack on the norm bound: a worker's float32 clip may land a hair above C. */
const NORM_SLACK = 1e-5;

/**
 * The largest L2 norm an honest plaintext update can have: the clip C, plus under local DP
 * the Gaussian noise it carries, whose norm is sigma * sqrt(d) give or take a few sigma
 * (the chi distribution): C + sigma (sqrt(d) + 8) is exceeded with negligible probability.
 */
export function plaintextNormBound(protection: Protection, dimension: number): number {
  const noise = protection.dpMode === "local" ? protection.noiseStd * (Math.sqrt(dimension) + 8) : 0;
  return (protection.clipNorm + noise) * (1 + NORM_SLACK);
}

/**
 * Send RoundStart to each sampled worker and collect the replies until the deadline. A
 * worker that errs, times out, disconnects or sends an invalid update becomes a Failure; the
 * others go on. A plaintext update must have the model's tensors in order, finite values, and
 * an L2 norm within the run's bound C (protection.clipNorm): a larger one is refused, not
 * clipped, so the result is exactly what the others give. Its weight is the smallest of the
 * count it reports, the count it announced at join and the run's cap.
 */
export async function collectFit(round: number, weights: ModelWeights, instructions: readonly FitInstruction[],
  sessions: ReadonlyMap<string, WorkerSession>, infos: ReadonlyMap<string, WorkerInfo>, protection: Protection, deadlineMs: number,
  standardisation: Standardisation | null = null, maxExamples = Number.MAX_SAFE_INTEGER): Promise<FitCollection> {
  const results: FitResult[] = [];
  log.debug(`round ${round}: training requested from ${instructions.length} workers`, { round, workers: instructions.length });
  const trained: WorkerSession[] = [];
  const failures: Failure[] = [];
  const privacy: Record<string, number> = {};
  const privacyDelta: Record<string, number> = {};
  await Promise.all(instructions.map(async (ins) => {
    const session = sessions.get(ins.worker);
    if (!session || !session.connected) {
      failures.push({ worker: ins.worker, code: "DISCONNECTED", reason: `worker ${ins.worker} is no longer connected` });
      return;
    }
    const refuse = (problem: string, replyId: number): void => {
      log.warn(`rejected the update of ${ins.worker}: ${problem}`, { round, worker: ins.worker });
      session.replyError("INVALID_UPDATE", `your update was rejected: ${problem}`, replyId, round);
      failures.push({ worker: ins.worker, code: "INVALID_UPDATE", reason: problem });
    };
    try {
      const { reply, replyId } = await session.exchange(round, { type: "roundStart", weights, train: ins.train, protection, deadlineMs, standardisation }, "trainResult", deadlineMs);
      if (reply.privacy) { privacy[ins.worker] = reply.privacy.epsilon; privacyDelta[ins.worker] = reply.privacy.delta; }
      if (protection.secureAggregation !== "none") {
        // A worker that sends its plaintext under secure aggregation is misconfigured: the update is dropped unread.
        if (reply.update.length !== 0) refuse("a plaintext update in a secure-aggregation round; it was discarded unread", replyId);
        else trained.push(session);
        return;
      }
      const problem = updateProblem(reply.update, weights);
      if (problem !== null) return refuse(problem, replyId);
      const update = flatten(reply.update);
      const norm = l2Norm(update);
      const bound = plaintextNormBound(protection, update.length);
      if (protection.clipNorm > 0 && norm > bound) {
        return refuse(`its L2 norm is ${norm.toPrecision(4)}, above this run's bound of ${bound.toPrecision(4)} (clip norm ${protection.clipNorm}; clip the update before sending it)`, replyId);
      }
      const announced = infos.get(ins.worker)?.numExamples ?? 0;
      const numExamples = Math.min(reply.numExamples, announced, maxExamples);
      if (numExamples < 1) return refuse(`it was trained on ${reply.numExamples} examples (announced at join: ${announced}); at least 1 is needed`, replyId);
      results.push({ worker: ins.worker, update, numExamples, metrics: reply.metrics });
    } catch (err) {
      const failure = failureFrom(ins.worker, err);
      log.warn(`worker ${ins.worker} failed round ${round}: ${failure.reason}`, { round, worker: ins.worker, code: failure.code });
      failures.push(failure);
    }
  }));
  // Deterministic order whatever the arrival order.
  results.sort((a, b) => (a.worker < b.worker ? -1 : 1));
  trained.sort((a, b) => (a.id < b.id ? -1 : 1));
  return { results, trained, failures, privacy, privacyDelta };
}
