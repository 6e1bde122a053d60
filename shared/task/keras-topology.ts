import { ACTIVATIONS, KERAS_CLASS, LAYER_TYPES, type Activation, type LayerSpec, type LayerType, type Padding } from "./layer-spec";
import { ModelError } from "./weight-layout";

/**
 * Reads a tfjs Layers topology, as `tf.LayersModel.toJSON()` or `model.save()`
 * writes it (`{class_name: "Sequential", config: {layers: [...]}}`, possibly
 * inside `modelTopology` / `model_config`), into the closed LayerSpec list.
 * Pure data in, pure data out: a class outside the known list (a custom layer)
 * is refused, and so is any setting the trainer would not honour
 * (regularisers, constraints, dilation, channels-first, frozen layers, masks).
 * Initialisers are ignored: weights come from the file's weights or a seeded
 * initialisation.
 */
export interface ParsedTopology {
  readonly inputShape: readonly number[] | undefined;
  readonly layers: readonly LayerSpec[];
}

const CLASS_TO_TYPE: ReadonlyMap<string, LayerType> = new Map<string, LayerType>([
  ...LAYER_TYPES.map((t): [string, LayerType] => [KERAS_CLASS[t], t]),
  ["MaxPool2D", "maxPooling2d"],
  ["AvgPool2D", "averagePooling2d"],
  ["GlobalAvgPool2D", "globalAveragePooling2d"],
  ["GlobalMaxPool2D", "globalMaxPooling2d"],
  ["Convolution2D", "conv2d"],
]);

export const KNOWN_LAYER_CLASSES: readonly string[] = [...CLASS_TO_TYPE.keys(), "InputLayer"];

type Json = Record<string, unknown>;

function isRecord(v: unknown): v is Json {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

export function parseTopology(topology: unknown, field: string): ParsedTopology {
  let t: unknown = topology;
  let at = field;
  for (const wrapper of ["modelTopology", "model_config"]) {
    if (isRecord(t) && isRecord(t[wrapper])) {
      t = t[wrapper];
      at = `${at}.${wrapper}`;
    }
  }
  if (!isRecord(t)) throw new ModelError(at, "must be a tfjs Layers topology object ({\"class_name\": \"Sequential\", \"config\": {...}})");
  if (t.class_name !== "Sequential") {
    throw new ModelError(`${at}.class_name`, `must be "Sequential" (a linear stack of layers), got ${JSON.stringify(t.class_name)}; functional models are not supported`);
  }
  const config = t.config;
  const list = Array.isArray(config) ? config : isRecord(config) ? config.layers : undefined;
  const listField = Array.isArray(config) ? `${at}.config` : `${at}.config.layers`;
  if (!Array.isArray(list) || list.length === 0) throw new ModelError(listField, "must be a non-empty list of layers");
  let inputShape: number[] | undefined;
  const layers: LayerSpec[] = [];
  list.forEach((entry: unknown, i) => {
    const f = `${listField}[${i}]`;
    if (!isRecord(entry) || typeof entry.class_name !== "string" || !isRecord(entry.config)) {
      throw new ModelError(f, 'must be {"class_name": "...", "config": {...}}');
    }
    const cfg = entry.config;
    const declared = readInputShape(cfg, f);
    if (declared !== undefined) {
      if (inputShape !== undefined && i > 0) throw new ModelError(f, "declares an input shape but is not the first layer");
      inputShape = declared;
    }
    if (entry.class_name === "InputLayer") {
      if (i !== 0) throw new ModelError(f, "an InputLayer must come first");
      return;
    }
    const type = CLASS_TO_TYPE.get(entry.class_name);
    if (type === undefined) {
      throw new ModelError(`${f}.class_name`, `unknown layer class "${entry.class_name}": only ${KNOWN_LAYER_CLASSES.join(", ")} are accepted; custom layers are refused (a task file carries no code)`);
    }
    layers.push(readLayer(type, cfg, f, layers.length));
  });
  return { inputShape, layers };
}

function get(cfg: Json, snake: string): unknown {
  const camel = snake.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());
  return cfg[snake] ?? cfg[camel];
}

function readInputShape(cfg: Json, f: string): number[] | undefined {
  const batch = get(cfg, "batch_input_shape") ?? get(cfg, "batch_shape");
  const plain = get(cfg, "input_shape");
  const raw = batch !== undefined && batch !== null ? batch : plain;
  if (raw === undefined || raw === null) return undefined;
  if (!Array.isArray(raw)) throw new ModelError(`${f}.config.batch_input_shape`, "must be a list");
  const dims = batch !== undefined && batch !== null ? raw.slice(1) : raw;
  if (!dims.every((d: unknown) => typeof d === "number" && Number.isInteger(d) && d >= 1)) {
    throw new ModelError(`${f}.config.batch_input_shape`, `must give every dimension after the batch axis as a positive integer, got ${JSON.stringify(raw)}`);
  }
  return dims.map(Number);
}

function readLayer(type: LayerType, cfg: Json, f: string, index: number): LayerSpec {
  const nameValue = get(cfg, "name");
  const name = typeof nameValue === "string" ? nameValue : `${type}_${index}`;
  refuseUnsupported(cfg, f);
  const int = (key: string, fallback?: number): number => {
    const v = get(cfg, key) ?? fallback;
    if (typeof v !== "number" || !Number.isInteger(v) || v < 1) throw new ModelError(`${f}.config.${key}`, `must be a positive integer, got ${JSON.stringify(v)}`);
    return v;
  };
  const num = (key: string, fallback: number): number => {
    const v = get(cfg, key) ?? fallback;
    if (typeof v !== "number" || !Number.isFinite(v)) throw new ModelError(`${f}.config.${key}`, `must be a number, got ${JSON.stringify(v)}`);
    return v;
  };
  const bool = (key: string, fallback: boolean): boolean => {
    const v = get(cfg, key) ?? fallback;
    if (typeof v !== "boolean") throw new ModelError(`${f}.config.${key}`, `must be true or false, got ${JSON.stringify(v)}`);
    return v;
  };
  const pair = (key: string, fallback?: readonly [number, number]): [number, number] => {
    const v = get(cfg, key) ?? fallback;
    const p = typeof v === "number" ? [v, v] : v;
    if (!Array.isArray(p) || p.length !== 2 || !p.every((d: unknown) => typeof d === "number" && Number.isInteger(d) && d >= 1)) {
      throw new ModelError(`${f}.config.${key}`, `must be a positive integer or a pair of them, got ${JSON.stringify(v)}`);
    }
    return [Number(p[0]), Number(p[1])];
  };
  const pad = (): Padding => {
    const v = get(cfg, "padding") ?? "valid";
    if (v !== "valid" && v !== "same") throw new ModelError(`${f}.config.padding`, `must be "valid" or "same", got ${JSON.stringify(v)}`);
    return v;
  };
  const act = (): Activation => readActivation(get(cfg, "activation") ?? "linear", `${f}.config.activation`);
  switch (type) {
    case "dense":
      return { type, name, units: int("units"), activation: act(), useBias: bool("use_bias", true) };
    case "conv2d":
      return { type, name, filters: int("filters"), kernelSize: pair("kernel_size"), strides: pair("strides", [1, 1]), padding: pad(), activation: act(), useBias: bool("use_bias", true) };
    case "maxPooling2d":
    case "averagePooling2d": {
      const poolSize = pair("pool_size", [2, 2]);
      const strides = get(cfg, "strides") === null ? poolSize : pair("strides", poolSize);
      return { type, name, poolSize, strides, padding: pad() };
    }
    case "globalAveragePooling2d":
    case "globalMaxPooling2d":
    case "flatten":
      return { type, name };
    case "dropout": {
      const rate = num("rate", 0);
      if (!(rate >= 0 && rate < 1)) throw new ModelError(`${f}.config.rate`, `must be in [0, 1), got ${rate}`);
      if (get(cfg, "noise_shape") !== undefined && get(cfg, "noise_shape") !== null) throw new ModelError(`${f}.config.noise_shape`, "is not supported");
      return { type, name, rate };
    }
    case "batchNormalization": {
      const axis = get(cfg, "axis") ?? -1;
      if (!(axis === -1 || (Array.isArray(axis) && axis.length === 1 && axis[0] === -1))) {
        throw new ModelError(`${f}.config.axis`, `only -1 (the last axis, channels last) is supported, got ${JSON.stringify(axis)}`);
      }
      return { type, name, momentum: num("momentum", 0.99), epsilon: num("epsilon", 0.001), center: bool("center", true), scale: bool("scale", true) };
    }
    case "embedding":
      if (bool("mask_zero", false)) throw new ModelError(`${f}.config.mask_zero`, "masking is not supported");
      return { type, name, inputDim: int("input_dim"), outputDim: int("output_dim") };
    case "activation":
      return { type, name, activation: act() };
    case "reshape": {
      const shape = get(cfg, "target_shape");
      if (!Array.isArray(shape) || shape.length === 0 || !shape.every((d: unknown) => typeof d === "number" && Number.isInteger(d) && d >= 1)) {
        throw new ModelError(`${f}.config.target_shape`, `must be a list of positive integers (no -1), got ${JSON.stringify(shape)}`);
      }
      return { type, name, targetShape: shape.map(Number) };
    }
  }
}

const TFJS_ACTIVATION: Readonly<Record<string, Activation>> = { hard_sigmoid: "hardSigmoid" };

export function readActivation(v: unknown, f: string): Activation {
  const s = typeof v === "string" ? (TFJS_ACTIVATION[v] ?? v) : v;
  const found = ACTIVATIONS.find((a) => a === s);
  if (found === undefined) throw new ModelError(f, `unknown activation ${JSON.stringify(v)}: expected one of ${ACTIVATIONS.join(", ")}`);
  return found;
}

function refuseUnsupported(cfg: Json, f: string): void {
  for (const key of ["kernel_regularizer", "bias_regularizer", "activity_regularizer", "embeddings_regularizer", "beta_regularizer", "gamma_regularizer",
    "kernel_constraint", "bias_constraint", "embeddings_constraint", "beta_constraint", "gamma_constraint"]) {
    const v = get(cfg, key);
    if (v !== undefined && v !== null) throw new ModelError(`${f}.config.${key}`, "regularisers and constraints are not supported; remove it");
  }
  const format = get(cfg, "data_format");
  if (format !== undefined && format !== null && format !== "channels_last") throw new ModelError(`${f}.config.data_format`, `only "channels_last" is supported, got ${JSON.stringify(format)}`);
  const dilation = get(cfg, "dilation_rate");
  if (dilation !== undefined && dilation !== null && dilation !== 1 && !(Array.isArray(dilation) && dilation.every((d: unknown) => d === 1))) {
    throw new ModelError(`${f}.config.dilation_rate`, "dilated convolutions are not supported");
  }
  if (get(cfg, "trainable") === false) throw new ModelError(`${f}.config.trainable`, "frozen layers are not supported: every layer trains");
  const dtype = get(cfg, "dtype");
  if (dtype !== undefined && dtype !== null && dtype !== "float32") throw new ModelError(`${f}.config.dtype`, `only float32 layers are supported, got ${JSON.stringify(dtype)}`);
}
