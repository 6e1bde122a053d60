/**
 * `conclave worker --virtual N`: N sites in one process, each the real WorkerClient with its own
 * key, its own rows and its own socket.io connection to a remote coordinator, sharing one tfjs
 * trainer. Many such processes on many hosts make one federation (docs/scale.md). The exit code
 * is 0 when every worker's run finished, else the first non-zero code among them.
 */
import { readFileSync } from "node:fs";
import { PairSecretMemo } from "../../shared/crypto/pair-secret-memo";
import type { Dataset } from "../../shared/data/dataset";
import { selectRows } from "../../shared/data/dataset";
import { loadTaskCsv } from "../../shared/data/task-csv";
import { trainTestSplit } from "../../shared/data/split";
import type { Membership } from "../../shared/federation/membership";
import { getLogger } from "../../shared/log/logger";
import { describeTask } from "../../shared/protocol/task-description";
import { resolveTask } from "../../shared/task/resolve-task";
import { taskClipNorm } from "../../shared/task/task-defaults";
import { requiredKernels } from "../../worker/backend/model-kernels";
import { selectBackend } from "../../worker/backend/select-backend";
import type { WorkerPolicy } from "../../worker/policy/worker-policy";
import { TfjsLearner, TrainerLock } from "../../worker/tfjs-learner";
import { Trainer } from "../../worker/trainer/trainer";
import { connectSocketIo, ConnectError } from "../../worker/transport/socketio-client";
import { JoinRefused, WorkerClient } from "../../worker/worker-client";
import type { WorkerCliOptions } from "../commands/worker";
import { readKeyFile } from "../key-store";
import { UsageError } from "../usage-error";
import { exitCodeAfterRun, WORKER_EXIT } from "./worker-exit";

const log = getLogger("cli.worker");

const fill = (template: string, i: number, name: string): string => template.replaceAll("{i}", String(i)).replaceAll("{name}", name);

/** Rows j, j + n, j + 2n, ... of a table (the round-robin share of worker j of n). */
function roundRobin(rows: Dataset, j: number, n: number): Dataset {
  return selectRows(rows, Array.from({ length: Math.floor((rows.rows - j + n - 1) / n) }, (_, k) => j + k * n));
}

export async function runVirtualWorkers(o: WorkerCliOptions, count: number, policy: WorkerPolicy, membership: Membership): Promise<number> {
  if (!o.name.includes("{i}")) throw new UsageError(`with --virtual, --name must hold {i} (e.g. site-{i}) so each of the ${count} workers has its own site name`);
  if (o.task === undefined) throw new UsageError("with --virtual, name the task with --task (the CSV header detection is for one site)");
  const task = await resolveTask(o.task);
  const sites = Array.from({ length: count }, (_, j) => {
    const i = o.first + j;
    const name = fill(o.name, i, "");
    if (membership.idOf(name) === undefined) throw new UsageError(`"${name}" (--name ${o.name} with {i} = ${i}) is not a site of federation "${membership.federation}"`);
    const keyPath = fill(o.key, i, name);
    if (keyPath === o.key && count > 1) throw new UsageError("with --virtual, --key must hold {i} or {name} (e.g. keys/{name}.key): each site signs with its own key");
    const identity = readKeyFile(keyPath);
    if (!membership.isSiteKey(name, identity.publicKey)) throw new UsageError(`the key in ${keyPath} is not the key the federation file pins for site "${name}"`);
    return { i, j, name, identity };
  });
  const perFile = o.data.includes("{i}");
  const shared = perFile ? null : await loadTaskCsv(task, o.data);
  if (shared && shared.rows < count) throw new UsageError(`${o.data} has ${shared.rows} rows, too few for ${count} virtual workers`);
  const backend = await selectBackend(o.backend, { kernels: requiredKernels(task.model) });
  const trainer = new Trainer(task, 0);
  const lock = new TrainerLock();
  const pairSecrets = new PairSecretMemo(); // these virtual workers share a process: each of their pairs agrees once
  const description = { ...describeTask(task), kind: task.kind, clipNorm: taskClipNorm(task) };
  const ca = o.ca ? readFileSync(o.ca, "utf8") : undefined;
  let stopping = false;
  const clients: WorkerClient[] = [];
  const stop = (): void => { stopping = true; for (const c of clients) c.leave("worker stopped by its operator"); };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
  const runOne = async (site: (typeof sites)[number]): Promise<number> => {
    const rows = shared ? roundRobin(shared, site.j, count) : await loadTaskCsv(task, fill(o.data, site.i, site.name));
    // As a single worker does: a policy that answers federated evaluation holds its rows out of training.
    const holdout = policy.evaluation.allow ? trainTestSplit(rows, { seed: 0, testFraction: policy.evaluation.holdout }) : null;
    try {
      const connection = await connectSocketIo(o.server, { attempts: o.retry ?? o.attempts, maxMessageBytes: o.maxMessageBytes, ...(ca !== undefined ? { ca } : {}) });
      const client = new WorkerClient(connection, { name: site.name, task: description, identity: site.identity, membership, policy, pairSecrets,
        learner: new TfjsLearner(trainer, holdout ? holdout.train : rows, backend.name, lock, site.i),
        ...(holdout ? { evaluator: new TfjsLearner(trainer, holdout.test, backend.name, lock, site.i) } : {}) });
      clients.push(client);
      await client.join();
      const reason = await client.closed;
      return exitCodeAfterRun(client.bye, reason, stopping, site.name);
    } catch (err) {
      if (err instanceof ConnectError) { log.error(err.message, { worker: site.name }); return WORKER_EXIT.unreachable; }
      if (err instanceof JoinRefused) { log.error(`the coordinator refused ${site.name}: ${err.message}`, { code: err.code, worker: site.name }); return WORKER_EXIT.refused; }
      log.error(`${site.name}: the connection to the coordinator was lost before the run ended (${err instanceof Error ? err.message : String(err)})`, { worker: site.name });
      return WORKER_EXIT.lost;
    }
  };
  log.info(`${count} virtual workers (${sites[0]!.name} .. ${sites[sites.length - 1]!.name}) of federation ${membership.federation} connecting to ${o.server}`, { workers: count, backend: backend.name });
  try {
    const codes = await Promise.all(sites.map(runOne));
    const bad = codes.find((c) => c !== WORKER_EXIT.ok);
    log.info(`virtual workers done: ${codes.filter((c) => c === WORKER_EXIT.ok).length} of ${count} finished their run`, { workers: count });
    return bad ?? WORKER_EXIT.ok;
  } finally {
    trainer.dispose();
  }
}
