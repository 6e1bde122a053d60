/**
 * bench:backends — training throughput (samples per second) of every TensorFlow.js backend that
 * loads here, on the Boston MLP (13-32-24-1, SGD, batch 8) and on the digits CNN (conv 3x3x16 ->
 * max pool -> dense 32 -> softmax 10, Adam, batch 32), side by side in one run.
 *
 *   npm run bench:backends -- [--json] [--epochs 3] [--backends webgpu,wasm,cpu]
 *
 * Each (backend, model) pair trains one warm-up epoch (shader and kernel compilation), then
 * --epochs timed epochs on the task's training split; samples/s = rows x epochs / seconds. A
 * backend that cannot load, or that lacks a kernel the model needs, is listed with its reason and
 * has no row. The last line with --json: {"rows":[{"backend","model","samplesPerSecond","adapter"?}],"skipped":[...]}.
 */
import { Command, InvalidArgumentError } from "commander";
import { scaleFeatures } from "../shared/data/feature-scaling";
import { trainTestSplit } from "../shared/data/split";
import { loadTaskCsvSync } from "../shared/data/task-csv";
import { setLogLevel } from "../shared/log/logger";
import { getTask } from "../shared/task/tasks";
import { requiredKernels } from "../worker/backend/model-kernels";
import { BACKEND_NAMES, parseBackendName, selectBackend, type BackendName } from "../worker/backend/select-backend";
import { Trainer } from "../worker/trainer/trainer";

const MODELS = [{ model: "boston-mlp", task: "boston" }, { model: "digits-cnn", task: "digits" }] as const;

interface Row { backend: BackendName; model: string; samplesPerSecond: number; adapter?: string }

async function main(): Promise<void> {
  const program = new Command("bench:backends")
    .option("--json", "last line of stdout is one JSON object", false)
    .option("--epochs <n>", "timed epochs per (backend, model)", (t) => { const n = Number(t); if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError("--epochs must be a positive integer"); return n; }, 3)
    .option("--backends <list>", `comma-separated, from ${BACKEND_NAMES.join(", ")}`, (t) => t.split(",").map((b) => parseBackendName(b.trim())), [...BACKEND_NAMES])
    .parse(process.argv);
  const o = program.opts<{ json: boolean; epochs: number; backends: BackendName[] }>();
  setLogLevel("error");
  const rows: Row[] = [];
  const skipped: { backend: BackendName; model: string; reason: string }[] = [];
  for (const backend of o.backends) {
    for (const { model, task: name } of MODELS) {
      const task = getTask(name);
      let choice;
      try {
        choice = await selectBackend(backend, { kernels: requiredKernels(task.model) });
      } catch (err) {
        skipped.push({ backend, model, reason: err instanceof Error ? err.message.replace(/^backend "[^"]+" was forced but cannot be used: /, "") : String(err) });
        continue;
      }
      const split = trainTestSplit(loadTaskCsvSync(task, task.dataFile!), { seed: 1 });
      const train = scaleFeatures(task.preprocessing.scaling, split.train, null);
      const trainer = new Trainer(task, 1);
      try {
        await trainer.fit(train, { ...task.train, localEpochs: 1 }, 0); // warm-up
        const t0 = performance.now();
        await trainer.fit(train, { ...task.train, localEpochs: o.epochs }, 1);
        const seconds = (performance.now() - t0) / 1000;
        rows.push({ backend, model, samplesPerSecond: Number(((train.rows * o.epochs) / seconds).toPrecision(4)),
          ...(choice.adapter ? { adapter: `${choice.adapter.vendor} ${choice.adapter.architecture}${choice.adapter.isFallbackAdapter ? " (fallback adapter)" : ""}` } : {}) });
      } finally {
        trainer.dispose();
      }
    }
  }
  const lines = [
    "backend        model        samples/s  adapter",
    ...rows.map((r) => `${r.backend.padEnd(14)} ${r.model.padEnd(12)} ${String(r.samplesPerSecond).padStart(9)}  ${r.adapter ?? ""}`),
    ...skipped.map((s) => `${s.backend.padEnd(14)} ${s.model.padEnd(12)} ${"-".padStart(9)}  ${s.reason}`),
  ];
  process.stdout.write(lines.join("\n") + "\n");
  if (o.json) process.stdout.write(JSON.stringify({ rows, skipped }) + "\n");
  process.exit(0);
}

main().catch((err: unknown) => {
  process.stderr.write(`bench:backends: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
