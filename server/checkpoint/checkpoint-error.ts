/** Why a checkpoint could not be used; `code` is for tests and the CLI's exit code, the message is for a person. */
export type CheckpointErrorCode = "unreadable" | "malformed" | "config-mismatch" | "unwritable";

export class CheckpointError extends Error {
  constructor(readonly code: CheckpointErrorCode, message: string) {
    super(message);
    this.name = "CheckpointError";
  }
}
