import { readFileSync } from "node:fs";
import { trainTestSplit } from "../../shared/data/split";
import { describeTask } from "../../shared/protocol/task-description";
import { getLogger } from "../../shared/log/logger";
import { loadTaskCsv } from "../../shared/data/task-csv";
import { readCsvHeader } from "../../shared/data/csv-records";
import { detectTask } from "../../shared/task/detect-task";
import { resolveTask } from "../../shared/task/resolve-task";
import type { TaskSpec } from "../../shared/task/task-spec";
import { requiredKernels } from "../../worker/backend/model-kernels";
import { selectBackend } from "../../worker/backend/select-backend";
import { describePolicy } from "../../worker/policy/worker-policy";
import { TfjsLearner, TrainerLock } from "../../worker/tfjs-learner";
import { Trainer } from "../../worker/trainer/trainer";
import { connectSocketIo, ConnectError } from "../../worker/transport/socketio-client";
import { JoinRefused, WorkerClient } from "../../worker/worker-client";
import type { WorkerRunState } from "../../worker/round-handlers";
import { loadMembership } from "../federation-io";
import { taskClipNorm } from "../../shared/task/task-defaults";
import { readKeyFile } from "../key-store";
import { UsageError } from "../usage-error";
import type { WorkerCliOptions } from "../commands/worker";
import { loadWorkerPolicy } from "./worker-policy-io";
import { SiteStateFile } from "./site-state-file";
import { applyLogOptions } from "../federation/log-options";
import { exitCodeAfterRun, WORKER_EXIT } from "./worker-exit";
import { runVirtualWorkers } from "./run-virtual-workers";

const log = getLogger("cli.worker");

export { WORKER_EXIT };

/** An http:// URL on this machine (plain http is refused beyond it without --insecure). */
export const LOOPBACK_URL = /^https?:\/\/(127\.0\.0\.1|localhost|\[::1\])(:\d+)?(\/|$)/;

/** The task whose columns the CSV header has, when --task is not given. */
function detectTaskOf(file: string): TaskSpec {
  return detectTask(readCsvHeader(readFileSync(file, "utf8"), file).columns, file);
}

export async function runWorker(o: WorkerCliOptions): Promise<number> {
  applyLogOptions(o, { defaultLevel: "info" });
  if (o.server.startsWith("http://") && !LOOPBACK_URL.test(o.server) && !o.insecure) {
    throw new UsageError(`${o.server} is plain http:// beyond this machine: the network could read and alter every message; use https:// (with --ca for the federation's CA), or --insecure on a closed test network`);
  }
  const policy = loadWorkerPolicy(o);
  const membership = loadMembership(o.federation, policy.federationAdmin ?? undefined);
  if (o.virtual !== undefined) return runVirtualWorkers(o, o.virtual, policy, membership);
  if (membership.idOf(o.name) === undefined) throw new UsageError(`"${o.name}" is not a site of federation "${membership.federation}" (${o.federation}); check --name or ask the admin to add this site`);
  const identity = readKeyFile(o.key);
  if (!membership.isSiteKey(o.name, identity.publicKey)) throw new UsageError(`the key in ${o.key} is not the key the federation file pins for site "${o.name}"`);
  const task = o.task ? await resolveTask(o.task) : detectTaskOf(o.data);
  const rows = await loadTaskCsv(task, o.data);
  const holdout = policy.evaluation.allow ? trainTestSplit(rows, { seed: 0, testFraction: policy.evaluation.holdout }) : null;
  const backend = await selectBackend(o.backend, { kernels: requiredKernels(task.model) });
  const trainer = new Trainer(task, 0);
  const lock = new TrainerLock();
  log.info(`site ${o.name} of federation ${membership.federation}: ${describePolicy(policy)}`);
  const site = o.state !== undefined ? new SiteStateFile(o.state) : null;
  let runState: WorkerRunState | undefined = site?.load(policy);
  const attempts = o.retry ?? (o.keepRunning ? "forever" : o.attempts);
  const ca = o.ca ? readFileSync(o.ca, "utf8") : undefined;
  let stopping = false;
  let current: WorkerClient | null = null;
  const abort = new AbortController();
  const stop = (): void => { stopping = true; abort.abort(); current?.leave("worker stopped by its operator"); };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
  // Once a connection has been welcomed, a lost one is retried (a new connection, a new challenge, a new Join): the site takes part from the next round.
  let welcomed = false;
  let failedJoins = 0;
  try {
    for (;;) {
      const connection = await connectSocketIo(o.server, { attempts, maxMessageBytes: o.maxMessageBytes, signal: abort.signal, ...(ca ? { ca } : {}) });
      const worker = new WorkerClient(connection, {
        name: o.name, task: { ...describeTask(task), kind: task.kind, clipNorm: taskClipNorm(task) }, identity, membership, policy,
        learner: new TfjsLearner(trainer, holdout ? holdout.train : rows, backend.name, lock),
        ...(holdout ? { evaluator: new TfjsLearner(trainer, holdout.test, backend.name, lock) } : {}),
        ...(runState ? { runState } : {}), ...(site ? { onRunState: (st: WorkerRunState) => site.save(st) } : {}),
      });
      current = worker;
      if (stopping) worker.leave("worker stopped by its operator");
      try {
        const welcome = await worker.join();
        if (welcomed) log.info(`reconnected to run ${welcome.runId} (${welcome.nextRound - 1} of ${welcome.rounds} rounds completed); taking part from the next round`, { runId: welcome.runId, nextRound: welcome.nextRound });
        welcomed = true;
        failedJoins = 0;
      } catch (err) {
        // A coordinator whose pending connections are full evicts one with RATE_LIMITED: that is "try again later", not a refusal.
        if (err instanceof JoinRefused && err.code !== "RATE_LIMITED") throw err;
        if (stopping) return WORKER_EXIT.ok;
        failedJoins++;
        const why = err instanceof Error ? err.message : String(err);
        if (typeof attempts === "number" && failedJoins >= attempts) {
          log.error(`the coordinator closed ${failedJoins} connections before welcoming this worker (the last: ${why})`);
          return welcomed ? WORKER_EXIT.lost : WORKER_EXIT.unreachable;
        }
        const waitMs = Math.min(15_000, 500 * 2 ** failedJoins);
        log.warn(`the connection closed while joining (${why}); reconnecting in ${waitMs} ms`);
        await new Promise((r) => setTimeout(r, waitMs));
        continue;
      }
      log.info("waiting for rounds", { task: task.name, rows: rows.rows, backend: backend.name });
      const reason = await worker.closed;
      runState = worker.run ?? runState;
      if (runState) site?.save(runState);
      if (stopping) return WORKER_EXIT.ok;
      const bye = worker.bye;
      if (bye === null) {
        log.warn(`the connection to the coordinator was lost before the run ended (${reason}); reconnecting`);
        continue;
      }
      if (bye.outcome === "restarting") {
        // Another connection of this site took its place (a second worker with this name): reconnecting would push it out in turn.
        log.error(`the coordinator closed this connection: ${bye.reason}; is another worker running as ${o.name}? This one stops`);
        return WORKER_EXIT.lost;
      }
      const code = exitCodeAfterRun(bye, reason, false);
      if (!o.keepRunning) return code;
      log.info(`run ended (${bye.outcome}); --keep-running: waiting for the coordinator's next run`);
    }
  } catch (err) {
    if (err instanceof ConnectError) {
      if (stopping) return WORKER_EXIT.ok;
      log.error(`${err.message}${welcomed ? "; the connection to the coordinator was lost before the run ended" : ""}`, { problem: err.problem });
      return welcomed ? WORKER_EXIT.lost : WORKER_EXIT.unreachable;
    }
    if (err instanceof JoinRefused) { log.error(`the coordinator refused this worker: ${err.message}`, { code: err.code }); return WORKER_EXIT.refused; }
    throw err;
  } finally {
    trainer.dispose();
  }
}
