import { z } from "zod";
import { ACTIVATIONS } from "./layer-spec";

/**
 * The task file as JSON (docs/tasks.md is the reference). Structure only: the
 * semantic checks (columns, shapes, loss and output agree, limits) live in
 * parse-task.ts. Keys starting with "$" ("$comment", "$docs") are notes for
 * people and are dropped before this schema sees the file.
 */
export const TASK_FORMAT = "conclave.task/1";

const name = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/, "must be 1-64 letters, digits, _ . or -, starting with a letter or digit");
const column = z.string().min(1).max(200);
const label = z.union([z.string().min(1).max(200), z.number().refine(Number.isFinite, "must be finite")]);
const positiveInt = (max: number) => z.number().int().min(1).max(max);
const pair = z.union([positiveInt(1024), z.tuple([positiveInt(1024), positiveInt(1024)])]);
const activation = z.enum(ACTIVATIONS);
const padding = z.enum(["valid", "same"]);
const layerName = { name: z.string().optional() };

/** One entry of a short layer list, by `type`. */
export const SHORT_LAYER_SCHEMAS = {
  dense: z.strictObject({ type: z.literal("dense"), ...layerName, units: positiveInt(65_536), activation: activation.default("linear"), useBias: z.boolean().default(true) }),
  conv2d: z.strictObject({
    type: z.literal("conv2d"), ...layerName, filters: positiveInt(4096), kernelSize: pair, strides: pair.default(1), padding: padding.default("valid"),
    activation: activation.default("linear"), useBias: z.boolean().default(true),
  }),
  maxPooling2d: z.strictObject({ type: z.literal("maxPooling2d"), ...layerName, poolSize: pair.default(2), strides: pair.optional(), padding: padding.default("valid") }),
  averagePooling2d: z.strictObject({ type: z.literal("averagePooling2d"), ...layerName, poolSize: pair.default(2), strides: pair.optional(), padding: padding.default("valid") }),
  globalAveragePooling2d: z.strictObject({ type: z.literal("globalAveragePooling2d"), ...layerName }),
  globalMaxPooling2d: z.strictObject({ type: z.literal("globalMaxPooling2d"), ...layerName }),
  flatten: z.strictObject({ type: z.literal("flatten"), ...layerName }),
  dropout: z.strictObject({ type: z.literal("dropout"), ...layerName, rate: z.number().min(0).lt(1) }),
  batchNormalization: z.strictObject({
    type: z.literal("batchNormalization"), ...layerName, momentum: z.number().gt(0).lt(1).default(0.99), epsilon: z.number().gt(0).lt(1).default(0.001),
    center: z.boolean().default(true), scale: z.boolean().default(true),
  }),
  embedding: z.strictObject({ type: z.literal("embedding"), ...layerName, inputDim: positiveInt(1_000_000), outputDim: positiveInt(4096) }),
  activation: z.strictObject({ type: z.literal("activation"), ...layerName, activation }),
  reshape: z.strictObject({ type: z.literal("reshape"), ...layerName, targetShape: z.array(positiveInt(1 << 20)).min(1).max(8) }),
} as const;

const scaling = z.union([z.enum(["standardise", "standardize", "none"]), z.strictObject({ divideBy: z.number().positive().refine(Number.isFinite, "must be finite") })]);
const missing = z.union([z.literal("refuse"), z.strictObject({ impute: z.union([z.number().refine(Number.isFinite, "must be finite"), z.record(column, z.number().refine(Number.isFinite, "must be finite"))]) })]);

export const TASK_FILE_SCHEMA = z.strictObject({
  format: z.literal(TASK_FORMAT),
  name,
  description: z.string().max(2000).default(""),
  kind: z.enum(["regression", "binary", "multiclass"]),
  data: z.strictObject({
    file: z.string().min(1).optional(),
    features: z.union([z.array(column).min(1).max(100_000), z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*?\d+\.\.[A-Za-z_][A-Za-z0-9_]*?\d+$/, 'must be a list of column names or a range such as "p0..p63"')]),
    target: column,
    classes: z.array(label).min(2).max(10_000).optional(),
    image: z.strictObject({ height: positiveInt(4096), width: positiveInt(4096), channels: positiveInt(4) }).optional(),
    extraColumns: z.enum(["ignore", "refuse"]).default("ignore"),
  }),
  preprocessing: z.strictObject({
    scaling,
    missing,
    oneHot: z.record(column, z.array(label).min(1).max(1000)).default({}),
  }),
  model: z.union([
    z.strictObject({ layers: z.array(z.unknown()).min(1), inputShape: z.array(positiveInt(1 << 20)).min(1).max(4).optional() }),
    z.strictObject({ modelJson: z.string().min(1) }),
    z.strictObject({ topology: z.record(z.string(), z.unknown()) }),
  ]),
  loss: z.enum(["meanSquaredError", "meanAbsoluteError", "binaryCrossentropy", "categoricalCrossentropy"]),
  metrics: z.array(z.enum(["mse", "mae", "accuracy", "auc"])).min(1).max(4),
  train: z.strictObject({
    optimizer: z.enum(["sgd", "adam"]),
    learningRate: z.number().gt(0).max(10),
    batchSize: positiveInt(1 << 20),
    localEpochs: positiveInt(10_000),
    seed: z.number().int().min(0).max(0xffffffff).default(1),
    proximalMu: z.number().min(0).max(1e6).optional(),
  }),
  rounds: positiveInt(100_000),
  clipNorm: z.number().positive().refine(Number.isFinite, "must be finite"),
  bounds: z.record(column, z.tuple([z.number().refine(Number.isFinite, "must be finite"), z.number().refine(Number.isFinite, "must be finite")])).default({}),
});

export type TaskFile = z.infer<typeof TASK_FILE_SCHEMA>;
export type ShortLayerType = keyof typeof SHORT_LAYER_SCHEMAS;
