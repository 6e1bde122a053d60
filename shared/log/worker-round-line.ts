import type { Logger } from "./logger";

/**
 * The one line a worker logs per round it takes part in. The worker's own log is
 * the hospital's, so it may say what only the hospital knows (its loss, its rows):
 * none of it is sent anywhere by logging. Pure formatting; `logWorkerRound` writes it.
 */
export interface WorkerRoundOutcome {
  readonly round: number;
  /**
   * sent: the update (or its masked share) left for the coordinator and the round ended for this worker;
   * dropped: the worker left the round at `stage` (a deadline, a refusal, an injected drop);
   * aborted: the coordinator aborted the round;
   * failed: training or protecting the update failed here.
   */
  readonly outcome: "sent" | "dropped" | "aborted" | "failed";
  /** "none", "secagg+" or "additive". */
  readonly protocol: string;
  /** What was sent: "update" (the default), "feature statistics" (round 0), "evaluation". */
  readonly sent?: string;
  /** "central", "distributed", "local" or null. */
  readonly dp?: string | null;
  readonly examples?: number;
  readonly epochs?: number;
  readonly loss?: number;
  readonly trainSeconds?: number;
  /** From the round's start to the end of this worker's part. */
  readonly totalSeconds?: number;
  /** The last stage reached (training, or a secure-aggregation stage). */
  readonly stage?: string;
  /** Secure-aggregation stages this worker answered. */
  readonly stagesAnswered?: number;
  /** Coordinates clipped or clamped before sending. */
  readonly clipped?: boolean;
  readonly reason?: string;
}

export interface FormattedLine {
  readonly level: "info" | "warn";
  readonly message: string;
  readonly fields: Readonly<Record<string, string | number | boolean>>;
}

function sec(x: number): string {
  return x >= 10 ? x.toFixed(1) : x.toFixed(2);
}

function num(x: number): string {
  return Number.isInteger(x) ? String(x) : Number(x.toPrecision(4)).toString();
}

/** E.g. "round 3: trained 1 epoch on 120 rows in 0.42 s (loss 12.3); update sent masked (secagg+, 3 stages), 0.61 s in all". */
export function formatWorkerRound(o: WorkerRoundOutcome): FormattedLine {
  const parts: string[] = [];
  if (o.trainSeconds !== undefined) {
    const epochs = o.epochs !== undefined ? ` ${o.epochs} epoch${o.epochs === 1 ? "" : "s"}` : "";
    const rows = o.examples !== undefined ? ` on ${o.examples} rows` : "";
    const loss = o.loss !== undefined && Number.isFinite(o.loss) ? ` (loss ${num(o.loss)})` : "";
    parts.push(`trained${epochs}${rows} in ${sec(o.trainSeconds)} s${loss}`);
  }
  const how = o.protocol === "none" ? "in plaintext" : `masked (${o.protocol}${o.stagesAnswered !== undefined ? `, ${o.stagesAnswered} stages` : ""})`;
  const dp = o.dp ? ` with ${o.dp} DP` : "";
  const total = o.totalSeconds !== undefined ? `, ${sec(o.totalSeconds)} s in all` : "";
  const why = o.reason !== undefined && o.reason !== "" ? `: ${o.reason}` : "";
  switch (o.outcome) {
    case "sent": parts.push(`${o.sent ?? "update"} sent ${how}${dp}${o.clipped ? ", clipped" : ""}${total}`); break;
    case "dropped": parts.push(`dropped out${o.stage !== undefined ? ` at ${o.stage}` : ""}${why}`); break;
    case "aborted": parts.push(`the coordinator aborted the round${o.stage !== undefined ? ` at ${o.stage}` : ""}${why}`); break;
    case "failed": parts.push(`failed${o.stage !== undefined ? ` at ${o.stage}` : ""}${why}`); break;
  }
  const fields: Record<string, string | number | boolean> = { round: o.round, outcome: o.outcome, protocol: o.protocol };
  if (o.sent !== undefined && o.sent !== "update") fields.sent = o.sent;
  if (o.dp) fields.dp = o.dp;
  if (o.examples !== undefined) fields.examples = o.examples;
  if (o.epochs !== undefined) fields.epochs = o.epochs;
  if (o.loss !== undefined && Number.isFinite(o.loss)) fields.loss = o.loss;
  if (o.trainSeconds !== undefined) fields.trainSeconds = Number(o.trainSeconds.toFixed(3));
  if (o.totalSeconds !== undefined) fields.totalSeconds = Number(o.totalSeconds.toFixed(3));
  if (o.stage !== undefined) fields.stage = o.stage;
  if (o.stagesAnswered !== undefined) fields.stagesAnswered = o.stagesAnswered;
  if (o.clipped !== undefined) fields.clipped = o.clipped;
  if (o.reason !== undefined) fields.reason = o.reason;
  return { level: o.outcome === "sent" ? "info" : "warn", message: `round ${o.round}: ${parts.join("; ")}`, fields };
}

/** Log the round's line on the worker's logger (info when sent, warn otherwise; or at `level`). */
export function logWorkerRound(log: Logger, o: WorkerRoundOutcome, level?: "info" | "verbose"): void {
  const line = formatWorkerRound(o);
  log.log(level ?? line.level, line.message, line.fields);
}
