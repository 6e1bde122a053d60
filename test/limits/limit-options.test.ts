import assert from "node:assert/strict";
import { Command } from "commander";
import { addLimitOptions, limitsFromOptions, type LimitCliOptions } from "../../bin/coordinator/limit-options";
import { DEFAULT_LIMITS, outputBound } from "../../server/limits/connection-limits";

function parse(args: string[]): LimitCliOptions {
  const cmd = addLimitOptions(new Command("coordinator")).exitOverride().action(() => {});
  cmd.parse(args, { from: "user" });
  return cmd.opts<LimitCliOptions>();
}

describe("bounded resources: the coordinator's limit flags", () => {
  it("default to DEFAULT_LIMITS", () => {
    assert.deepEqual(limitsFromOptions(parse([])), DEFAULT_LIMITS);
  });

  it("parse the docs/deploy.md example", () => {
    // docs/deploy.md, "Operator: limits": the flags of its example command.
    const limits = limitsFromOptions(parse(["--max-messages-per-second", "20", "--message-burst", "100", "--max-pending-connections", "64"]));
    assert.deepEqual({ ...limits }, { ...DEFAULT_LIMITS, messagesPerSecond: 20, messageBurst: 100, maxPendingConnections: 64 });
  });

  it("refuse a bound that is not a number, and derive the output bound from the model when it is 0", () => {
    assert.throws(() => parse(["--max-messages-per-second", "0"]), /must be a positive integer/);
    assert.equal(outputBound(DEFAULT_LIMITS, 1 << 20), (2 << 20) + (4 << 20));
    assert.equal(outputBound({ ...DEFAULT_LIMITS, maxBufferedBytes: 12345 }, 1 << 20), 12345);
  });
});
