import { MultiBar, Presets, type SingleBar } from "cli-progress";
import type { RoundRecord } from "../../server/run-history";
import type { EvalMetrics } from "../../shared/metrics/eval-metrics";
import { flushTerminal, routeTerminal } from "../../shared/log/logger";

const WRAP_ON = "\x1b[?7h";
const WRAP_OFF = "\x1b[?7l";

/** Where the bar goes: stderr, or a fake terminal in tests. */
export type ProgressStream = NodeJS.WritableStream & { readonly isTTY?: boolean; readonly columns?: number };

function metricText(m: EvalMetrics | null): string {
  if (!m) return "";
  switch (m.kind) {
    case "regression":
      return `test MSE ${m.mse.toFixed(2)}`;
    case "binary":
      return `test acc ${m.accuracy.toFixed(3)} AUC ${Number.isFinite(m.auc) ? m.auc.toFixed(3) : "n/a"}`;
    case "multiclass":
      return `test acc ${m.accuracy.toFixed(3)}`;
  }
}

/**
 * Progress over rounds on stderr (stdout stays for the table and --json).
 *
 * On a terminal: one bar, redrawn in place; while it is up, log lines are printed
 * above it (the logger hands them over), so a log line never garbles the bar.
 * Elsewhere (a pipe, CI): one plain line per round, no control characters.
 */
export class RoundProgress {
  private readonly multi: MultiBar | null = null;
  private readonly bar: SingleBar | null = null;
  private stopped = false;

  constructor(private readonly rounds: number, private readonly label: string, private readonly enabled: boolean,
    private readonly stream: ProgressStream = process.stderr) {
    if (!enabled || stream.isTTY !== true) return;
    const multi = new MultiBar({ format: `${label} [{bar}] round {value}/{total} | {metric} {extra}`, stream, hideCursor: false, clearOnComplete: false },
      Presets.shades_classic);
    this.multi = multi;
    this.bar = multi.create(rounds, 0, { metric: "", extra: "" });
    // The bar turns the terminal's line wrapping off; a log line wraps (it is not cut at the edge), then the bar is redrawn below it.
    routeTerminal((line) => { multi.log(`${WRAP_ON}${line}\n${WRAP_OFF}`); multi.update(); });
    multi.update();
  }

  /** `privacy`: facts the round record does not carry, such as epsilon so far (shown first). */
  update(record: RoundRecord, test: EvalMetrics | null, privacy: Readonly<Record<string, number | string>> = {}): void {
    if (!this.enabled || this.stopped) return;
    const extras = Object.entries({ ...privacy, ...record.extras }).map(([k, v]) => `${k} ${typeof v === "number" ? Number(v.toPrecision(4)) : v}`);
    if (record.failures.length > 0) extras.push(`failures ${record.failures.length}`);
    if (!record.applied) extras.push(`not applied: ${record.abortReason ?? ""}`);
    if (this.multi && this.bar) {
      flushTerminal();
      this.bar.update(record.round, { metric: metricText(test), extra: extras.join(" | ") });
      this.multi.update();
      return;
    }
    const metric = metricText(test);
    this.stream.write(`${this.label} round ${record.round}/${this.rounds}${metric !== "" ? ` | ${metric}` : ""}${extras.length > 0 ? ` | ${extras.join(" | ")}` : ""}\n`);
  }

  stop(): void {
    if (this.stopped) return;
    this.stopped = true;
    if (!this.multi) return;
    flushTerminal();
    this.multi.stop();
    routeTerminal(null);
  }
}
