import type { ModelWeights } from "../../shared/tensor/weights";
import type { Standardisation } from "../../shared/protocol/messages";
import type { WorkerSession } from "../worker-session";
import type { EvaluateResult, Failure } from "../strategy/strategy";
import { failureFrom } from "./fit-round";

/** Ask each chosen worker to evaluate the global model on its local data. */
export async function collectEvaluate(round: number, weights: ModelWeights, workers: readonly string[],
  sessions: ReadonlyMap<string, WorkerSession>, timeoutMs: number, standardisation: Standardisation | null = null): Promise<{ results: EvaluateResult[]; failures: Failure[] }> {
  const results: EvaluateResult[] = [];
  const failures: Failure[] = [];
  await Promise.all(workers.map(async (id) => {
    const session = sessions.get(id);
    if (!session || !session.connected) {
      failures.push({ worker: id, code: "DISCONNECTED", reason: `worker ${id} is no longer connected` });
      return;
    }
    try {
      const r = await session.request(round, { type: "evaluateRequest", weights, standardisation }, "evaluateResult", timeoutMs);
      results.push({ worker: id, numExamples: r.numExamples, loss: r.loss, metrics: r.metrics });
    } catch (err) {
      failures.push(failureFrom(id, err));
    }
  }));
  results.sort((a, b) => (a.worker < b.worker ? -1 : 1));
  return { results, failures };
}
