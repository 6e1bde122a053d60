import { InvalidArgumentError } from "commander";

/** Exit code of every usage error (unknown flag, missing or bad argument), on every command. */
export const USAGE_EXIT_CODE = 2;

/** A usage error raised by a command's own checks: the CLI prints it and exits with USAGE_EXIT_CODE. */
export class UsageError extends Error {
  override readonly name = "UsageError";
}

export function usageError(message: string): UsageError {
  return new UsageError(message);
}

/** A commander argument parser's rejection (also a usage error). */
export { InvalidArgumentError };
