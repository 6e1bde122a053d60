import { Writable } from "node:stream";
import winston from "winston";
import { formatLine, type LogEntry, type LogFormat } from "./line-format";
import { isLogLevel, levelPasses, mostVerbose, type LogLevel } from "./log-levels";
import { RepeatCollapser } from "./repeat-collapser";

/**
 * Structured logs for library code. One root logger; each module takes a child
 * with its own `module` field (socket.io's per-module debug namespaces, as winston
 * children). Two outputs:
 *
 * - the terminal (stderr, so stdout stays free for tables and `--json`): entries at
 *   or above its level, plus info entries marked `notable: true` when the level is
 *   warn (the CLI's default for demos: the bar, notable events, the table);
 * - an optional log file (any line writer the command line opens), which gets every
 *   entry at its own level.
 *
 * Text lines for a person, or one JSON object per line for a log collector. While a
 * progress bar owns the terminal, terminal lines are handed to it (`routeTerminal`),
 * so a log line never lands in the middle of the bar. Defaults from CONCLAVE_LOG_LEVEL
 * and CONCLAVE_LOG_FORMAT; the CLI's --log-level, --log-format and --log-file
 * override them (`configureLogging`).
 */
export type Logger = winston.Logger;
export type LineWriter = (line: string) => void;

interface Settings {
  terminalLevel: LogLevel;
  format: LogFormat;
  file: { readonly write: LineWriter; readonly level: LogLevel } | null;
  collapseRepeats: boolean;
}

const envLevel = process.env.CONCLAVE_LOG_LEVEL ?? "";
const settings: Settings = {
  terminalLevel: isLogLevel(envLevel) ? envLevel : "info",
  format: process.env.CONCLAVE_LOG_FORMAT === "json" ? "json" : "text",
  file: null,
  collapseRepeats: false,
};

const stderrWriter: LineWriter = (line) => { process.stderr.write(`${line}\n`); };
let routed: LineWriter | null = null;
const collapser = new RepeatCollapser((line) => (routed ?? stderrWriter)(line));

function isEntry(v: unknown): v is LogEntry {
  return typeof v === "object" && v !== null && typeof Reflect.get(v, "level") === "string";
}

function toTerminal(entry: LogEntry): void {
  const notable = entry.notable === true && settings.terminalLevel === "warn" && levelPasses(entry.level, "info");
  if (!levelPasses(entry.level, settings.terminalLevel) && !notable) return;
  const line = formatLine(entry, settings.format, "clock");
  if (settings.collapseRepeats) collapser.push(`${entry.level}|${String(entry.module)}|${String(entry.message)}`, String(entry.message), line);
  else (routed ?? stderrWriter)(line);
}

function toFile(entry: LogEntry): void {
  const file = settings.file;
  if (file && levelPasses(entry.level, file.level)) file.write(formatLine(entry, settings.format, "iso"));
}

function sink(deliver: (entry: LogEntry) => void): Writable {
  return new Writable({
    objectMode: true,
    write(chunk: unknown, _encoding, done) {
      if (isEntry(chunk)) deliver(chunk);
      done();
    },
  });
}

// The sinks are in object mode: each gets the entry itself and formats it for its output.
const root = winston.createLogger({
  format: winston.format.timestamp(),
  transports: [new winston.transports.Stream({ stream: sink(toTerminal) }), new winston.transports.Stream({ stream: sink(toFile) })],
});

function applyRootLevel(): void {
  // Notable info entries must reach the terminal filter even when its level is warn.
  const levels: LogLevel[] = [settings.terminalLevel === "warn" ? "info" : settings.terminalLevel];
  if (settings.file) levels.push(settings.file.level);
  root.level = mostVerbose(levels[0]!, ...levels.slice(1));
}
applyRootLevel();

export function getLogger(module: string): Logger {
  return root.child({ module });
}

/** Change the terminal's level (tests, benchmarks, the CLI's --log-level). */
export function setLogLevel(level: LogLevel): void {
  settings.terminalLevel = level;
  applyRootLevel();
}

export interface LogSettings {
  /** The terminal's level. */
  readonly level?: LogLevel;
  readonly format?: LogFormat;
  /** A log file (or any line sink): gets every entry at `level`; null closes the current one. */
  readonly file?: { readonly write: LineWriter; readonly level: LogLevel } | null;
  /** On a terminal: show the first lines of a burst of the same message and count the rest. */
  readonly collapseRepeats?: boolean;
  /** Where the collapsed lines can be read, for the summary line ("in runs/x/run.log"). */
  readonly repeatHint?: string;
}

/** Set the outputs of every logger at once (the command line's log options). Fields left out keep their value. */
export function configureLogging(s: LogSettings): void {
  collapser.flush();
  if (s.level !== undefined) settings.terminalLevel = s.level;
  if (s.format !== undefined) settings.format = s.format;
  if (s.file !== undefined) settings.file = s.file;
  if (s.collapseRepeats !== undefined) settings.collapseRepeats = s.collapseRepeats;
  if (s.repeatHint !== undefined) collapser.setHint(s.repeatHint);
  applyRootLevel();
}

/** The terminal's current level and format. */
export function loggingSettings(): { readonly level: LogLevel; readonly format: LogFormat; readonly file: boolean } {
  return { level: settings.terminalLevel, format: settings.format, file: settings.file !== null };
}

/**
 * Hand terminal lines to `writer` (a progress bar that prints them above itself) until
 * called again with null. Pending collapsed lines are said first.
 */
export function routeTerminal(writer: LineWriter | null): void {
  collapser.flush();
  routed = writer;
}

/** End a burst of collapsed lines now (the progress bar calls it before it redraws). */
export function flushTerminal(): void {
  collapser.flush();
}
