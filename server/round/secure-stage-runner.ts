import type { SecAggReply, SecAggRequest } from "../../shared/secagg/messages";
import type { RosterEntry, SecureProtocol } from "../../shared/protocol/messages";
import { RequestFailed, type WorkerSession } from "../worker-session";
import type { Failure } from "../strategy/strategy";

export interface StageOutcome {
  /** Replies in arrival order, with the worker id they came from. */
  readonly replies: { readonly id: number; readonly reply: SecAggReply }[];
  /** Workers that did not answer (timeout, disconnect, error reply), with why. */
  readonly failed: { readonly id: number; readonly failure: Failure }[];
}

/**
 * Send one stage's requests to their workers and wait for the replies, each
 * bounded by the stage deadline. Each reply is handed to `onReply` as it arrives
 * (so a stage machine can add masked vectors into its running sum without
 * keeping them); a reply for another stage is a failure of that worker.
 */
export async function runSecureStage(round: number, protocol: SecureProtocol, requests: readonly SecAggRequest[],
  byId: ReadonlyMap<number, WorkerSession>, rosterFor: (receiver: number) => readonly RosterEntry[], deadlineMs: number,
  onReply: (id: number, reply: SecAggReply) => string | null): Promise<StageOutcome> {
  const replies: { id: number; reply: SecAggReply }[] = [];
  const failed: { id: number; failure: Failure }[] = [];
  await Promise.all(requests.map(async (request) => {
    const session = byId.get(request.receiver)!;
    try {
      const body = await session.request(round, { type: "secaggRequest", protocol, request, roster: request.stage === "AdvertiseKeys" ? rosterFor(request.receiver) : [] }, "secaggReply", deadlineMs);
      const problem = body.protocol !== protocol || body.reply.stage !== request.stage || body.reply.sender !== request.receiver
        ? `worker ${session.id} answered a ${protocol} ${request.stage} request with a ${body.protocol} ${body.reply.stage} reply from id ${body.reply.sender}`
        : onReply(request.receiver, body.reply);
      if (problem !== null) {
        session.send(round, { type: "error", code: "SECAGG_REFUSED", message: `your ${request.stage} reply was refused: ${problem}` });
        failed.push({ id: request.receiver, failure: { worker: session.id, code: "SECAGG_REFUSED", reason: problem } });
        return;
      }
      replies.push({ id: request.receiver, reply: body.reply });
    } catch (err) {
      const failure: Failure = err instanceof RequestFailed
        ? { worker: session.id, code: err.code, reason: err.message }
        : { worker: session.id, code: "INTERNAL", reason: err instanceof Error ? err.message : String(err) };
      failed.push({ id: request.receiver, failure });
    }
  }));
  return { replies, failed };
}
