import assert from "node:assert/strict";
import { Writable } from "node:stream";
import { RoundProgress } from "../../bin/federation/progress";
import type { EvalMetrics } from "../../shared/metrics/eval-metrics";
import { configureLogging, getLogger } from "../../shared/log/logger";
import { FakeTerminal, Screen } from "./support/screen";
import { abortedRound, roundRecord } from "./support/round-records";

const mse = (v: number): EvalMetrics => ({ kind: "regression", examples: 102, loss: v, mse: v });

describe("observability/progress bar and log lines on a terminal", () => {
  const log = getLogger("coordinator.secagg");
  afterEach(() => { configureLogging({ level: "error", collapseRepeats: false, repeatHint: "" }); });

  it("log lines land above the bar, whole (long ones wrap); the bar is redrawn in place; the table follows cleanly", () => {
    const screen = new Screen(100);
    const tty = new FakeTerminal(screen);
    configureLogging({ level: "warn", collapseRepeats: true, repeatHint: "in runs/x/run.log" });
    const progress = new RoundProgress(3, "demo boston", true, tty);
    const long = `a worker dropped out ${"and this line is long ".repeat(6)}end`;
    log.warn(long);
    progress.update(roundRecord(1), mse(40));
    for (let i = 0; i < 6; i++) log.warn("worker dropped during secure aggregation", { worker: `w${i}` });
    progress.update(abortedRound(2, "too few"), mse(25));
    log.error("secure aggregation aborted; the model does not change");
    progress.update(roundRecord(3), mse(20));
    progress.stop();
    tty.write("task boston | workers 4\n\nrun   testMse\ncentralised 12.3\n");

    const lines = screen.lines();
    const logged = lines.filter((l) => /^\S+ (warn|error) \[coordinator\.secagg\] /.test(l));
    assert.equal(logged.length, 4, lines.join("\n"));
    // The long line wrapped onto the next rows, uncut.
    const start = lines.findIndex((l) => l.includes("a worker dropped out"));
    const end = lines.findIndex((l, i) => i >= start && l.endsWith(" end"));
    assert.ok(start >= 0 && end > start, lines.join("\n"));
    assert.ok(lines.slice(start, end).every((l) => l.length === 100), "full rows, wrapped at the edge");
    assert.equal(lines.slice(start, end + 1).join("").replace(/^\S+ warn \[coordinator\.secagg\] /, ""), long);
    assert.equal(lines.filter((l) => l.startsWith(`  ... and 4 more "worker dropped during secure aggregation" (all in runs/x/run.log)`)).length, 1);
    const bars = lines.filter((l) => l.includes("demo boston ["));
    assert.equal(bars.length, 1, `one bar, redrawn in place:\n${lines.join("\n")}`);
    assert.match(bars[0]!, /round 3\/3 \| test MSE 20\.00/);
    // Order: the log lines, then the bar, then the table, each on lines of their own.
    const barAt = lines.indexOf(bars[0]!);
    assert.equal(lines.slice(0, barAt).length, 4 + 1 + 1, "four log lines (one wrapped onto a second row) and one summary line above the bar");
    assert.deepEqual(lines.slice(barAt + 1), ["task boston | workers 4", "", "run   testMse", "centralised 12.3"]);
    for (const l of logged) assert.match(l, /^\d\d:\d\d:\d\d\.\d{3} (warn|error) \[coordinator\.secagg\] /, "no bar characters inside a log line");
  });

  it("off a terminal: one plain line per round, no control characters", () => {
    let out = "";
    const pipe = new Writable({ write(chunk: Buffer, _e, done) { out += chunk.toString(); done(); } });
    const progress = new RoundProgress(2, "simulate pima", true, pipe);
    progress.update(roundRecord(1, { extras: { k: 4, t: 3 } }), { kind: "binary", examples: 10, loss: 0.5, accuracy: 0.75, auc: Number.NaN });
    progress.update(abortedRound(2, "round 2 aborted"), null);
    progress.stop();
    assert.equal(out, "simulate pima round 1/2 | test acc 0.750 AUC n/a | k 4 | t 3\nsimulate pima round 2/2 | failures 1 | not applied: round 2 aborted\n");
  });

  it("disabled (--no-progress, --json): nothing at all", () => {
    let out = "";
    const pipe = new Writable({ write(chunk: Buffer, _e, done) { out += chunk.toString(); done(); } });
    const progress = new RoundProgress(2, "x", false, pipe);
    progress.update(roundRecord(1), mse(1));
    progress.stop();
    assert.equal(out, "");
  });
});
