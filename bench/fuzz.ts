/**
 * `npm run fuzz -- [--count N] [--seed S] [--rounds R] [--lanes L]`: the suite's fuzz test
 * (test/fuzz/coordinator-fuzz.test.ts) for a long run — a coordinator on 127.0.0.1 with four
 * honest SecAgg+ workers beside a fuzzer sending N seeded mutations of valid messages, then the
 * same federation without the fuzzer. Prints the outcomes and whether the honest model is
 * bit-identical; the last line is JSON. Exits 1 if a frame went unanswered and uncounted, a reply
 * was lost or untyped, or the model differs.
 */
import { parseArgs } from "node:util";
import { fuzzedFederation } from "../test/fuzz/fuzz-federation";
import { setLogLevel } from "../shared/log/logger";

// Every refused connection is a log line; keep stderr for the progress unless asked.
if (!process.env.CONCLAVE_LOG_LEVEL) setLogLevel("error");

const { values } = parseArgs({ options: { count: { type: "string", default: "100000" }, seed: { type: "string", default: "8" }, rounds: { type: "string", default: "3" },
  lanes: { type: "string", default: "4" }, json: { type: "boolean", default: false } } });
const count = Number(values.count);
const seed = Number(values.seed);
const rounds = Number(values.rounds);

async function main(): Promise<number> {
  const t0 = performance.now();
  let last = 0;
  const fuzzed = await fuzzedFederation({ count, seed, rounds, lanes: Number(values.lanes), onProgress: (n) => {
    if (n - last >= 10_000) { last = n; process.stderr.write(`fuzz: ${n} of ${count} messages sent\n`); }
  } });
  const seconds = (performance.now() - t0) / 1000;
  const clean = await fuzzedFederation({ count: 0, seed, rounds });
  const identical = clean.weights.every((t, i) => Buffer.from(t.values.buffer).equals(Buffer.from(fuzzed.weights[i]!.values.buffer)));
  const r = fuzzed.report!;
  const ok = identical && r.missingReplies === 0 && r.untypedErrors === 0 && fuzzed.applied === rounds;
  const summary = { messages: r.messages, frames: r.frames, connections: r.connections, seconds: Number(seconds.toFixed(1)), outcomes: r.outcomes, errors: r.errors,
    unreadAfterClose: r.unreadAfterClose, missingReplies: r.missingReplies, untypedErrors: r.untypedErrors, roundsApplied: fuzzed.applied, modelIdentical: identical,
    rssBytes: process.memoryUsage().rss, ok };
  if (!values.json) {
    process.stdout.write(`fuzzed ${r.messages} messages (${r.frames} frames, ${r.connections} connections) in ${seconds.toFixed(1)} s; honest model ${identical ? "bit-identical" : "DIFFERENT"}\n`);
  }
  process.stdout.write(JSON.stringify(summary) + "\n");
  return ok ? 0 : 1;
}

main().then((code) => process.exit(code), (err: unknown) => { process.stderr.write(`fuzz failed: ${err instanceof Error ? err.stack : String(err)}\n`); process.exit(1); });
