import { LAYER_TYPES, type LayerSpec, type LayerType } from "./layer-spec";
import { SHORT_LAYER_SCHEMAS, type ShortLayerType } from "./task-schema";
import { ModelError } from "./weight-layout";
import { KERAS_CLASS } from "./layer-spec";

/**
 * A short layer list (`[{"type": "dense", "units": 32, "activation": "relu"}, ...]`)
 * into LayerSpecs. An unnamed layer is called `<type>_<index>` in snake case
 * (`dense_0`, `conv2d_0`, `max_pooling2d_1`), so a weight is `dense_0/kernel`.
 */
export function parseShortLayers(entries: readonly unknown[], field: string): LayerSpec[] {
  return entries.map((entry, i) => parseShortLayer(entry, `${field}[${i}]`, i));
}

function isShortType(t: unknown): t is ShortLayerType {
  return typeof t === "string" && (LAYER_TYPES as readonly string[]).includes(t);
}

export function defaultLayerName(type: LayerType, index: number): string {
  return `${type.replace(/([a-z])([A-Z])/g, "$1_$2").toLowerCase()}_${index}`;
}

function parseShortLayer(entry: unknown, f: string, index: number): LayerSpec {
  const type: unknown = typeof entry === "object" && entry !== null && "type" in entry ? entry.type : undefined;
  if (!isShortType(type)) {
    const hint = typeof type === "string" && Object.values(KERAS_CLASS).includes(type) ? ` (in a short layer list the type is camelCase, e.g. "dense", "conv2d")` : "";
    throw new ModelError(`${f}.type`, `unknown layer type ${JSON.stringify(type)}${hint}: expected one of ${LAYER_TYPES.join(", ")}; custom layers are refused (a task file carries no code)`);
  }
  const parsed = SHORT_LAYER_SCHEMAS[type].safeParse(entry, { reportInput: true });
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const key = issue.path.length > 0 ? `.${issue.path.map(String).join(".")}` : "";
    throw new ModelError(`${f}${key}`, issue.code === "unrecognized_keys" ? `unknown field${issue.keys.length > 1 ? "s" : ""} ${issue.keys.map((k) => `"${k}"`).join(", ")} for a ${type} layer` : issue.message);
  }
  const l = parsed.data;
  const name = l.name ?? defaultLayerName(type, index);
  const pair = (v: number | readonly [number, number]): [number, number] => (typeof v === "number" ? [v, v] : [v[0], v[1]]);
  switch (l.type) {
    case "dense":
      return { type: l.type, name, units: l.units, activation: l.activation, useBias: l.useBias };
    case "conv2d":
      return { type: l.type, name, filters: l.filters, kernelSize: pair(l.kernelSize), strides: pair(l.strides), padding: l.padding, activation: l.activation, useBias: l.useBias };
    case "maxPooling2d":
    case "averagePooling2d":
      return { type: l.type, name, poolSize: pair(l.poolSize), strides: pair(l.strides ?? l.poolSize), padding: l.padding };
    case "globalAveragePooling2d":
    case "globalMaxPooling2d":
    case "flatten":
      return { type: l.type, name };
    case "dropout":
      return { type: l.type, name, rate: l.rate };
    case "batchNormalization":
      return { type: l.type, name, momentum: l.momentum, epsilon: l.epsilon, center: l.center, scale: l.scale };
    case "embedding":
      return { type: l.type, name, inputDim: l.inputDim, outputDim: l.outputDim };
    case "activation":
      return { type: l.type, name, activation: l.activation };
    case "reshape":
      return { type: l.type, name, targetShape: [...l.targetShape] };
  }
}
