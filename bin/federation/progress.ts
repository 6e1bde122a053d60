import { SingleBar, Presets } from "cli-progress";
import type { RoundRecord } from "../../server/run-history";
import type { EvalMetrics } from "../../shared/metrics/eval-metrics";

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

/** A progress bar over rounds on stderr (stdout stays for the table and --json). Silent when stderr is not a terminal and `force` is off. */
export class RoundProgress {
  private readonly bar: SingleBar | null;

  constructor(rounds: number, label: string, enabled: boolean) {
    this.bar = enabled
      ? new SingleBar({ format: `${label} [{bar}] round {value}/{total} | {metric} {extra}`, stream: process.stderr, hideCursor: false, noTTYOutput: true, notTTYSchedule: 0 }, Presets.shades_classic)
      : null;
    this.bar?.start(rounds, 0, { metric: "", extra: "" });
  }

  /** `privacy`: facts the round record does not carry, such as epsilon so far (shown first). */
  update(record: RoundRecord, test: EvalMetrics | null, privacy: Readonly<Record<string, number | string>> = {}): void {
    const extras = Object.entries({ ...privacy, ...record.extras }).map(([k, v]) => `${k} ${typeof v === "number" ? Number(v.toPrecision(4)) : v}`);
    if (record.failures.length > 0) extras.push(`failures ${record.failures.length}`);
    if (!record.applied) extras.push(`not applied: ${record.abortReason ?? ""}`);
    this.bar?.update(record.round, { metric: metricText(test), extra: extras.join(" | ") });
  }

  stop(): void { this.bar?.stop(); }
}
