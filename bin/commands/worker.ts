import { readFileSync } from "node:fs";
import { Command, Option } from "commander";
import { loadTaskCsv } from "../../shared/data/task-csv";
import type { TaskSpec } from "../../shared/task/task-spec";
import { detectTask } from "../../shared/task/detect-task";
import { readCsvHeader } from "../../shared/data/csv-records";
import { resolveTask } from "../../shared/task/resolve-task";
import { DEFAULT_MAX_MESSAGE_BYTES } from "../../shared/transport/transport";
import { getLogger } from "../../shared/log/logger";
import { BACKEND_NAMES, selectBackend, type BackendName } from "../../worker/backend/select-backend";
import { loadOrCreateIdentity } from "../../worker/identity-key";
import { requiredKernels } from "../../worker/backend/model-kernels";
import { TfjsLearner } from "../../worker/tfjs-learner";
import { Trainer } from "../../worker/trainer/trainer";
import { connectSocketIo, ConnectError } from "../../worker/transport/socketio-client";
import { JoinRefused, WorkerClient } from "../../worker/worker-client";
import { positiveInt } from "../federation/run-options";

const log = getLogger("cli.worker");

interface WorkerCliOptions {
  server: string; data: string; name: string; task?: string; key?: string; backend?: BackendName; attempts: number; maxMessageBytes: number; ca?: string;
}

/** Exit codes a supervisor (systemd, a hospital's scheduler) can act on. */
export const WORKER_EXIT = { ok: 0, unreachable: 3, refused: 4, lost: 5 } as const;

/** The task whose columns the CSV header has, when --task is not given. */
function detectTaskOf(file: string): TaskSpec {
  return detectTask(readCsvHeader(readFileSync(file, "utf8"), file).columns, file);
}

/** `conclave worker`: connect out to a coordinator and train on local data until the run ends. */
export function workerCommand(): Command {
  return new Command("worker").description("run a worker on local data, connecting out to a coordinator")
    .requiredOption("--server <url>", "the coordinator, e.g. https://coordinator.example.org:8080")
    .requiredOption("--data <file>", "local training data (CSV with the task's columns)")
    .requiredOption("--name <name>", "this worker's name, unique in the federation (e.g. hospital-a)")
    .option("--task <name|file>", "the task: a bundled task's name or a task file (default: detected from the CSV header)")
    .option("--key <file>", "identity key file (created on first use); without it a fresh key is used for this run")
    .addOption(new Option("--backend <name>", "force a TensorFlow.js backend").choices([...BACKEND_NAMES]))
    .option("--attempts <n>", "connection attempts before giving up", positiveInt("--attempts"), 8)
    .option("--max-message-bytes <n>", "largest message accepted", positiveInt("--max-message-bytes"), DEFAULT_MAX_MESSAGE_BYTES)
    .option("--ca <file>", "PEM certificate(s) to trust for an https:// coordinator (e.g. the federation's own CA)")
    .action(async (o: WorkerCliOptions) => { process.exitCode = await runWorker(o); });
}

async function runWorker(o: WorkerCliOptions): Promise<number> {
  const task = o.task ? await resolveTask(o.task) : detectTaskOf(o.data);
  const raw = await loadTaskCsv(task, o.data);
  const data = raw;
  const identity = loadOrCreateIdentity(o.key);
  const backend = await selectBackend(o.backend, { kernels: requiredKernels(task.model) });
  const trainer = new Trainer(task, 0);
  let stopping = false;
  try {
    const connection = await connectSocketIo(o.server, { attempts: o.attempts, maxMessageBytes: o.maxMessageBytes, ...(o.ca ? { ca: readFileSync(o.ca, "utf8") } : {}) });
    const worker = new WorkerClient(connection, {
      name: o.name, task: task.name, learner: new TfjsLearner(trainer, data, backend.name), identity, capabilities: ["none", "additive", "secagg+"],
    });
    const stop = (): void => { stopping = true; worker.leave("worker stopped by its operator"); };
    process.once("SIGINT", stop);
    process.once("SIGTERM", stop);
    await worker.join();
    log.info("waiting for rounds", { task: task.name, rows: data.rows, backend: backend.name });
    const reason = await worker.closed;
    if (worker.byeReason === null && !stopping) {
      log.error("the connection to the coordinator was lost before the run ended", { reason });
      return WORKER_EXIT.lost;
    }
    log.info("the run ended", { reason: worker.byeReason ?? reason });
    return WORKER_EXIT.ok;
  } catch (err) {
    if (err instanceof ConnectError) { log.error(err.message); return WORKER_EXIT.unreachable; }
    if (err instanceof JoinRefused) { log.error(`the coordinator refused this worker: ${err.message}`, { code: err.code }); return WORKER_EXIT.refused; }
    throw err;
  } finally {
    trainer.dispose();
  }
}
