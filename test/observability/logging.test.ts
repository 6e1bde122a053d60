import assert from "node:assert/strict";
import { formatJsonLine, formatTextLine } from "../../shared/log/line-format";
import { configureLogging, flushTerminal, getLogger, routeTerminal } from "../../shared/log/logger";
import { levelPasses, mostVerbose } from "../../shared/log/log-levels";
import { RepeatCollapser } from "../../shared/log/repeat-collapser";

const TS = "2026-03-04T05:06:07.089Z";

describe("observability/log lines", () => {
  it("text: clock time, level, module, message, then the fields as JSON; the notable flag is not printed", () => {
    const entry = { level: "warn", message: "round done", timestamp: TS, module: "coordinator", round: 3, applied: false, notable: true };
    assert.equal(formatTextLine(entry, "clock"), `05:06:07.089 warn [coordinator] round done {"round":3,"applied":false}`);
    assert.equal(formatTextLine(entry, "iso"), `${TS} warn [coordinator] round done {"round":3,"applied":false}`);
    assert.equal(formatTextLine({ level: "info", message: "plain", timestamp: TS }, "clock"), "05:06:07.089 info [conclave] plain");
  });

  it("json: one object per line a collector can parse, whatever the fields hold", () => {
    const line = formatJsonLine({ level: "error", message: "request failed", timestamp: TS, module: "worker.a", error: new Error("boom"), big: 12n,
      bytes: new Uint8Array(5), ratio: Number.NaN, nested: { ok: true } });
    assert.ok(!line.includes("\n"));
    assert.deepEqual(JSON.parse(line), { timestamp: TS, level: "error", module: "worker.a", message: "request failed", error: { name: "Error", message: "boom" },
      big: "12", bytes: "[5 bytes]", ratio: "NaN", nested: { ok: true } });
    const circular: Record<string, unknown> = {};
    circular.self = circular;
    assert.doesNotThrow(() => JSON.parse(formatJsonLine({ level: "info", message: "x", timestamp: TS, circular })));
  });

  it("levels: a threshold lets through what is at least as severe", () => {
    assert.ok(levelPasses("error", "warn") && levelPasses("warn", "warn") && !levelPasses("info", "warn") && levelPasses("debug", "debug"));
    assert.ok(!levelPasses("nonsense", "debug"));
    assert.equal(mostVerbose("warn", "info", "error"), "info");
    assert.equal(mostVerbose("error"), "error");
  });
});

describe("observability/repeat-collapser", () => {
  it("shows the first lines of a burst and sums up the rest when another message comes or on flush", () => {
    const out: string[] = [];
    const c = new RepeatCollapser((l) => out.push(l), 2, "in run.log");
    for (let i = 0; i < 5; i++) c.push("warn|secagg|dropped", "worker dropped", `dropped ${i}`);
    c.push("error|x|boom", "boom", "boom line");
    c.push("warn|secagg|dropped", "worker dropped", "dropped again");
    c.flush();
    c.flush();
    assert.deepEqual(out, ["dropped 0", "dropped 1", `  ... and 3 more "worker dropped" (all in run.log)`, "boom line", "dropped again"]);
  });
});

describe("observability/logger outputs", () => {
  const terminal: string[] = [];
  const file: string[] = [];
  const log = getLogger("test.logger");
  beforeEach(() => {
    terminal.length = 0;
    file.length = 0;
    routeTerminal((l) => terminal.push(l));
  });
  afterEach(() => {
    routeTerminal(null);
    configureLogging({ level: "error", format: "text", file: null, collapseRepeats: false, repeatHint: "" });
  });

  it("the terminal gets its level and the notable info lines; the file gets everything at its own level", () => {
    configureLogging({ level: "warn", file: { level: "debug", write: (l) => file.push(l) } });
    log.info("worker joined", { worker: "alice" });
    log.info("dashboard: http://127.0.0.1:1/", { notable: true });
    log.warn("round not applied", { round: 2 });
    log.debug("trained", { loss: 1.5 });
    assert.deepEqual(terminal.map((l) => l.replace(/^\S+ /, "")), ["info [test.logger] dashboard: http://127.0.0.1:1/", `warn [test.logger] round not applied {"round":2}`]);
    assert.deepEqual(file.map((l) => l.replace(/^\S+ /, "")), [`info [test.logger] worker joined {"worker":"alice"}`, "info [test.logger] dashboard: http://127.0.0.1:1/",
      `warn [test.logger] round not applied {"round":2}`, `debug [test.logger] trained {"loss":1.5}`]);
    assert.match(file[0]!, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z /, "the file has whole timestamps");
    assert.match(terminal[0]!, /^\d\d:\d\d:\d\d\.\d{3} /, "the terminal has the time of day");
  });

  it("--log-format json makes every line a JSON object; at level error even notable lines stay off the terminal", () => {
    configureLogging({ level: "error", format: "json", file: { level: "info", write: (l) => file.push(l) } });
    log.info("dashboard: x", { notable: true });
    log.error("boom", { code: "E1" });
    assert.equal(terminal.length, 1);
    const parsed: unknown = JSON.parse(terminal[0]!);
    assert.ok(typeof parsed === "object" && parsed !== null);
    assert.equal(Reflect.get(parsed, "message"), "boom");
    assert.equal(Reflect.get(parsed, "code"), "E1");
    assert.equal(Reflect.get(parsed, "module"), "test.logger");
    assert.equal(file.length, 2);
    for (const l of file) assert.doesNotThrow(() => JSON.parse(l));
  });

  it("collapses bursts on the terminal only; the file keeps every line", () => {
    configureLogging({ level: "warn", collapseRepeats: true, repeatHint: "in the log file", file: { level: "info", write: (l) => file.push(l) } });
    for (let i = 0; i < 40; i++) log.warn("worker dropped during secure aggregation", { worker: `w${i}` });
    log.warn("secure aggregation aborted");
    flushTerminal();
    assert.equal(terminal.length, 4);
    assert.equal(terminal[2], `  ... and 38 more "worker dropped during secure aggregation" (all in the log file)`);
    assert.match(terminal[3]!, /secure aggregation aborted$/);
    assert.equal(file.length, 41);
  });
});
