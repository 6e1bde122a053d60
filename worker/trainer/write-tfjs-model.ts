import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import type { TaskSpec } from "../../shared/task/task-spec";
import type { ModelWeights } from "../../shared/tensor/weights";
import { Trainer } from "./trainer";

export interface WrittenModel {
  readonly modelJson: string;
  readonly weightsBin: string;
  readonly bytes: number;
}

/**
 * Writes a task's model with the given weights in the tfjs Layers format:
 * `dir/model.json` (topology and weights manifest) and `dir/weights.bin`
 * (float32, little-endian, in weightLayout order), which tf.loadLayersModel
 * opens (and which a task file can name as its model). Needs a tfjs backend
 * (selectBackend()) to serialise the topology.
 */
export async function writeTfjsModel(dir: string, task: TaskSpec, weights: ModelWeights): Promise<WrittenModel> {
  const trainer = new Trainer(task, 0);
  let topology: unknown;
  try {
    trainer.setWeights(weights); // checks names, shapes and finiteness
    topology = trainer.layersModel.toJSON(null, false);
  } finally {
    trainer.dispose();
  }
  const bytes = new Uint8Array(weights.reduce((n, w) => n + 4 * w.values.length, 0));
  const view = new DataView(bytes.buffer);
  let at = 0;
  for (const w of weights) {
    for (const v of w.values) {
      view.setFloat32(at, v, true);
      at += 4;
    }
  }
  const modelJson = {
    format: "layers-model",
    generatedBy: "conclave",
    convertedBy: null,
    modelTopology: topology,
    weightsManifest: [{ paths: ["weights.bin"], weights: weights.map((w) => ({ name: w.name, shape: [...w.shape], dtype: "float32" })) }],
    userDefinedMetadata: { task: task.name, kind: task.kind, features: [...task.features], target: task.target, classes: [...task.classes] },
  };
  await mkdir(dir, { recursive: true });
  const out = { modelJson: path.join(dir, "model.json"), weightsBin: path.join(dir, "weights.bin"), bytes: bytes.length };
  await writeFile(out.weightsBin, bytes);
  await writeFile(out.modelJson, JSON.stringify(modelJson));
  return out;
}
