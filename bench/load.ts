/**
 * `npm run bench:load -- [--workers 1000] [--hostile 1000] [--processes 10] [--json]`: 1,000
 * authenticated socket.io workers (protocol clients that skip training, ~100 per child process)
 * join a coordinator on 127.0.0.1 and complete one SecAgg+ round; then the same beside 1,000
 * hostile clients (idle, flooding, not reading, sending tensor bombs; in their own processes),
 * started once the workers have joined (`--hostile-start before`: first, so they join under attack). Each scenario runs in a fresh process (bench/load-run.ts) so the RSS figures
 * are the coordinator's alone. The last line is JSON: the honest scenario's figures at the top
 * level and the hostile one's under `beside`.
 */
import { execFileSync } from "node:child_process";
import { parseArgs } from "node:util";

const { values } = parseArgs({ options: { workers: { type: "string", default: "1000" }, hostile: { type: "string", default: "1000" }, processes: { type: "string", default: "10" },
  "hostile-start": { type: "string", default: "after" }, "join-seconds": { type: "string", default: "600" },
  json: { type: "boolean", default: false } } });

function scenario(hostile: string): Record<string, unknown> {
  const out = execFileSync(process.execPath, ["bin/run-ts.js", "bench/load-run.ts", "--workers", values.workers!, "--hostile", hostile, "--processes", values.processes!,
    "--hostile-start", values["hostile-start"]!, "--join-seconds", values["join-seconds"]!],
    { encoding: "utf8", stdio: ["ignore", "pipe", "inherit"], maxBuffer: 16 << 20 });
  const last = out.trim().split("\n").pop()!;
  process.stderr.write(`bench:load: scenario with ${hostile} hostile clients: ${last}\n`);
  return JSON.parse(last) as Record<string, unknown>;
}

const honest = scenario("0");
const beside = Number(values.hostile) > 0 ? scenario(values.hostile!) : null;
const mib = (b: unknown): string => `${(Number(b) / 2 ** 20).toFixed(0)} MiB`;
if (!values.json) {
  for (const [name, r] of [["honest", honest], [`beside ${values.hostile} hostile`, beside]] as const) {
    if (!r) continue;
    process.stdout.write(`${name}: ${String(r.workers)} workers joined in ${String(r.connectSeconds)} s; SecAgg+ round ${r.roundCompleted ? "completed" : "FAILED"} in ${String(r.roundSeconds)} s `
      + `(${String(r.contributors)} contributors); coordinator ${String(Math.round(Number(r.rssBytesPerWorker) / 1024))} KiB per worker, peak ${mib(r.rssPeakBytes)}\n`);
  }
}
process.stdout.write(JSON.stringify({ ...honest, beside }) + "\n");
