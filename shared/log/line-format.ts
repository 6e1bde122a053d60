/**
 * How one log entry becomes one line: text for a person (time, level, module,
 * message, then the fields as JSON) or a JSON object for a log collector
 * (timestamp, level, module, message, then the fields). Pure.
 */
export interface LogEntry {
  readonly level: string;
  readonly message: unknown;
  readonly timestamp?: unknown;
  readonly module?: unknown;
  readonly [field: string]: unknown;
}

export type LogFormat = "text" | "json";
export const LOG_FORMATS: readonly LogFormat[] = ["text", "json"];

/** Fields that steer where a line goes and are not part of it. */
const CONTROL_FIELDS = new Set(["notable"]);

/** JSON for anything a log call may carry: errors as their message, bigints as strings, typed arrays as their length. */
function replacer(_key: string, value: unknown): unknown {
  if (typeof value === "bigint") return value.toString();
  if (value instanceof Error) return { name: value.name, message: value.message };
  if (ArrayBuffer.isView(value)) return `[${value.byteLength} bytes]`;
  if (typeof value === "number" && !Number.isFinite(value)) return String(value);
  return value;
}

function stringify(value: unknown): string {
  try {
    return JSON.stringify(value, replacer) ?? "null";
  } catch {
    return JSON.stringify(String(value));
  }
}

function fieldsOf(entry: LogEntry): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(entry)) {
    if (k === "level" || k === "message" || k === "timestamp" || k === "module" || CONTROL_FIELDS.has(k)) continue;
    out[k] = v;
  }
  return out;
}

function text(value: unknown): string {
  return typeof value === "string" ? value : stringify(value);
}

/** `07:28:58.392 info [coordinator] round done {"round":1}`; `time: "iso"` prints the whole timestamp (log files). */
export function formatTextLine(entry: LogEntry, time: "clock" | "iso"): string {
  const ts = typeof entry.timestamp === "string" ? entry.timestamp : new Date().toISOString();
  const shown = time === "clock" && /T\d\d:\d\d:\d\d\.\d{3}/.test(ts) ? ts.slice(11, 23) : ts;
  const fields = fieldsOf(entry);
  const extra = Object.keys(fields).length > 0 ? ` ${stringify(fields)}` : "";
  return `${shown} ${entry.level} [${text(entry.module ?? "conclave")}] ${text(entry.message)}${extra}`;
}

/** One JSON object per line: {"timestamp","level","module","message",...fields}. */
export function formatJsonLine(entry: LogEntry): string {
  const ts = typeof entry.timestamp === "string" ? entry.timestamp : new Date().toISOString();
  return stringify({ timestamp: ts, level: entry.level, module: text(entry.module ?? "conclave"), message: text(entry.message), ...fieldsOf(entry) });
}

export function formatLine(entry: LogEntry, format: LogFormat, time: "clock" | "iso"): string {
  return format === "json" ? formatJsonLine(entry) : formatTextLine(entry, time);
}
