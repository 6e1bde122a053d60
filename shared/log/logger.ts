import winston from "winston";

/**
 * Structured logs for library code. One root logger; each module takes a child
 * with its own `module` field (socket.io's per-module debug namespaces, as winston
 * children). Level from CONCLAVE_LOG_LEVEL (default "info"; tests set "warn").
 * Logs go to stderr so that stdout stays free for tables and `--json` output.
 */
const root = winston.createLogger({
  level: process.env.CONCLAVE_LOG_LEVEL ?? "info",
  format: process.env.CONCLAVE_LOG_FORMAT === "json"
    ? winston.format.combine(winston.format.timestamp(), winston.format.json())
    : winston.format.combine(
        winston.format.timestamp({ format: "HH:mm:ss.SSS" }),
        winston.format.printf((info) => {
          const { level, message, timestamp, module, ...rest } = info;
          const extra = Object.keys(rest).length > 0 ? " " + JSON.stringify(rest) : "";
          return `${String(timestamp)} ${level} [${String(module ?? "conclave")}] ${String(message)}${extra}`;
        }),
      ),
  transports: [new winston.transports.Console({ stderrLevels: ["error", "warn", "info", "http", "verbose", "debug", "silly"] })],
});

export type Logger = winston.Logger;

export function getLogger(module: string): Logger {
  return root.child({ module });
}

/** Change the level of every logger at once (the CLI's --quiet / --verbose). */
export function setLogLevel(level: "error" | "warn" | "info" | "debug"): void {
  root.level = level;
}
