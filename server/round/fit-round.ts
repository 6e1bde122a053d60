import { flatten, type ModelWeights } from "../../shared/tensor/weights";
import type { Protection, Standardisation } from "../../shared/protocol/messages";
import { updateProblem } from "../../shared/protocol/validate-update";
import { getLogger } from "../../shared/log/logger";
import { RequestFailed, type WorkerSession } from "../worker-session";
import type { Failure, FitInstruction, FitResult } from "../strategy/strategy";

const log = getLogger("coordinator.fit");

export interface FitCollection {
  /** Plaintext updates (only when secure aggregation is off). */
  readonly results: FitResult[];
  /** Workers that trained and await the secure-aggregation stages. */
  readonly trained: WorkerSession[];
  readonly failures: Failure[];
}

export function failureFrom(worker: string, err: unknown): Failure {
  if (err instanceof RequestFailed) return { worker, code: err.code, reason: err.message };
  return { worker, code: "INTERNAL", reason: err instanceof Error ? err.message : String(err) };
}

/**
 * Send RoundStart to each sampled worker and collect the replies until the
 * deadline. A worker that errs, times out, disconnects or sends an invalid
 * update becomes a Failure; the others go on.
 */
export async function collectFit(round: number, weights: ModelWeights, instructions: readonly FitInstruction[],
  sessions: ReadonlyMap<string, WorkerSession>, protection: Protection, deadlineMs: number, standardisation: Standardisation | null = null): Promise<FitCollection> {
  const results: FitResult[] = [];
  const trained: WorkerSession[] = [];
  const failures: Failure[] = [];
  await Promise.all(instructions.map(async (ins) => {
    const session = sessions.get(ins.worker);
    if (!session || !session.connected) {
      failures.push({ worker: ins.worker, code: "DISCONNECTED", reason: `worker ${ins.worker} is no longer connected` });
      return;
    }
    try {
      const reply = await session.request(round, { type: "roundStart", weights, train: ins.train, protection, deadlineMs, standardisation }, "trainResult", deadlineMs);
      if (protection.secureAggregation !== "none") {
        if (reply.update.length !== 0) {
          // A worker that sends its plaintext under secure aggregation is misconfigured: drop the update unread.
          failures.push({ worker: ins.worker, code: "INVALID_UPDATE", reason: `worker ${ins.worker} sent a plaintext update in a secure-aggregation round; it was discarded` });
          return;
        }
        trained.push(session);
        return;
      }
      const problem = updateProblem(reply.update, weights);
      if (problem !== null) {
        log.warn("rejected an invalid update", { round, worker: ins.worker, problem });
        session.send(round, { type: "error", code: "INVALID_UPDATE", message: `your update was rejected: ${problem}` });
        failures.push({ worker: ins.worker, code: "INVALID_UPDATE", reason: problem });
        return;
      }
      if (reply.numExamples <= 0) {
        failures.push({ worker: ins.worker, code: "INVALID_UPDATE", reason: `worker ${ins.worker} trained on ${reply.numExamples} examples` });
        return;
      }
      results.push({ worker: ins.worker, update: flatten(reply.update), numExamples: reply.numExamples, metrics: reply.metrics });
    } catch (err) {
      const failure = failureFrom(ins.worker, err);
      log.warn("worker failed this round", { round, worker: ins.worker, code: failure.code, reason: failure.reason });
      failures.push(failure);
    }
  }));
  // Deterministic order whatever the arrival order.
  results.sort((a, b) => (a.worker < b.worker ? -1 : 1));
  trained.sort((a, b) => (a.id < b.id ? -1 : 1));
  return { results, trained, failures };
}
