/** A mistake in how a command was called (a flag, a file): the command prints the sentence and exits with USAGE_EXIT (2, on every command). */
export { UsageError, USAGE_EXIT_CODE as USAGE_EXIT } from "./commands/usage-error";
