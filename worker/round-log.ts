import type { Logger } from "../shared/log/logger";
import { logWorkerRound, type WorkerRoundOutcome } from "../shared/log/worker-round-line";

/** What this worker sends in a part of a round. */
export type RoundPart = "update" | "feature statistics" | "evaluation";

/** The facts of the local work, known once it is done. */
export type LocalWork = Pick<WorkerRoundOutcome, "dp" | "examples" | "epochs" | "loss" | "trainSeconds" | "clipped">;

interface Open {
  readonly round: number;
  readonly part: RoundPart;
  readonly protocol: string;
  readonly t0: number;
  work: LocalWork;
  stages: number;
  stage: string | undefined;
}

/** The last stage of each secure-aggregation protocol: answering it is the end of this worker's part. */
const LAST_STAGE: Readonly<Record<string, string>> = { "secagg+": "Unmask", additive: "MaskedInput" };

/** Rounds remembered as having had their line (older rounds never come back). */
const REMEMBERED = 8;

/**
 * The worker's one line per round it takes part in (shared/log/worker-round-line): each part of a
 * round (training and its secure aggregation; round 0's statistics; an evaluation) is followed from
 * its request to its end (the plaintext reply, the protocol's last stage answered, a refusal, an
 * injected drop, or the coordinator going on without it), and the round's first part is logged at
 * info (warn when this worker failed or refused). A second part of the same round (an evaluation
 * after training) is logged at verbose, so a round is one line at the default level.
 */
export class WorkerRoundLog {
  private open: Open | null = null;
  private readonly logged: number[] = [];

  constructor(private readonly log: Logger, private readonly now: () => number = () => performance.now()) {}

  /** A request that starts a part of `round` arrived (a part still open ends as dropped). */
  begin(round: number, part: RoundPart, protocol: string): void {
    this.abandon("the coordinator went on without this worker's part (the round was aborted, or this worker's reply came too late)");
    this.open = { round, part, protocol, t0: this.now(), work: {}, stages: 0, stage: undefined };
  }

  /** The local work of the open part is done. */
  worked(round: number, work: LocalWork): void {
    if (this.open?.round === round) this.open.work = work;
  }

  /** The part's plaintext reply was sent (no secure aggregation follows). */
  sent(round: number): void {
    if (this.open?.round === round && this.open.protocol === "none") this.finish("sent");
  }

  /** A secure-aggregation stage was answered; the protocol's last one ends the part. */
  stageAnswered(round: number, protocol: string, stage: string): void {
    const o = this.open;
    if (o?.round !== round) return;
    o.stages++;
    o.stage = stage;
    if (LAST_STAGE[protocol] === stage) this.finish("sent");
  }

  /**
   * The part ended here: this worker refused or failed (`failed`), or dropped out (`dropped`);
   * `expected` (an injected drop in a simulation) logs it at info rather than warn.
   */
  ended(round: number, outcome: "failed" | "dropped", stage: string, reason: string, expected = false): void {
    const o = this.open;
    if (o?.round !== round) return;
    o.stage = stage;
    this.finish(outcome, reason, expected);
  }

  /**
   * The connection or the run ended, or the next request came: a part still open ends as dropped
   * with this reason, at info (the coordinator's choice, logged as its own warning there: a
   * simulation's virtual workers do not repeat it on the terminal, and a worker service logs info).
   */
  abandon(reason: string): void {
    if (this.open !== null) this.finish("dropped", reason, true);
  }

  private finish(outcome: WorkerRoundOutcome["outcome"], reason?: string, expected = false): void {
    const o = this.open!;
    this.open = null;
    const first = !this.logged.includes(o.round);
    if (first) {
      this.logged.push(o.round);
      if (this.logged.length > REMEMBERED) this.logged.shift();
    }
    const line: WorkerRoundOutcome = {
      round: o.round, outcome, protocol: o.protocol, sent: o.part, ...o.work, totalSeconds: (this.now() - o.t0) / 1000,
      ...(o.stages > 0 ? { stagesAnswered: o.stages } : {}), ...(outcome !== "sent" && o.stage !== undefined ? { stage: o.stage } : {}),
      ...(reason !== undefined ? { reason } : {}),
    };
    logWorkerRound(this.log, line, first ? (expected ? "info" : undefined) : "verbose");
  }
}
