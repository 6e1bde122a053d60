/** The coordinator's answer to a message a worker sent of its own accord that is not its join. */
import type { Message } from "../shared/protocol/messages";
import { getLogger } from "../shared/log/logger";
import type { WorkerSession } from "./worker-session";

const log = getLogger("coordinator");

/** Log a worker's error or goodbye; refuse anything else with a typed error (WRONG_STAGE once admitted, else NOT_ADMITTED). */
export function answerUnsolicitedMessage(session: WorkerSession, m: Message, admitted: boolean): void {
  if (m.body.type === "error") {
    log.warn(`worker ${session.id} reported an error: ${m.body.message}`, { worker: session.id, code: m.body.code });
    if (m.body.code === "MESSAGE_TOO_LARGE") session.failNewest("MESSAGE_TOO_LARGE", `worker ${session.id} could not accept our message: ${m.body.message}`);
  } else if (m.body.type === "bye") {
    log.info(`worker ${session.id} said goodbye: ${m.body.reason}`, { worker: session.id });
  } else {
    session.replyError(admitted ? "WRONG_STAGE" : "NOT_ADMITTED", admitted ? `a ${m.body.type} message was not expected now` : "answer the challenge with a join message first",
      m.meta.messageId, m.meta.round);
  }
}
