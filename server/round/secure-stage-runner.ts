import type { SecAggReply, SecAggRequest } from "../../shared/secagg/messages";
import type { SecureProtocol } from "../../shared/protocol/messages";
import { RequestFailed, type WorkerSession } from "../worker-session";
import type { Failure } from "../strategy/strategy";
import { getLogger } from "../../shared/log/logger";

const log = getLogger("coordinator.secagg");

export interface StageOutcome {
  /** Workers that did not answer (timeout, disconnect, error reply, refused reply), with why. */
  readonly failed: { readonly id: number; readonly failure: Failure }[];
  readonly seconds: number;
}

/**
 * Send one stage's requests to their workers and wait for the replies, each bounded by the
 * stage deadline. Each reply is handed to `onReply` as it arrives (so a stage machine can add
 * masked vectors into its running sum without keeping them); a reply for another stage, or
 * one the machine refuses, is a failure of that worker, told with a typed error.
 */
export async function runSecureStage(round: number, protocol: SecureProtocol, requests: readonly SecAggRequest[],
  byId: ReadonlyMap<number, WorkerSession>, deadlineMs: number, onReply: (id: number, reply: SecAggReply) => string | null): Promise<StageOutcome> {
  const t0 = performance.now();
  const failed: { id: number; failure: Failure }[] = [];
  log.debug(`round ${round}: ${protocol} ${requests[0]?.stage ?? "(empty)"} stage sent to ${requests.length} workers`, { round, stage: requests[0]?.stage });
  await Promise.all(requests.map(async (request) => {
    const session = byId.get(request.receiver)!;
    try {
      const { reply: body, replyId } = await session.exchange(round, { type: "secaggRequest", protocol, request }, "secaggReply", deadlineMs);
      const problem = body.protocol !== protocol || body.reply.stage !== request.stage || body.reply.sender !== request.receiver
        ? `worker ${session.id} answered a ${protocol} ${request.stage} request with a ${body.protocol} ${body.reply.stage} reply from id ${body.reply.sender}`
        : onReply(request.receiver, body.reply);
      if (problem !== null) {
        session.replyError("SECAGG_REFUSED", `your ${request.stage} reply was refused: ${problem}`, replyId, round);
        failed.push({ id: request.receiver, failure: { worker: session.id, code: "SECAGG_REFUSED", reason: problem } });
      }
    } catch (err) {
      const failure: Failure = err instanceof RequestFailed
        ? { worker: session.id, code: err.code, reason: err.message }
        : { worker: session.id, code: "INTERNAL", reason: err instanceof Error ? err.message : String(err) };
      failed.push({ id: request.receiver, failure });
    }
  }));
  return { failed, seconds: (performance.now() - t0) / 1000 };
}
