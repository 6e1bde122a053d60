import { readFileSync } from "node:fs";
import { Command, Option } from "commander";
import { Coordinator } from "../../server/coordinator";
import { createStrategy } from "../../server/strategy/create-strategy";
import { SocketIoServerTransport } from "../../server/transport/socketio-server";
import { loadTaskCsv } from "../../shared/data/load-csv";
import { applyScaler, fitScaler } from "../../shared/data/scaler";
import { evaluatePredictions, summaryFields } from "../../shared/metrics/eval-metrics";
import { SECURE_AGGREGATION_MODES, type Protection, type SecureAggregationMode, type Standardisation } from "../../shared/protocol/messages";
import { SeededRng } from "../../shared/random/seeded-rng";
import { initialWeights } from "../../shared/task/init-weights";
import { predictMlp } from "../../shared/task/predict-mlp";
import { TASK_NAMES } from "../../shared/task/task-spec";
import { getTask } from "../../shared/task/tasks";
import { DEFAULT_MAX_MESSAGE_BYTES } from "../../shared/transport/transport";
import { getLogger } from "../../shared/log/logger";
import type { Evaluation } from "../../server/strategy/strategy";
import { DEFAULT_CLIP_RANGE, RingSecureDriver } from "../../server/round/ring-driver";
import { finiteNumber, nonNegativeInt, positiveInt } from "../federation/run-options";
import { addStrategyOptions, strategyParameters, type StrategyCliOptions } from "../federation/strategy-options";

const log = getLogger("cli.coordinator");

interface CoordinatorCliOptions extends StrategyCliOptions {
  task: string; port: number; host: string; rounds?: number; minWorkers: number; waitSeconds: number; fractionFit: number;
  secagg: SecureAggregationMode; roundTimeoutSeconds: number; maxMessageBytes: number; testData?: string; seed: number; json: boolean;
  tlsKey?: string; tlsCert?: string;
}

/** `conclave coordinator`: listen for remote workers over socket.io and drive the rounds. */
export function coordinatorCommand(): Command {
  return addStrategyOptions(new Command("coordinator")).description("run a coordinator that remote workers connect to")
    .addOption(new Option("--task <task>", "the task").choices([...TASK_NAMES]).makeOptionMandatory())
    .option("--port <n>", "port to listen on (0: any free port)", nonNegativeInt("--port"), 8080)
    .option("--host <address>", "address to listen on (0.0.0.0 for every interface)", "127.0.0.1")
    .option("--rounds <n>", "federated rounds (default: the task's)", positiveInt("--rounds"))
    .option("--min-workers <n>", "workers to wait for before the first round", positiveInt("--min-workers"), 2)
    .option("--wait-seconds <n>", "how long to wait for them", positiveInt("--wait-seconds"), 600)
    .option("--fraction-fit <f>", "share of workers sampled each round", finiteNumber("--fraction-fit", (n) => n > 0 && n <= 1, "in (0, 1]"), 1)
    .addOption(new Option("--secagg <protocol>", "secure aggregation protocol").choices([...SECURE_AGGREGATION_MODES]).default("secagg+"))
    .option("--round-timeout-seconds <n>", "how long a worker may take to train", positiveInt("--round-timeout-seconds"), 300)
    .option("--max-message-bytes <n>", "largest message accepted", positiveInt("--max-message-bytes"), DEFAULT_MAX_MESSAGE_BYTES)
    .option("--test-data <file>", "a held-out CSV the coordinator evaluates the global model on")
    .option("--seed <n>", "seed for sampling and the initial model", nonNegativeInt("--seed"), 1)
    .option("--json", "print one JSON summary as the last line of stdout", false)
    .option("--tls-key <file>", "PEM private key: serve wss:// (with --tls-cert)")
    .option("--tls-cert <file>", "PEM certificate chain for --tls-key")
    .action(async (o: CoordinatorCliOptions) => { await runCoordinator(o); });
}

async function runCoordinator(o: CoordinatorCliOptions): Promise<void> {
  const task = getTask(o.task);
  const rounds = o.rounds ?? task.rounds;
  let evaluateFn: ((round: number, weights: Parameters<typeof predictMlp>[1]) => Promise<Evaluation | null>) | undefined;
  let rescale: (s: Standardisation) => void = () => {};
  if (o.testData) {
    const raw = await loadTaskCsv(task, o.testData);
    let test = applyScaler(fitScaler(raw), raw);
    rescale = (s) => { test = applyScaler({ mean: Float32Array.from(s.mean), std: Float32Array.from(s.std) }, raw); };
    evaluateFn = async (_round, weights) => {
      const m = evaluatePredictions(task.kind, predictMlp(task.model, weights, test.x, test.rows), test.y);
      return { loss: m.loss, metrics: summaryFields(m) };
    };
  }
  const strategy = createStrategy(o.strategy ?? "fedavg", { parameters: strategyParameters(o), secureAggregation: o.secagg,
    train: { ...task.train, seed: o.seed }, fractionFit: o.fractionFit, minFitWorkers: Math.min(o.minWorkers, 2), fractionEvaluate: 1, ...(evaluateFn ? { evaluateFn } : {}) });
  const plain: Protection = { secureAggregation: "none", clipNorm: 0, dpMode: null, noiseStd: 0, ringNoiseSigma2: 0, clipRange: 0, scale: 0, weighted: true, maxExamples: 0 };
  const secure = o.secagg === "none" ? undefined
    : new RingSecureDriver({ protocol: o.secagg, clipRange: DEFAULT_CLIP_RANGE, weighted: true, stageTimeoutMs: o.roundTimeoutSeconds * 1000 });
  const coordinator = new Coordinator({
    admission: { task: task.name }, initialWeights: initialWeights(task.model, o.seed), strategy, rounds, protection: plain,
    ...(secure ? { secure } : {}), rng: SeededRng.fromSeed(o.seed).fork("sampling"), maxMessageBytes: o.maxMessageBytes,
    roundTimeoutMs: o.roundTimeoutSeconds * 1000, standardise: { features: task.features.length, onComputed: (s) => rescale(s) },
  });
  if (Boolean(o.tlsKey) !== Boolean(o.tlsCert)) throw new Error("--tls-key and --tls-cert go together: give both, or neither");
  const tls = o.tlsKey && o.tlsCert ? { key: readFileSync(o.tlsKey), cert: readFileSync(o.tlsCert) } : undefined;
  if (!tls && !["127.0.0.1", "localhost", "::1"].includes(o.host)) {
    log.warn("listening beyond this machine without TLS: the network path can read the roster and tamper with it; use --tls-key and --tls-cert", { host: o.host });
  }
  const transport = await SocketIoServerTransport.listen({ port: o.port, host: o.host, maxMessageBytes: o.maxMessageBytes, ...(tls ? { tls } : {}) });
  transport.onConnection((c) => coordinator.addConnection(c));
  const stop = (): void => { log.warn("interrupted: stopping after the current round"); coordinator.stop("interrupted"); };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
  try {
    log.info("waiting for workers", { needed: o.minWorkers, seconds: o.waitSeconds, url: `${tls ? "https" : "http"}://${o.host}:${transport.port}` });
    await coordinator.waitForWorkers(o.minWorkers, o.waitSeconds * 1000);
    const history = await coordinator.run();
    const last = history.rounds[history.rounds.length - 1];
    const summary = {
      task: task.name, workers: coordinator.workerCount, rounds: history.rounds.length, secureAggregation: o.secagg,
      roundsApplied: history.rounds.filter((r) => r.applied).length,
      federated: { ...(last?.federatedEval ? { workerLoss: last.federatedEval.loss, ...prefixed("worker", last.federatedEval.metrics) } : {}), ...(last?.serverEval?.metrics ?? {}) },
    };
    process.stdout.write((o.json ? JSON.stringify(summary) : `run ${history.runId} finished: ${JSON.stringify(summary)}`) + "\n");
  } finally {
    await coordinator.shutdown();
    await transport.close();
  }
}

function prefixed(prefix: string, metrics: Readonly<Record<string, number>>): Record<string, number> {
  return Object.fromEntries(Object.entries(metrics).map(([k, v]) => [`${prefix}${k[0]!.toUpperCase()}${k.slice(1)}`, v]));
}
