/** A mistake in how a command was called (a flag, a file): the command prints the sentence and exits with USAGE_EXIT. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UsageError";
  }
}

/** The exit code of every usage error, on every command (documented in the README). */
export const USAGE_EXIT = 2;
