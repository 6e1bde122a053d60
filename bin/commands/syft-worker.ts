import { readFileSync } from "node:fs";
import { Command, Option } from "commander";
import { getLogger } from "../../shared/log/logger";
import type { ModelExecutor } from "../../shared/syft/executor";
import { WorkerNode } from "../../shared/syft/node/worker-node";
import { serveSyft } from "../../shared/syft/worker-link";
import { DEFAULT_MAX_MESSAGE_BYTES } from "../../shared/transport/transport";
import { SocketIoServerTransport } from "../../server/transport/socketio-server";
import { BACKEND_NAMES, type BackendName } from "../../worker/backend/select-backend";
import { TfjsExecutor } from "../../worker/syft/tfjs-executor";
import { positiveInt } from "../federation/run-options";

const log = getLogger("cli.syft-worker");

export interface SyftWorkerServerOptions {
  readonly name: string;
  /** 0 picks a free port. */
  readonly port: number;
  /** Listen address (default 127.0.0.1: only this machine can reach the worker). */
  readonly host?: string;
  /** Parties besides an object's owner that may fetch it (WorkerPolicy.readers). */
  readonly readers?: readonly string[];
  readonly executor?: ModelExecutor;
  readonly maxMessageBytes?: number;
  readonly tls?: { key: string | Buffer; cert: string | Buffer };
}

export interface RunningSyftWorker {
  readonly node: WorkerNode;
  readonly port: number;
  close(): Promise<void>;
}

/**
 * A syft worker reachable over websocket: the project's socket.io transport
 * (binary frames, size limits) serving one WorkerNode to every client that
 * connects. Clients reach it with connectSocketIo(url) and
 * syft.connect(connectionWorker(name, connection)).
 */
export async function startSyftWorkerServer(o: SyftWorkerServerOptions): Promise<RunningSyftWorker> {
  const maxMessageBytes = o.maxMessageBytes ?? DEFAULT_MAX_MESSAGE_BYTES;
  const node = new WorkerNode(o.name, { policy: { readers: o.readers ?? [] }, maxReplyBytes: maxMessageBytes, ...(o.executor ? { executor: o.executor } : {}) });
  const transport = await SocketIoServerTransport.listen({ port: o.port, ...(o.host ? { host: o.host } : {}), maxMessageBytes, ...(o.tls ? { tls: o.tls } : {}) });
  transport.onConnection((connection) => {
    log.info("client connected", { worker: o.name, peer: connection.peer });
    serveSyft(connection, node);
    connection.onClose((reason) => log.info("client left", { worker: o.name, peer: connection.peer, reason }));
  });
  return { node, port: transport.port, close: () => transport.close() };
}

interface SyftWorkerCliOptions {
  name: string; port: number; host: string; reader: string[]; backend?: BackendName; maxMessageBytes: number; tlsKey?: string; tlsCert?: string;
}

/** `conclave syft-worker`: serve the chain of tensors' requests on a websocket until stopped. */
export function syftWorkerCommand(): Command {
  return new Command("syft-worker").description("run a syft worker (chain of tensors: pointers, shares, training where the data lives) on a websocket")
    .requiredOption("--name <name>", "this worker's id, as clients name it (e.g. alice)")
    .option("--port <n>", "port to listen on (0: any free port)", (t) => (t === "0" ? 0 : positiveInt("--port")(t)), 8765)
    .option("--host <address>", "address to listen on; 127.0.0.1 keeps it to this machine", "127.0.0.1")
    .option("--reader <party...>", "parties besides an object's owner that may fetch it (never another holder of a share)", [])
    .addOption(new Option("--backend <name>", "force a TensorFlow.js backend for training").choices([...BACKEND_NAMES]))
    .option("--max-message-bytes <n>", "largest message accepted or sent", positiveInt("--max-message-bytes"), DEFAULT_MAX_MESSAGE_BYTES)
    .option("--tls-key <file>", "PEM private key: serve wss://")
    .option("--tls-cert <file>", "PEM certificate for --tls-key")
    .action(async (o: SyftWorkerCliOptions) => {
      if (Boolean(o.tlsKey) !== Boolean(o.tlsCert)) throw new Error("--tls-key and --tls-cert go together");
      const executor = new TfjsExecutor(o.backend);
      const running = await startSyftWorkerServer({
        name: o.name, port: o.port, host: o.host, readers: o.reader, executor, maxMessageBytes: o.maxMessageBytes,
        ...(o.tlsKey && o.tlsCert ? { tls: { key: readFileSync(o.tlsKey), cert: readFileSync(o.tlsCert) } } : {}),
      });
      const scheme = o.tlsKey ? "https" : "http";
      process.stdout.write(`syft worker ${o.name} listening on ${scheme}://${o.host}:${running.port}\n`);
      if (o.host !== "127.0.0.1" && o.host !== "localhost" && !o.tlsKey) {
        log.warn("listening beyond this machine without TLS: shares made by clients cross the network in the clear; pass --tls-key and --tls-cert");
      }
      await new Promise<void>((resolve) => {
        const stop = (): void => resolve();
        process.once("SIGINT", stop);
        process.once("SIGTERM", stop);
      });
      await running.close();
      executor.dispose();
      log.info("stopped", { worker: o.name });
    });
}
