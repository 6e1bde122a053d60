import { createHash } from "node:crypto";
import type { TaskSpec } from "./task-spec";
import { weightLayout } from "./weight-layout";
import { modelColumns } from "./model-columns";
import { TASK_FORMAT } from "./task-schema";

type Json = null | boolean | number | string | readonly Json[] | { readonly [k: string]: Json };

/**
 * JSON with object keys sorted (by UTF-16 code units, as RFC 8785 does), no
 * whitespace, numbers as JavaScript prints them: the same value always gives the
 * same bytes, whatever the key order or layout of the file it came from.
 */
export function stableJson(value: Json): string {
  if (value === null || typeof value !== "object") {
    if (typeof value === "number" && !Number.isFinite(value)) throw new RangeError(`cannot encode the non-finite number ${value}`);
    return JSON.stringify(value);
  }
  if (Array.isArray(value)) return `[${value.map((v: Json) => stableJson(v)).join(",")}]`;
  const entries = Object.entries(value).filter(([, v]) => v !== undefined).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableJson(v)}`).join(",")}}`;
}

/**
 * Everything a worker needs to train a task, as deterministic JSON: columns,
 * target, kind, classes, preprocessing, model topology, the weights' names and
 * shapes in order, the training configuration and the clip norm. Not in it:
 * where the data lives, the description, the initial weights (the coordinator
 * sends weights every round). Two parties holding the same task get the same
 * string, so its digest can be compared over the wire.
 */
export function canonicalTaskJson(task: TaskSpec): string {
  const p = task.preprocessing;
  const doc: Json = {
    format: TASK_FORMAT,
    name: task.name,
    kind: task.kind,
    features: [...task.features],
    target: task.target,
    classes: [...task.classes],
    modelColumns: modelColumns(task),
    image: task.image ? { height: task.image.height, width: task.image.width, channels: task.image.channels } : null,
    extraColumns: task.extraColumns,
    preprocessing: {
      scaling: p.scaling.kind === "divide" ? { kind: "divide", by: p.scaling.by } : { kind: p.scaling.kind },
      missing: p.missing.kind === "refuse" ? { kind: "refuse" } : { kind: "impute", values: { ...p.missing.values } },
      oneHot: Object.fromEntries(Object.entries(p.oneHot).map(([k, v]) => [k, [...v]])),
    },
    model: { inputShape: [...task.model.inputShape], layers: task.model.layers.map((l) => layerJson(l)) },
    weights: weightLayout(task.model).map((s) => ({ name: s.name, shape: [...s.shape], trainable: s.trainable })),
    loss: task.loss,
    metrics: [...task.metrics],
    train: { optimizer: task.train.optimizer, learningRate: task.train.learningRate, batchSize: task.train.batchSize, localEpochs: task.train.localEpochs,
      seed: task.train.seed, proximalMu: task.train.proximalMu ?? 0 },
    rounds: task.rounds,
    clipNorm: task.clipNorm,
    bounds: Object.fromEntries(Object.entries(task.bounds).map(([k, [lo, hi]]) => [k, [lo, hi]])),
  };
  return stableJson(doc);
}

/** SHA-256 (hex) of canonicalTaskJson(task). */
export function taskDigest(task: TaskSpec): string {
  return createHash("sha256").update(canonicalTaskJson(task), "utf8").digest("hex");
}

function layerJson(layer: TaskSpec["model"]["layers"][number]): Json {
  const out: Record<string, Json> = {};
  for (const [k, v] of Object.entries(layer)) out[k] = Array.isArray(v) ? [...v] : v;
  return out;
}
