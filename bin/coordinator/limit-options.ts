import type { Command } from "commander";
import { DEFAULT_LIMITS, type ConnectionLimits } from "../../server/limits/connection-limits";
import { nonNegativeInt, positiveInt } from "../federation/run-options";

/** The bounds' flags as commander parses them (docs/deploy.md, "Operator: limits"). */
export interface LimitCliOptions {
  maxMessagesPerSecond: number; messageBurst: number; pendingMessageBurst: number; maxBufferedBytes: number; maxPendingConnections: number; maxWorkers: number;
  joinTimeoutSeconds: number; errorReplyIntervalMs: number;
}

/** Add `conclave coordinator`'s resource bounds (server/limits) to a command. */
export function addLimitOptions(cmd: Command): Command {
  const d = DEFAULT_LIMITS;
  return cmd
    .option("--max-messages-per-second <n>", "messages a connection may send per second, sustained (over it: Error RATE_LIMITED, then closed)", positiveInt("--max-messages-per-second"), d.messagesPerSecond)
    .option("--message-burst <n>", "messages a connection may send at once before the per-second rate applies", positiveInt("--message-burst"), d.messageBurst)
    .option("--pending-message-burst <n>", "messages a connection may send before it has joined (a worker sends one Join), then one a second", positiveInt("--pending-message-burst"), d.pendingMessageBurst)
    .option("--max-buffered-bytes <n>", "bytes queued for a peer that does not read before it is disconnected (0: twice the model's message plus 4 MiB)", nonNegativeInt("--max-buffered-bytes"), d.maxBufferedBytes)
    .option("--max-pending-connections <n>", "connections waiting to join at once; more are refused (Error RATE_LIMITED)", positiveInt("--max-pending-connections"), d.maxPendingConnections)
    .option("--max-workers <n>", "admitted workers at once (0: the federation's size)", nonNegativeInt("--max-workers"), d.maxWorkers)
    .option("--join-timeout-seconds <n>", "how long a connection may take to join before it is closed", positiveInt("--join-timeout-seconds"), d.joinTimeoutMs / 1000)
    .option("--error-reply-interval-ms <n>", "at most one Error of each code per connection in this interval; the rest are counted drops", nonNegativeInt("--error-reply-interval-ms"), d.errorReplyIntervalMs);
}

export function limitsFromOptions(o: LimitCliOptions): ConnectionLimits {
  return { messagesPerSecond: o.maxMessagesPerSecond, messageBurst: o.messageBurst, pendingMessageBurst: o.pendingMessageBurst, maxBufferedBytes: o.maxBufferedBytes, maxPendingConnections: o.maxPendingConnections,
    maxWorkers: o.maxWorkers, joinTimeoutMs: o.joinTimeoutSeconds * 1000, errorReplyIntervalMs: o.errorReplyIntervalMs };
}
