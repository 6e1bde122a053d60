/**
 * The PySyft 0.2 Boston notebook redone with Conclave's chain of tensors.
 *
 * Two virtual workers, alice and bob, each hold half of the training rows
 * (the notebook's `.send(alice)` / `.send(bob)`); james is the crypto
 * provider and holds no data. The researcher (this process):
 *
 * 1. standardises the features with federation-wide statistics computed
 *    securely: each worker's column means and means of squares, weighted by
 *    its row count where the data lives, are shared fixPrecision().share()
 *    among alice and bob and only their sum is opened;
 * 2. sends the model (MLP 13-32-24-1, SGD lr 0.001, batch 8: BOSTON_TASK) to
 *    both workers and, each round, trains it where the data lives (one
 *    epoch), then averages the two models securely: each worker's parameters,
 *    times its row count, are shared among alice and bob, summed, divided by
 *    the total count in the shared domain (the truncation protocol, with
 *    james), and only the average is opened and sent back to both models;
 * 3. evaluates the averaged model on its own held-out 20% of the rows (the
 *    coordinator's evaluator, worker/trainer/evaluator.ts).
 *
 * Nothing of a worker's rows, statistics or model leaves it in the clear.
 */
import { loadTaskCsv } from "../../shared/data/task-csv";
import { trainTestSplit } from "../../shared/data/split";
import { makeDataset, type Dataset } from "../../shared/data/dataset";
import { initialWeights } from "../../shared/task/init-weights";
import { BOSTON_TASK } from "../../shared/task/tasks";
import { model, Syft, tensor, type ModelPointer, type PointerTensor, type Tensor, type WorkerHandle } from "../../shared/syft/index";
import type { RandomBytes } from "../../shared/crypto/random";
import { selectBackend, type BackendName } from "../../worker/backend/select-backend";
import { createEvaluator } from "../../worker/trainer/evaluator";
import { systemTimers } from "../../worker/syft/system-timers";
import { TfjsExecutor } from "../../worker/syft/tfjs-executor";

function dataFile(): string {
  if (BOSTON_TASK.dataFile === undefined) throw new Error("the bundled Boston task (examples/tasks/boston.json) names no data file");
  return BOSTON_TASK.dataFile;
}

/** The Boston Housing CSV the bundled task names (examples/data/boston_housing.csv). */
export const DATA_FILE = dataFile();

export interface SyftBostonOptions {
  readonly seed?: number;
  readonly rounds?: number;
  readonly backend?: BackendName;
  /** Randomness of shares and triples (default node:crypto; tests seed it). */
  readonly randomBytes?: (who: string) => RandomBytes;
  /** Called after each round with the averaged model's test MSE. */
  readonly onRound?: (round: number, testMse: number) => void;
}

export interface SyftBostonResult {
  readonly testMse: number;
  readonly wallSeconds: number;
  readonly rounds: number;
  readonly rows: { readonly alice: number; readonly bob: number; readonly test: number };
  readonly roundMse: readonly number[];
}

interface Site {
  readonly worker: WorkerHandle;
  readonly rows: number;
  x: PointerTensor<"float">;
  readonly y: PointerTensor<"float">;
}

function half(data: Dataset, from: number, to: number): { x: Tensor; y: Tensor } {
  return {
    x: tensor(data.x.subarray(from * data.cols, to * data.cols), [to - from, data.cols]),
    y: tensor(data.y.subarray(from, to), [to - from]),
  };
}

/** Sum over the sites of a per-site value computed where the data lives, opened only as a sum. */
async function secureSum(sites: readonly Site[], perSite: (s: Site) => Promise<PointerTensor<"float">>, maxAbs: number, provider: WorkerHandle): Promise<Tensor> {
  const holders = sites.map((s) => s.worker);
  const shared = await Promise.all(sites.map(async (s) => {
    const local = await perSite(s);
    const fixed = await local.fixPrecision({ precision: 6, maxAbs });
    const sh = await fixed.share(...holders, { cryptoProvider: provider });
    await Promise.all([local.delete(), fixed.delete()]);
    return sh;
  }));
  let total = shared[0]!;
  for (const s of shared.slice(1)) total = await total.add(s);
  await Promise.all(shared.slice(1).map((s) => s.delete()));
  if (shared.length > 1) await shared[0]!.delete();
  return (await total.get()).floatPrecision();
}

export async function runSyftBoston(options: SyftBostonOptions = {}): Promise<SyftBostonResult> {
  const seed = options.seed ?? 1;
  const rounds = options.rounds ?? BOSTON_TASK.rounds;
  const task = BOSTON_TASK;
  const started = performance.now();
  await selectBackend(options.backend);
  const executor = new TfjsExecutor(options.backend);
  const evaluator = createEvaluator(task);
  try {
    const all = await loadTaskCsv(task, DATA_FILE);
    const { train, test } = trainTestSplit(all, { seed });
    const rng = options.randomBytes;
    const syft = new Syft({ id: "researcher", timers: systemTimers, ...(rng ? { randomBytes: rng("researcher") } : {}) });
    const worker = (id: string, withExecutor: boolean): WorkerHandle =>
      syft.virtualWorker(id, { ...(withExecutor ? { executor } : {}), ...(rng ? { randomBytes: rng(id) } : {}) });
    const alice = worker("alice", true), bob = worker("bob", true), james = worker("james", false);

    const cut = Math.floor(train.rows / 2);
    const parts = [half(train, 0, cut), half(train, cut, train.rows)];
    const sites: Site[] = await Promise.all([alice, bob].map(async (w, i) => {
      const p = parts[i]!;
      return { worker: w, rows: p.y.size, x: await p.x.send(w), y: await p.y.send(w) };
    }));
    const total = sites.reduce((n, s) => n + s.rows, 0);

    // 1. Federation-wide standardisation; each site's share of the statistics is weighted by its rows.
    const mean = await secureSum(sites, async (s) => {
      const m = await s.x.mean(0);
      const w = await m.mul(s.rows / total);
      await m.delete();
      return w;
    }, 1e6, james);
    const meanSquare = await secureSum(sites, async (s) => {
      const sq = await s.x.mul(s.x);
      const m = await sq.mean(0);
      const w = await m.mul(s.rows / total);
      await Promise.all([sq.delete(), m.delete()]);
      return w;
    }, 1e6, james);
    const std = mean.toArray().map((mu, c) => Math.sqrt(Math.max(meanSquare.values[c]! - mu * mu, 0)) || 1);
    const invStd = tensor(std.map((s) => 1 / s));
    for (const s of sites) {
      const centred = await s.x.sub(mean);
      const scaled = await centred.mul(invStd);
      await Promise.all([centred.delete(), s.x.delete()]);
      s.x = scaled;
    }
    const testX = tensor(test.x, [test.rows, test.cols]).sub(mean).mul(invStd);
    const testSet = makeDataset(Float32Array.from(testX.values), test.y, test.featureNames, test.targetName);

    // 2. Train where the data lives, then average securely.
    let global = model(task, initialWeights(task.model, seed));
    const pointers: ModelPointer[] = await Promise.all(sites.map((s) => global.send(s.worker)));
    const roundMse: number[] = [];
    for (let round = 1; round <= rounds; round++) {
      await Promise.all(pointers.map((p, i) => p.fit(sites[i]!.x, sites[i]!.y, {
        optimizer: task.train.optimizer, learningRate: task.train.learningRate, batchSize: task.train.batchSize, epochs: task.train.localEpochs,
        seed: seed * 100_003 + round * 101 + i,
      })));
      const holders = sites.map((s) => s.worker);
      const shared = await Promise.all(pointers.map(async (p, i) => {
        const params = await p.parameters();
        const weighted = await params.mul(sites[i]!.rows);
        const fixed = await weighted.fixPrecision({ precision: 6, maxAbs: 100 * sites[i]!.rows });
        const sh = await fixed.share(...holders, { cryptoProvider: james });
        await Promise.all([params.delete(), weighted.delete(), fixed.delete()]);
        return sh;
      }));
      const sum = await shared[0]!.add(shared[1]!);
      const average = await sum.div(total);
      await Promise.all([...shared.map((s) => s.delete()), sum.delete()]);
      const averaged = (await average.get()).floatPrecision();
      global = global.withParameters(averaged);
      await Promise.all(pointers.map((p) => p.setParameters(averaged)));
      const metrics = await evaluator.evaluate(global.weights, testSet);
      if (metrics.kind !== "regression") throw new Error(`the Boston task evaluated as ${metrics.kind}, not regression`);
      const testMse = metrics.mse;
      roundMse.push(testMse);
      options.onRound?.(round, testMse);
    }
    await Promise.all([...pointers.map((p) => p.delete()), ...sites.flatMap((s) => [s.x.delete(), s.y.delete()])]);
    return {
      testMse: roundMse[roundMse.length - 1]!, wallSeconds: (performance.now() - started) / 1000, rounds,
      rows: { alice: sites[0]!.rows, bob: sites[1]!.rows, test: test.rows }, roundMse,
    };
  } finally {
    executor.dispose();
    evaluator.dispose();
  }
}
