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
import { loadMembership } from "../federation-io";
import { taskClipNorm } from "../../shared/task/task-defaults";
import { readKeyFile } from "../key-store";
import { UsageError } from "../usage-error";
import type { WorkerCliOptions } from "../commands/worker";
import { loadWorkerPolicy } from "./worker-policy-io";
import { exitCodeAfterRun, WORKER_EXIT } from "./worker-exit";
import { runVirtualWorkers } from "./run-virtual-workers";

const log = getLogger("cli.worker");

export { WORKER_EXIT };

const LOOPBACK_URL = /^https?:\/\/(127\.0\.0\.1|localhost|\[::1\])(:\d+)?(\/|$)/;

/** The task whose columns the CSV header has, when --task is not given. */
function detectTaskOf(file: string): TaskSpec {
  return detectTask(readCsvHeader(readFileSync(file, "utf8"), file).columns, file);
}

export async function runWorker(o: WorkerCliOptions): Promise<number> {
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
  let stopping = false;
  try {
    const connection = await connectSocketIo(o.server, { attempts: o.attempts, maxMessageBytes: o.maxMessageBytes, ...(o.ca ? { ca: readFileSync(o.ca, "utf8") } : {}) });
    const worker = new WorkerClient(connection, {
      name: o.name, task: { ...describeTask(task), kind: task.kind, clipNorm: taskClipNorm(task) }, identity, membership, policy,
      learner: new TfjsLearner(trainer, holdout ? holdout.train : rows, backend.name, lock),
      ...(holdout ? { evaluator: new TfjsLearner(trainer, holdout.test, backend.name, lock) } : {}),
    });
    const stop = (): void => { stopping = true; worker.leave("worker stopped by its operator"); };
    process.once("SIGINT", stop);
    process.once("SIGTERM", stop);
    try {
      await worker.join();
    } catch (err) {
      if (err instanceof JoinRefused) throw err;
      log.error(`the connection to the coordinator was lost before the run ended (while joining: ${err instanceof Error ? err.message : String(err)})`);
      return WORKER_EXIT.lost;
    }
    log.info("waiting for rounds", { task: task.name, rows: rows.rows, backend: backend.name });
    const reason = await worker.closed;
    return exitCodeAfterRun(worker.bye, reason, stopping);
  } catch (err) {
    if (err instanceof ConnectError) { log.error(err.message); return WORKER_EXIT.unreachable; }
    if (err instanceof JoinRefused) { log.error(`the coordinator refused this worker: ${err.message}`, { code: err.code }); return WORKER_EXIT.refused; }
    throw err;
  } finally {
    trainer.dispose();
  }
}
