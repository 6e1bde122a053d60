/**
 * A pool thread: hosts some of a simulation's virtual workers (the real WorkerClient, each with
 * its own TfjsLearner on the thread's trainer) and carries their encoded messages to and from the
 * coordinator in the main thread. Training, protection and the worker side of secure
 * aggregation all run here. A thread outlives a simulation: a pool kept across runs (worker-pool.ts)
 * serves one session at a time, and the thread's tfjs and JIT stay warm between them.
 */
import { parentPort, workerData } from "node:worker_threads";
import { setLogLevel } from "../../shared/log/logger";
import { PairSecretMemo } from "../../shared/crypto/pair-secret-memo";
import { adoptVerifiedSignatures } from "../../shared/crypto/verified-signatures";
import { DEFAULT_COLLUSION_BOUND } from "../../shared/secagg/neighbour-graph";
import { DEFAULT_MAX_MESSAGE_BYTES } from "../../shared/transport/transport";
import { requiredKernels } from "../backend/model-kernels";
import { selectBackend, type BackendName } from "../backend/select-backend";
import { TfjsLearner, TrainerLock } from "../tfjs-learner";
import { Trainer } from "../trainer/trainer";
import { Membership } from "../../shared/federation/membership";
import type { SecureAggregationMode } from "../../shared/protocol/messages";
import { WorkerClient, type DropPoint } from "../worker-client";
import { DropoutInjector } from "../virtual/dropout-injector";
import { simulatedSitePolicy } from "../virtual/simulated-site-policy";
import type { FromThread, PoolSessionInit, PoolThreadInit, ToThread } from "./pool-messages";
import { PortConnection } from "./port-connection";

if (parentPort === null) throw new Error("pool-thread.ts runs only as a worker thread of the pool");
const port = parentPort;
/** Our own main thread's start-up data (pooled-workers.ts), not input from a network. */
const init = workerData as PoolThreadInit;
const post = (m: FromThread, transfer: ArrayBuffer[] = []): void => port.postMessage(m, transfer);

/** What a thread holds for the session (simulation) it serves now. */
interface Session {
  readonly id: number;
  readonly init: PoolSessionInit;
  readonly backend: BackendName;
  readonly trainer: Trainer;
  readonly lock: TrainerLock;
  readonly injector: DropoutInjector | null;
  readonly ends: Map<number, PortConnection>;
  federation: { membership: Membership; task: Extract<ToThread, { type: "federation" }>["task"]; secureAggregation: SecureAggregationMode } | null;
}

async function main(): Promise<void> {
  setLogLevel(init.logLevel);
  const pairSecrets = new PairSecretMemo(init.pairSecrets); // the pool's: each pair agrees once, whichever threads its ends are in
  adoptVerifiedSignatures(init.verifiedSignatures);
  let session: Session | null = null;
  const end = (reason: string): void => {
    if (session === null) return;
    for (const e of session.ends.values()) e.remoteClosed(reason);
    session.trainer.dispose();
    session = null;
  };
  const open = async (m: PoolSessionInit): Promise<void> => {
    end("a new simulation began in this pool thread");
    const backend = await selectBackend(init.backend, { kernels: requiredKernels(m.task.model) });
    const injector = m.dropout ? new DropoutInjector(m.dropout.probability, m.dropout.mode, m.dropout.seed) : null;
    session = { id: m.session, init: m, backend: backend.name, trainer: new Trainer(m.task, m.seed), lock: new TrainerLock(), injector, ends: new Map(), federation: null };
  };
  port.on("message", (m: ToThread) => {
    if (m.type === "session") {
      open(m).then(() => post({ type: "session-ready", session: m.session }),
        (err: unknown) => post({ type: "session-failed", session: m.session, message: err instanceof Error ? err.message : String(err) }));
      return;
    }
    const s = session;
    if (s === null || m.session !== s.id) return; // a session that has ended: nothing of it is left here
    if (m.type === "message") { s.ends.get(m.index)?.deliver(m.bytes); return; }
    if (m.type === "close") { s.ends.get(m.index)?.remoteClosed(m.reason); return; }
    if (m.type === "end") { end("the simulation ended"); return; }
    if (m.type === "federation") {
      s.federation = { membership: new Membership(m.membership), task: m.task, secureAggregation: m.secureAggregation };
      return;
    }
    add(s, m);
  });
  const add = (s: Session, m: Extract<ToThread, { type: "add" }>): void => {
    const { index, name } = m;
    const id = s.id;
    const federation = s.federation;
    if (federation === null) { post({ type: "join-failed", session: id, index, message: "the pool sent a worker before its federation" }); return; }
    const connection = new PortConnection("pool:coordinator", DEFAULT_MAX_MESSAGE_BYTES,
      (bytes) => post({ type: "message", session: id, index, bytes }, [bytes.buffer as ArrayBuffer]), (reason) => post({ type: "close", session: id, index, reason }));
    s.ends.set(index, connection);
    const drop = s.injector?.forWorker(name);
    const client = new WorkerClient(connection, { name, task: federation.task, learner: new TfjsLearner(s.trainer, m.partition, s.backend, s.lock, index),
      identity: m.identity, membership: federation.membership, pairSecrets, policy: s.init.sitePolicy ?? simulatedSitePolicy(federation.secureAggregation, DEFAULT_COLLUSION_BOUND, null),
      ...(drop ? { dropAt: (round: number, point: DropPoint) => {
        const dropped = drop(round, point);
        if (dropped) post({ type: "dropped", session: id, round, worker: name, point });
        return dropped;
      } } : {}) });
    client.join().then(() => post({ type: "joined", session: id, index }), (err: unknown) => post({ type: "join-failed", session: id, index, message: err instanceof Error ? err.message : String(err) }));
  };
  post({ type: "ready" });
}

main().catch((err: unknown) => post({ type: "fatal", message: err instanceof Error ? err.message : String(err) }));
