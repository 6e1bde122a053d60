/** The levels the command line accepts, most severe first (winston's npm levels, without http and silly). */
export const LOG_LEVELS = ["error", "warn", "info", "verbose", "debug"] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/** winston's npm ranks: a smaller number is more severe. */
const RANK: Readonly<Record<string, number>> = { error: 0, warn: 1, info: 2, http: 3, verbose: 4, debug: 5, silly: 6 };

export function isLogLevel(text: string): text is LogLevel {
  return (LOG_LEVELS as readonly string[]).includes(text);
}

/** True when an entry at `level` passes a threshold of `threshold` (an unknown level never passes). */
export function levelPasses(level: string, threshold: LogLevel): boolean {
  const r = RANK[level];
  return r !== undefined && r <= RANK[threshold]!;
}

/** The more verbose of some levels (the threshold that lets all of them through). */
export function mostVerbose(first: LogLevel, ...others: LogLevel[]): LogLevel {
  return others.reduce<LogLevel>((a, b) => (RANK[b]! > RANK[a]! ? b : a), first);
}
