import type { ByeBody } from "../../shared/protocol/messages";
import { getLogger } from "../../shared/log/logger";

const log = getLogger("cli.worker");

/** Exit codes a supervisor (systemd, a hospital's scheduler) can act on (README, "Exit codes"). */
export const WORKER_EXIT = { ok: 0, usage: 2, unreachable: 3, refused: 4, lost: 5, stoppedEarly: 6, failed: 7 } as const;

/** The exit code of a worker whose connection closed with `reason`, having received `bye` (or none). */
export function exitCodeAfterRun(bye: ByeBody | null, reason: string, stopping: boolean, who = "this worker"): number {
  if (stopping) return WORKER_EXIT.ok;
  if (bye === null) {
    log.error(`the connection to the coordinator was lost before the run ended (${reason})`, { worker: who });
    return WORKER_EXIT.lost;
  }
  if (bye.outcome === "finished") return WORKER_EXIT.ok;
  log.warn(`the run did not finish: ${bye.outcome} after ${bye.roundsCompleted} of ${bye.roundsPlanned} rounds (${bye.reason})`, { worker: who });
  return bye.outcome === "failed" ? WORKER_EXIT.failed : bye.outcome === "restarting" ? WORKER_EXIT.lost : WORKER_EXIT.stoppedEarly;
}
