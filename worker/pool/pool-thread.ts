/**
 * A pool thread: hosts some of a simulation's virtual workers (the real WorkerClient, each with
 * its own TfjsLearner on the thread's trainer) and carries their encoded messages to and from the
 * coordinator in the main thread. Training, protection and the worker side of secure
 * aggregation all run here.
 */
import { parentPort, workerData } from "node:worker_threads";
import { setLogLevel } from "../../shared/log/logger";
import { PairSecretMemo } from "../../shared/crypto/pair-secret-memo";
import { adoptVerifiedSignatures } from "../../shared/crypto/verified-signatures";
import { DEFAULT_COLLUSION_BOUND } from "../../shared/secagg/neighbour-graph";
import { DEFAULT_MAX_MESSAGE_BYTES } from "../../shared/transport/transport";
import { requiredKernels } from "../backend/model-kernels";
import { selectBackend } from "../backend/select-backend";
import { TfjsLearner, TrainerLock } from "../tfjs-learner";
import { Trainer } from "../trainer/trainer";
import { Membership } from "../../shared/federation/membership";
import type { SecureAggregationMode } from "../../shared/protocol/messages";
import { WorkerClient, type DropPoint } from "../worker-client";
import { DropoutInjector } from "../virtual/dropout-injector";
import { simulatedSitePolicy } from "../virtual/simulated-site-policy";
import type { FromThread, PoolThreadInit, ToThread } from "./pool-messages";
import { PortConnection } from "./port-connection";

if (parentPort === null) throw new Error("pool-thread.ts runs only as a worker thread of the pool");
const port = parentPort;
/** Our own main thread's start-up data (pooled-workers.ts), not input from a network. */
const init = workerData as PoolThreadInit;
const post = (m: FromThread, transfer: ArrayBuffer[] = []): void => port.postMessage(m, transfer);

async function main(): Promise<void> {
  setLogLevel(init.logLevel);
  const backend = await selectBackend(init.backend, { kernels: requiredKernels(init.task.model) });
  const trainer = new Trainer(init.task, init.seed);
  const lock = new TrainerLock();
  const pairSecrets = new PairSecretMemo(init.pairSecrets); // the pool's: each pair agrees once, whichever threads its ends are in
  adoptVerifiedSignatures(init.verifiedSignatures);
  const ends = new Map<number, PortConnection>();
  let federation: { membership: Membership; task: Extract<ToThread, { type: "federation" }>["task"]; secureAggregation: SecureAggregationMode } | null = null;
  const injector = init.dropout ? new DropoutInjector(init.dropout.probability, init.dropout.mode, init.dropout.seed) : null;
  port.on("message", (m: ToThread) => {
    if (m.type === "message") { ends.get(m.index)?.deliver(m.bytes); return; }
    if (m.type === "close") { ends.get(m.index)?.remoteClosed(m.reason); return; }
    if (m.type === "federation") {
      federation = { membership: new Membership(m.membership), task: m.task, secureAggregation: m.secureAggregation };
      return;
    }
    const { index, name } = m;
    if (federation === null) { post({ type: "join-failed", index, message: "the pool sent a worker before its federation" }); return; }
    const end = new PortConnection("pool:coordinator", DEFAULT_MAX_MESSAGE_BYTES,
      (bytes) => post({ type: "message", index, bytes }, [bytes.buffer as ArrayBuffer]), (reason) => post({ type: "close", index, reason }));
    ends.set(index, end);
    const drop = injector?.forWorker(name);
    const client = new WorkerClient(end, { name, task: federation.task, learner: new TfjsLearner(trainer, m.partition, backend.name, lock, index),
      identity: m.identity, membership: federation.membership, pairSecrets, policy: init.sitePolicy ?? simulatedSitePolicy(federation.secureAggregation, DEFAULT_COLLUSION_BOUND, null),
      ...(drop ? { dropAt: (round: number, point: DropPoint) => {
        const dropped = drop(round, point);
        if (dropped) post({ type: "dropped", round, worker: name, point });
        return dropped;
      } } : {}) });
    client.join().then(() => post({ type: "joined", index }), (err: unknown) => post({ type: "join-failed", index, message: err instanceof Error ? err.message : String(err) }));
  });
  post({ type: "ready" });
}

main().catch((err: unknown) => post({ type: "fatal", message: err instanceof Error ? err.message : String(err) }));
