import assert from "node:assert/strict";
import * as tf from "@tensorflow/tfjs";
import { BackendUnavailableError, parseBackendName, selectBackend } from "../../worker/backend/select-backend";
import { requiredKernels } from "../../worker/backend/model-kernels";
import { getTask } from "../../shared/task/tasks";

/** Whether an optional package is installed here (CI with network may have tfjs-node). */
function installed(pkg: string): boolean {
  try {
    require.resolve(pkg);
    return true;
  } catch {
    return false;
  }
}

describe("selectBackend", () => {
  after(async () => {
    await selectBackend(); // leave the process on the automatic choice
  });

  it("forced cpu runs ops on the cpu backend", async () => {
    const choice = await selectBackend("cpu");
    assert.equal(choice.name, "cpu");
    assert.equal(choice.forced, true);
    assert.equal(tf.getBackend(), "cpu");
    assert.deepEqual([...tf.tensor([1, 2]).square().dataSync()], [1, 4]);
  });

  it("forced wasm runs ops on the wasm backend", async () => {
    const choice = await selectBackend("wasm");
    assert.equal(choice.name, "wasm");
    assert.equal(tf.getBackend(), "wasm");
    assert.match(choice.detail, /threads=\d+/);
    const t = tf.tensor([3]);
    assert.deepEqual([...t.square().dataSync()], [9]);
  });

  it("chooses the best available backend and says why better ones were skipped", async () => {
    const choice = await selectBackend();
    assert.equal(choice.forced, false);
    if (installed("@tensorflow/tfjs-node") || installed("@tensorflow/tfjs-node-gpu")) {
      assert.ok(choice.name === "tfjs-node" || choice.name === "tfjs-node-gpu");
      return;
    }
    if (choice.name === "webgpu") return; // a machine with a hardware WebGPU adapter
    assert.equal(choice.name, "wasm");
    assert.equal(tf.getBackend(), "wasm");
    assert.deepEqual(choice.skipped.map((s) => s.name), ["tfjs-node-gpu", "webgpu", "tfjs-node"]);
    // webgpu: not installed, no adapter, or only a software one (lavapipe), each said
    assert.match(choice.skipped[1]!.reason, /webgpu|adapter/);
    assert.match(choice.skipped[2]!.reason, /@tensorflow\/tfjs-node is not installed/);
  });

  it("is idempotent and switches back after another choice", async () => {
    const a = await selectBackend();
    await selectBackend("cpu");
    const b = await selectBackend();
    assert.equal(a, b);
    assert.equal(tf.getBackend(), a.tfBackend);
  });

  it("makes a forced native backend that cannot load a clear error", async function () {
    if (installed("@tensorflow/tfjs-node")) this.skip();
    await assert.rejects(selectBackend("tfjs-node"), (err: unknown) => {
      assert.ok(err instanceof BackendUnavailableError);
      assert.match(err.message, /backend "tfjs-node" was forced but cannot be used: @tensorflow\/tfjs-node is not installed/);
      return true;
    });
    await assert.rejects(selectBackend("tfjs-node-gpu"), /backend "tfjs-node-gpu" was forced but cannot be used/);
  });

  it("skips a backend that lacks a kernel the model's training needs, naming it", async () => {
    const embedding = { inputShape: [4], layers: [{ type: "embedding", name: "e", inputDim: 10, outputDim: 2 }, { type: "flatten", name: "f" },
      { type: "dense", name: "d", units: 1, activation: "linear", useBias: true }] } as const;
    assert.deepEqual(requiredKernels(embedding), ["BatchMatMul", "GatherV2", "UnsortedSegmentSum"]);
    assert.ok(requiredKernels(getTask("digits").model).includes("Conv2DBackpropFilter"));
    assert.deepEqual(requiredKernels(getTask("boston").model), ["BatchMatMul"]);
    await assert.rejects(selectBackend("wasm", { kernels: requiredKernels(embedding) }), /backend "wasm" was forced but cannot be used: it lacks the kernel UnsortedSegmentSum that training this model needs/);
    // the digits CNN trains on wasm: Conclave supplies the convolution filter gradient wasm lacks
    assert.equal((await selectBackend("wasm", { kernels: requiredKernels(getTask("digits").model) })).name, "wasm");
    if (installed("@tensorflow/tfjs-node")) return;
    const choice = await selectBackend(undefined, { kernels: requiredKernels(embedding) });
    if (choice.name === "webgpu") return; // a machine with a hardware WebGPU adapter
    assert.equal(choice.name, "cpu");
    assert.match(choice.skipped.find((s) => s.name === "wasm")!.reason, /lacks the kernel UnsortedSegmentSum/);
  });

  it("parses --backend values", () => {
    assert.equal(parseBackendName("wasm"), "wasm");
    assert.throws(() => parseBackendName("webgl"), /unknown backend "webgl": valid backends are tfjs-node-gpu, webgpu, tfjs-node, wasm, cpu/);
    assert.equal(parseBackendName("webgpu"), "webgpu");
  });
});
