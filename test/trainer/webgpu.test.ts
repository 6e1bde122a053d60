import assert from "node:assert/strict";
import { selectRows } from "../../shared/data/dataset";
import { scaleFeatures } from "../../shared/data/feature-scaling";
import { trainTestSplit } from "../../shared/data/split";
import { loadTaskCsvSync } from "../../shared/data/task-csv";
import { getTask } from "../../shared/task/tasks";
import { requiredKernels } from "../../worker/backend/model-kernels";
import { selectBackend } from "../../worker/backend/select-backend";
import { probeWebGpu } from "../../worker/backend/webgpu-backend";
import { Trainer } from "../../worker/trainer/trainer";

/**
 * WebGPU over Dawn's Node bindings. CI installs Mesa's software Vulkan
 * (lavapipe) in .ci/run, so there this must run and pass: with CI set, no
 * adapter is a failure. On a developer machine without a Vulkan driver it
 * skips, saying why.
 */
describe("the webgpu backend (Dawn)", function () {
  this.timeout(180_000);

  before(async function () {
    const probe = await probeWebGpu();
    if (probe.ok) return;
    if (process.env.CI !== undefined && process.env.CI !== "") {
      throw new Error(`CI is set but no WebGPU adapter is present: ${probe.reason}. .ci/run installs mesa-vulkan-drivers and libvulkan1 from bookworm-backports`);
    }
    console.log(`      (skipped: ${probe.reason}; install a Vulkan driver, e.g. Debian bookworm-backports' mesa-vulkan-drivers, to run it)`);
    this.skip();
  });
  after(async () => { await selectBackend(); });

  it("is chosen when forced, and reports its adapter (vendor, architecture)", async () => {
    const choice = await selectBackend("webgpu", { kernels: requiredKernels(getTask("digits").model) });
    assert.equal(choice.name, "webgpu");
    assert.equal(choice.tfBackend, "webgpu");
    assert.ok(choice.adapter !== undefined && choice.adapter.vendor !== "" && choice.adapter.architecture !== "", JSON.stringify(choice.adapter));
    assert.match(choice.detail, new RegExp(`adapter ${choice.adapter.vendor} ${choice.adapter.architecture}`));
  });

  it("trains the Boston MLP as wasm does (reads are asynchronous)", async () => {
    const task = getTask("boston");
    const all = loadTaskCsvSync(task, task.dataFile!);
    const { train, test } = trainTestSplit(all, { seed: 1 });
    const run = async (backend: "webgpu" | "wasm"): Promise<{ before: number; after: number; pred: Float32Array }> => {
      await selectBackend(backend);
      const trainer = new Trainer(task, 1);
      try {
        const tr = scaleFeatures(task.preprocessing.scaling, train, null);
        const before = (await trainer.evaluate(tr)).loss;
        await trainer.fit(tr, { ...task.train, localEpochs: 3 }, 1);
        const w = await trainer.getWeights();
        assert.equal(w.length, 6);
        return { before, after: (await trainer.evaluate(tr)).loss, pred: await trainer.predict(scaleFeatures(task.preprocessing.scaling, test, null)) };
      } finally {
        trainer.dispose();
      }
    };
    const gpu = await run("webgpu");
    const wasm = await run("wasm");
    assert.ok(gpu.after < gpu.before / 5, `train MSE ${gpu.before} -> ${gpu.after}`);
    // same data order and initial weights: the two backends agree up to float rounding
    const worst = gpu.pred.reduce((m, v, i) => Math.max(m, Math.abs(v - wasm.pred[i]!)), 0);
    assert.ok(worst < 0.05, `largest prediction difference webgpu vs wasm: ${worst}`);
  });

  it("trains the digits CNN", async () => {
    await selectBackend("webgpu");
    const task = getTask("digits");
    const rows = selectRows(scaleFeatures(task.preprocessing.scaling, loadTaskCsvSync(task, task.dataFile!), null), Array.from({ length: 256 }, (_, i) => i));
    const trainer = new Trainer(task, 1);
    try {
      const fit = await trainer.fit(rows, { ...task.train, localEpochs: 3 }, 1);
      assert.ok(fit.epochLosses[2]! < fit.epochLosses[0]!, fit.epochLosses.join(", "));
      const m = await trainer.evaluate(rows);
      assert.ok(m.kind === "multiclass" && m.accuracy > 0.5, JSON.stringify(m));
    } finally {
      trainer.dispose();
    }
  });
});
