import path from "node:path";
import type { z } from "zod";
import { fieldLocator, jsonSyntaxErrors, type TextPosition } from "./json-location";
import { parseTopology } from "./keras-topology";
import type { LayerSpec } from "./layer-spec";
import { readManifestWeights, type WeightFiles } from "./model-json";
import { modelColumns } from "./model-columns";
import { parseShortLayers } from "./short-layers";
import { TaskFileError, formatField } from "./task-file-error";
import { TASK_FILE_SCHEMA, type TaskFile } from "./task-schema";
import type { ClassLabel, LossName, MetricName, MissingPolicy, ModelSpec, Scaling, TaskKind, TaskSpec } from "./task-spec";
import { inferModel, ModelError } from "./weight-layout";

/** How a task file reaches the files it names (a model.json, its weights), relative to the task file's folder. */
export interface TaskFileReader {
  readText(file: string): string;
  readBytes(file: string): Uint8Array;
}

/** Largest task or model.json text accepted. */
export const MAX_TASK_FILE_BYTES = 16 * 1024 * 1024;

export const LOSS_OF: Readonly<Record<TaskKind, readonly LossName[]>> = {
  regression: ["meanSquaredError", "meanAbsoluteError"],
  binary: ["binaryCrossentropy"],
  multiclass: ["categoricalCrossentropy"],
};
const METRICS_OF: Readonly<Record<TaskKind, readonly MetricName[]>> = { regression: ["mse", "mae"], binary: ["accuracy", "auc"], multiclass: ["accuracy"] };

/** Parses JSON text, refusing syntax errors with their line and column. */
export function parseJsonText(text: string, file: string): unknown {
  const syntax = jsonSyntaxErrors(text);
  if (syntax.length > 0) {
    const e = syntax[0]!;
    throw new TaskFileError(file, "", `not valid JSON: ${e.message} (JSON allows no comments; write notes in a "$comment" field)`, e.position);
  }
  return JSON.parse(text);
}

/** Drops the keys that start with "$" ("$comment", "$docs"), at any depth. */
function withoutNotes(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(withoutNotes);
  if (typeof v === "object" && v !== null) return Object.fromEntries(Object.entries(v).filter(([k]) => !k.startsWith("$")).map(([k, x]) => [k, withoutNotes(x)]));
  return v;
}

/** `a.b[2].c` back into ["a", "b", 2, "c"]. */
function pathOf(field: string): (string | number)[] {
  const out: (string | number)[] = [];
  for (const m of field.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) out.push(m[2] !== undefined ? Number(m[2]) : m[1]!);
  return out;
}

function describeIssue(issue: z.core.$ZodIssue): string {
  if (issue.code !== "unrecognized_keys" && issue.input === undefined && (issue.code === "invalid_type" || issue.code === "invalid_value" || issue.code === "invalid_union")) {
    return `is required${issue.code === "invalid_type" ? ` (expected ${issue.expected})` : ""}`;
  }
  switch (issue.code) {
    case "unrecognized_keys":
      return `unknown field${issue.keys.length > 1 ? "s" : ""} ${issue.keys.map((k) => `"${k}"`).join(", ")} (see docs/tasks.md)`;
    case "invalid_type":
      return `expected ${issue.expected}, got ${JSON.stringify(issue.input)}`;
    case "invalid_value":
      return `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(", ")}, got ${JSON.stringify(issue.input)}`;
    default:
      return issue.input !== undefined ? `${issue.message} (got ${JSON.stringify(issue.input)})` : issue.message;
  }
}

/**
 * A task file's text into a checked TaskSpec. Every problem is a TaskFileError
 * naming the file, the line and column, and the field. `file` is the task
 * file's path (relative paths inside it are resolved against its folder).
 */
export function parseTaskText(text: string, file: string, reader: TaskFileReader): TaskSpec {
  const raw = parseJsonText(text, file);
  const locate = fieldLocator(text);
  const fail = (field: string, detail: string): never => {
    const at: TextPosition | undefined = locate(pathOf(field));
    throw new TaskFileError(file, field, detail, at ?? {});
  };
  const parsed = TASK_FILE_SCHEMA.safeParse(withoutNotes(raw), { reportInput: true });
  if (!parsed.success) {
    // A union reports its own branches' issues: prefer the deepest one.
    const issue = parsed.error.issues[0]!;
    const deep = issue.code === "invalid_union" ? issue.errors.flat().sort((a, b) => b.path.length - a.path.length)[0] : undefined;
    const chosen = deep !== undefined ? { ...deep, path: [...issue.path, ...deep.path] } : issue;
    return fail(formatField(chosen.path), describeIssue(chosen));
  }
  const t = parsed.data;
  try {
    return buildTask(t, file, reader, fail);
  } catch (err) {
    if (err instanceof ModelError) return fail(err.field, err.detail);
    throw err;
  }
}

function buildTask(t: TaskFile, file: string, reader: TaskFileReader, fail: (field: string, detail: string) => never): TaskSpec {
  const features = typeof t.data.features === "string" ? expandRange(t.data.features, fail) : t.data.features;
  const seen = new Set<string>();
  features.forEach((c, i) => {
    if (seen.has(c)) fail(`data.features[${i}]`, `column "${c}" is listed twice`);
    seen.add(c);
  });
  if (seen.has(t.data.target)) fail("data.target", `"${t.data.target}" is also a feature column`);
  const classes = checkClasses(t, fail);
  const image = t.data.image;
  if (image !== undefined && image.height * image.width * image.channels !== features.length) {
    fail("data.image", `${image.height}x${image.width}x${image.channels} = ${image.height * image.width * image.channels} pixels, but data.features names ${features.length} columns`);
  }
  const oneHot = t.preprocessing.oneHot;
  for (const [col, cats] of Object.entries(oneHot)) {
    if (!seen.has(col)) fail(`preprocessing.oneHot.${col}`, `"${col}" is not a feature column`);
    if (image !== undefined) fail(`preprocessing.oneHot.${col}`, "one-hot columns cannot be used with image data");
    if (new Set(cats.map(String)).size !== cats.length) fail(`preprocessing.oneHot.${col}`, "lists a category twice");
  }
  const missing = missingPolicy(t, features, seen, fail);
  for (const [col, [lo, hi]] of Object.entries(t.bounds)) {
    if (!seen.has(col)) fail(`bounds.${col}`, `"${col}" is not a feature column`);
    if (!(lo < hi)) fail(`bounds.${col}`, `lower bound ${lo} must be below the upper bound ${hi}`);
  }
  const scaling: Scaling = typeof t.preprocessing.scaling === "string"
    ? (t.preprocessing.scaling === "none" ? { kind: "none" } : { kind: "standardise" })
    : { kind: "divide", by: t.preprocessing.scaling.divideBy };
  const columns = modelColumns({ features, preprocessing: { oneHot } });
  const expected = image !== undefined ? [image.height, image.width, image.channels] : [columns.length];
  const { model, declared, weightsField } = readModel(t, file, reader, expected);
  if (declared !== undefined && declared.join("x") !== expected.join("x")) {
    const what = image !== undefined ? `${image.height}x${image.width}x${image.channels} images` : `${columns.length} feature columns${columns.length !== features.length ? " after one-hot expansion" : ""}`;
    fail(weightsField.input, `the model's input shape [${declared.join(", ")}] does not match the data: ${what}, shape [${expected.join(", ")}]`);
  }
  const shapes = inferModel(model);
  checkOutput(t, model, shapes.outputs[shapes.outputs.length - 1]!, classes.length, fail);
  if (model.layers[0]!.type === "embedding" && scaling.kind !== "none") {
    fail("preprocessing.scaling", 'an embedding reads integer ids: set "scaling" to "none"');
  }
  if (!LOSS_OF[t.kind].includes(t.loss)) fail("loss", `a ${t.kind} task trains with ${LOSS_OF[t.kind].join(" or ")}, got "${t.loss}"`);
  t.metrics.forEach((m, i) => {
    if (!METRICS_OF[t.kind].includes(m)) fail(`metrics[${i}]`, `"${m}" is not a ${t.kind} metric; use ${METRICS_OF[t.kind].join(", ")}`);
  });
  const initialWeights = weightsField.read?.(shapes.slots);
  const dir = path.dirname(file);
  return {
    name: t.name, description: t.description, kind: t.kind,
    ...(t.data.file !== undefined ? { dataFile: path.resolve(dir, t.data.file) } : {}),
    features, target: t.data.target, classes, ...(image !== undefined ? { image: { ...image } } : {}), extraColumns: t.data.extraColumns,
    preprocessing: { scaling, missing, oneHot },
    model, loss: t.loss, metrics: [...new Set(t.metrics)],
    train: { optimizer: t.train.optimizer, learningRate: t.train.learningRate, batchSize: t.train.batchSize, localEpochs: t.train.localEpochs, seed: t.train.seed,
      ...(t.train.proximalMu !== undefined ? { proximalMu: t.train.proximalMu } : {}) },
    rounds: t.rounds, clipNorm: t.clipNorm,
    bounds: Object.fromEntries(Object.entries(t.bounds).map(([k, [lo, hi]]) => [k, [lo, hi] as const])),
    ...(initialWeights !== undefined ? { initialWeights } : {}),
  };
}

function expandRange(spec: string, fail: (field: string, detail: string) => never): string[] {
  const m = /^([A-Za-z_][A-Za-z0-9_]*?)(\d+)\.\.([A-Za-z_][A-Za-z0-9_]*?)(\d+)$/.exec(spec)!;
  const [, p1, a, p2, b] = m;
  const from = Number(a);
  const to = Number(b);
  if (p1 !== p2 || !(to >= from) || to - from >= 100_000) fail("data.features", `"${spec}" must be PREFIXa..PREFIXb with the same prefix and a <= b, e.g. "p0..p63"`);
  return Array.from({ length: to - from + 1 }, (_, i) => `${p1}${from + i}`);
}

function checkClasses(t: TaskFile, fail: (field: string, detail: string) => never): ClassLabel[] {
  const declared = t.data.classes;
  if (t.kind === "regression") {
    if (declared !== undefined) fail("data.classes", "a regression task has no classes; remove the field or change kind");
    return [];
  }
  const classes = declared ?? (t.kind === "binary" ? [0, 1] : fail("data.classes", "a multiclass task must list its classes, e.g. [0, 1, 2]"));
  if (t.kind === "binary" && classes.length !== 2) fail("data.classes", `a binary task has exactly 2 classes (negative, positive), got ${classes.length}`);
  if (new Set(classes.map(String)).size !== classes.length) fail("data.classes", "lists a class twice");
  return [...classes];
}

function missingPolicy(t: TaskFile, features: readonly string[], seen: ReadonlySet<string>, fail: (field: string, detail: string) => never): MissingPolicy {
  const m = t.preprocessing.missing;
  if (m === "refuse") return { kind: "refuse" };
  if (typeof m.impute === "number") return { kind: "impute", values: Object.fromEntries(features.map((f) => [f, m.impute as number])) };
  for (const col of Object.keys(m.impute)) if (!seen.has(col)) fail(`preprocessing.missing.impute.${col}`, `"${col}" is not a feature column`);
  return { kind: "impute", values: { ...m.impute } };
}

interface ReadModel {
  readonly model: ModelSpec;
  readonly declared: readonly number[] | undefined;
  readonly weightsField: { readonly input: string; readonly read?: (slots: Parameters<typeof readManifestWeights>[2]) => ReturnType<typeof readManifestWeights> };
}

function readModel(t: TaskFile, file: string, reader: TaskFileReader, expected: readonly number[]): ReadModel {
  const m = t.model;
  const build = (layers: readonly LayerSpec[], declared: readonly number[] | undefined): ModelSpec => ({ inputShape: declared ?? expected, layers });
  if ("layers" in m) {
    return { model: build(parseShortLayers(m.layers, "model.layers"), m.inputShape), declared: m.inputShape, weightsField: { input: m.inputShape !== undefined ? "model.inputShape" : "model" } };
  }
  if ("topology" in m) {
    const parsed = parseTopology(m.topology, "model.topology");
    return { model: build(parsed.layers, parsed.inputShape), declared: parsed.inputShape, weightsField: { input: "model.topology" } };
  }
  const modelFile = path.resolve(path.dirname(file), m.modelJson);
  const text = new TextDecoder().decode(reader.readBytes(modelFile));
  if (text.length > MAX_TASK_FILE_BYTES) throw new TaskFileError(modelFile, "", `is larger than ${MAX_TASK_FILE_BYTES} bytes`);
  const json = parseJsonText(text, modelFile);
  const locate = fieldLocator(text);
  const inModelFile = <T>(fn: () => T): T => {
    try {
      return fn();
    } catch (err) {
      if (!(err instanceof ModelError)) throw err;
      const field = err.field.replace(/^model\.modelJson\.?/, "");
      throw new TaskFileError(modelFile, field, `${err.detail} (the model named by model.modelJson in ${file})`, locate(pathOf(field)) ?? {});
    }
  };
  const parsed = inModelFile(() => parseTopology(json, "model.modelJson"));
  const manifest = typeof json === "object" && json !== null && "weightsManifest" in json ? json.weightsManifest : undefined;
  const files: WeightFiles = { read: (p) => reader.readBytes(path.resolve(path.dirname(modelFile), p)) };
  return {
    model: build(parsed.layers, parsed.inputShape), declared: parsed.inputShape,
    weightsField: { input: "model.modelJson", ...(manifest !== undefined ? { read: (slots) => inModelFile(() => readManifestWeights(manifest, files, slots, "model.modelJson.weightsManifest")) } : {}) },
  };
}

function checkOutput(t: TaskFile, model: ModelSpec, out: readonly number[], nClasses: number, fail: (field: string, detail: string) => never): void {
  const want = t.kind === "multiclass" ? nClasses : 1;
  if (out.length !== 1 || out[0] !== want) {
    const hint = out.length > 1 ? "; add a flatten layer before the last dense layer" : "";
    fail("model", `a ${t.kind} task needs an output of shape [${want}]${t.kind === "multiclass" ? ` (one per class)` : ""}, the model gives [${out.join(", ")}]${hint}`);
  }
  const withActivation = [...model.layers].reverse().find((l) => "activation" in l);
  const last = withActivation !== undefined && "activation" in withActivation ? withActivation.activation : "linear";
  const need = t.kind === "binary" ? "sigmoid" : t.kind === "multiclass" ? "softmax" : null;
  if (need !== null && last !== need) fail("model", `a ${t.kind} task's last activation must be ${need} (the loss reads probabilities), got ${last}`);
}
