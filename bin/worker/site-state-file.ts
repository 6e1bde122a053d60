import { mkdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { getLogger } from "../../shared/log/logger";
import { writeFileAtomically } from "../../shared/fs/write-atomically";
import { WorkerAccountant } from "../../worker/privacy/worker-accountant";
import type { WorkerRunState } from "../../worker/round-handlers";
import type { WorkerPolicy } from "../../worker/policy/worker-policy";
import { UsageError } from "../usage-error";

const log = getLogger("cli.worker");

/**
 * `conclave worker --state DIR`: what the site keeps of its current run on disk
 * (`site-state.json`: the run id, its own privacy accountant, evaluations answered, rounds
 * trained), written atomically after every request, so a worker restarted in the middle of
 * a run (or whose coordinator resumed the same run) goes on spending from the same budget.
 */
export class SiteStateFile {
  private readonly file: string;
  private last = "";

  constructor(dir: string) {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    this.file = path.join(dir, "site-state.json");
  }

  /** The run saved last, or undefined when there is none. */
  load(policy: WorkerPolicy): WorkerRunState | undefined {
    let text: string;
    try {
      text = readFileSync(this.file, "utf8");
    } catch {
      return undefined;
    }
    try {
      const o: unknown = JSON.parse(text);
      const runId = Reflect.get(Object(o), "runId");
      const evaluations = Reflect.get(Object(o), "evaluations");
      const roundsTrained = Reflect.get(Object(o), "roundsTrained");
      const saved = Reflect.get(Object(o), "accountant");
      if (typeof runId !== "string" || !Number.isInteger(evaluations) || !Number.isInteger(roundsTrained)) throw new TypeError("runId, evaluations or roundsTrained missing");
      const accountant = policy.dp ? (saved === null || saved === undefined ? new WorkerAccountant(policy.dp.delta) : WorkerAccountant.fromJSON(saved, policy.dp.delta)) : null;
      this.last = text;
      log.info(`site state of run ${runId} loaded from ${this.file}`, { runId, epsilon: accountant?.epsilon() ?? 0 });
      return { runId, accountant, evaluations: Number(evaluations), roundsTrained: Number(roundsTrained) };
    } catch (err) {
      throw new UsageError(`${this.file} is not a site state file (${err instanceof Error ? err.message : String(err)}); move it away only if you accept that this site forgets the privacy it spent in that run`);
    }
  }

  save(state: WorkerRunState): void {
    const text = JSON.stringify({ runId: state.runId, evaluations: state.evaluations, roundsTrained: state.roundsTrained, accountant: state.accountant?.toJSON() ?? null });
    if (text === this.last) return;
    writeFileAtomically(this.file, text);
    this.last = text;
  }
}
