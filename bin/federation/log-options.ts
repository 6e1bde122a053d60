import { closeSync, mkdirSync, openSync, writeSync } from "node:fs";
import path from "node:path";
import { Command, Option } from "commander";
import { configureLogging } from "../../shared/log/logger";
import { LOG_FORMATS, type LogFormat } from "../../shared/log/line-format";
import { LOG_LEVELS, isLogLevel, mostVerbose, type LogLevel } from "../../shared/log/log-levels";
import { UsageError } from "../commands/usage-error";

/** A --log-file that cannot be opened: a usage error (exit 2), said before anything runs. */
export class LogFileError extends UsageError {
  constructor(message: string) {
    super(message);
    Object.defineProperty(this, "name", { value: "LogFileError" });
  }
}

/** The log options of every command, as commander parses them. */
export interface LogCliOptions {
  logLevel?: LogLevel;
  logFormat?: LogFormat;
  logFile?: string;
}

/**
 * Adds --log-level, --log-format and --log-file to a command. `defaultLevel` is
 * said in the help: "warn" for demos and simulations (the bar, notable events and
 * the table), "info" for the coordinator and worker services; `defaultFile` says where lines
 * go without --log-file, if anywhere.
 */
export function addLogOptions(cmd: Command, defaultLevel: LogLevel, defaultFile?: string): Command {
  return cmd
    .addOption(new Option("--log-level <level>", `what reaches the terminal (stderr); default ${defaultLevel}, or CONCLAVE_LOG_LEVEL`).choices([...LOG_LEVELS]))
    .addOption(new Option("--log-format <format>", "text for a person, json (one object per line) for a log collector; default text, or CONCLAVE_LOG_FORMAT")
      .choices([...LOG_FORMATS]))
    .option("--log-file <file>", `also append every line at info (or --log-level, if more verbose) to this file${defaultFile !== undefined ? ` (default: ${defaultFile})` : ""}`);
}

export interface AppliedLogging {
  /** The log file lines went to, or null (none asked for, or nothing written to the default one yet). */
  readonly file: string | null;
  /** Close the log file (the end of the command). */
  close(): void;
}

/**
 * Apply parsed log options. Precedence: the flag, then CONCLAVE_LOG_LEVEL /
 * CONCLAVE_LOG_FORMAT, then `defaultLevel` and text. `defaultFile` is used when no
 * --log-file is given (a demo writes its log next to its report). On a terminal
 * with text lines, bursts of the same message are collapsed (the file has them all).
 */
export function applyLogOptions(o: LogCliOptions, context: { defaultLevel: LogLevel; defaultFile?: string; terminal?: boolean }): AppliedLogging {
  const env = process.env.CONCLAVE_LOG_LEVEL ?? "";
  const level: LogLevel = o.logLevel ?? (isLogLevel(env) ? env : context.defaultLevel);
  const format: LogFormat = o.logFormat ?? (process.env.CONCLAVE_LOG_FORMAT === "json" ? "json" : "text");
  const target = o.logFile ?? context.defaultFile;
  let fd: number | null = null;
  const open = (file: string): number => {
    try {
      mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
      return openSync(file, "a", 0o640);
    } catch (err) {
      throw new LogFileError(`cannot open the log file ${file} (${err instanceof Error ? err.message : String(err)}); give --log-file a path this user can write`);
    }
  };
  // A file asked for is opened now (a bad path is an error before anything runs); the default one on its first line.
  if (o.logFile !== undefined) fd = open(o.logFile);
  const terminal = context.terminal ?? process.stderr.isTTY === true;
  configureLogging({
    level, format, collapseRepeats: terminal && format === "text", repeatHint: target !== undefined ? `in ${target}` : "with --log-level info",
    // Synchronous appends: the last lines before a crash are in the file.
    file: target !== undefined ? { level: mostVerbose("info", level), write: (line) => { fd ??= open(target); writeSync(fd, `${line}\n`); } } : null,
  });
  return {
    get file() { return fd !== null ? target ?? null : null; },
    close: () => {
      configureLogging({ file: null });
      if (fd !== null) closeSync(fd);
      fd = null;
    },
  };
}
