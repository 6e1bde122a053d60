/**
 * Models on the syft wire: the spec (kind, loss, input shape, one JSON object
 * per layer) and the named weights. What arrives is checked as a task file's
 * model is: each layer against the task file's layer schemas (closed set of
 * layer types, no unknown field), the loss against the kind, the whole list by
 * shape inference (names, shapes, parameter and activation limits), the
 * output against the kind, and every weight against the layout it implies.
 */
import { checkInt, checkOneOf } from "../protocol/checks";
import { LOSS_OF } from "../task/parse-task";
import { parseShortLayers } from "../task/short-layers";
import { TASK_KINDS, type ModelSpec } from "../task/task-spec";
import { inferModel, ModelError, type ModelShapes } from "../task/weight-layout";
import type { NamedTensor } from "../tensor/weights";
import { tensorFromWire, tensorToWire } from "./codec-parts";
import { SyftError } from "./errors";
import { syft } from "./generated/syft";
import { LIMITS, type ModelData } from "./messages";
import { LOSSES, type SyftModelSpec } from "./model-spec";

/** Longest JSON text of one layer (a layer is a few fields; this only bounds the parser's work). */
const MAX_LAYER_JSON = 4096;
const MAX_INPUT_RANK = 4;

function malformed(message: string): SyftError {
  return new SyftError("MALFORMED", message);
}

export function modelToWire(m: ModelData): syft.v1.ModelData.$Properties {
  return {
    spec: { kind: m.spec.kind, loss: m.spec.loss, inputShape: [...m.spec.model.inputShape], layers: m.spec.model.layers.map((l) => JSON.stringify(l)) },
    weights: m.weights.map((w) => ({ name: w.name, tensor: tensorToWire({ kind: "float", shape: w.shape, values: Float64Array.from(w.values) }) })),
  };
}

function layerEntry(text: unknown, where: string): unknown {
  if (typeof text !== "string" || text.length === 0 || text.length > MAX_LAYER_JSON) throw malformed(`${where} must be the JSON of one layer (1-${MAX_LAYER_JSON} characters)`);
  try {
    return JSON.parse(text);
  } catch {
    throw malformed(`${where} is not valid JSON`);
  }
}

function modelShapes(model: ModelSpec, where: string): ModelShapes {
  try {
    return inferModel(model);
  } catch (err) {
    if (err instanceof ModelError) throw malformed(`${where}: ${err.message}`);
    throw err;
  }
}

/** A checked model spec (and its shapes) from the wire. */
export function modelSpecFromWire(s: syft.v1.ModelSpec.$Properties | null | undefined, where: string): { spec: SyftModelSpec; shapes: ModelShapes } {
  if (!s) throw malformed(`${where} is missing`);
  const kind = checkOneOf(s.kind, TASK_KINDS, `${where}.kind`);
  const loss = checkOneOf(s.loss, LOSSES, `${where}.loss`);
  if (!LOSS_OF[kind].includes(loss)) throw malformed(`${where}: a ${kind} model trains with ${LOSS_OF[kind].join(" or ")}, not ${loss}`);
  const dims = s.inputShape ?? [];
  if (dims.length < 1 || dims.length > MAX_INPUT_RANK) throw malformed(`${where}.inputShape must have 1 to ${MAX_INPUT_RANK} dimensions, has ${dims.length}`);
  const inputShape = dims.map((d, i) => checkInt(d, `${where}.inputShape[${i}]`, 1, 1 << 20));
  const texts = s.layers ?? [];
  if (texts.length < 1 || texts.length > LIMITS.maxLayers) throw malformed(`${where} has ${texts.length} layers; 1 to ${LIMITS.maxLayers} are allowed`);
  const entries = texts.map((t, i) => layerEntry(t, `${where}.layers[${i}]`));
  let layers;
  try {
    layers = parseShortLayers(entries, `${where}.layers`);
  } catch (err) {
    if (err instanceof ModelError) throw malformed(err.message);
    throw err;
  }
  const model: ModelSpec = { inputShape, layers };
  const shapes = modelShapes(model, where);
  const out = shapes.outputs[shapes.outputs.length - 1]!;
  const ok = out.length === 1 && (kind === "multiclass" ? out[0]! >= 2 : out[0] === 1);
  if (!ok) throw malformed(`${where}: a ${kind} model needs an output of shape [${kind === "multiclass" ? "classes >= 2" : "1"}], this one gives [${out.join(", ")}]`);
  return { spec: { kind, loss, model }, shapes };
}

export function modelFromWire(m: syft.v1.ModelData.$Properties | null | undefined, where: string): ModelData {
  if (!m) throw malformed(`${where} is missing`);
  const { spec, shapes } = modelSpecFromWire(m.spec, `${where}.spec`);
  const layout = shapes.slots;
  const list = m.weights ?? [];
  if (list.length !== layout.length) throw malformed(`${where} has ${list.length} weight tensors, its spec needs ${layout.length}`);
  const weights: NamedTensor[] = list.map((w, i) => {
    const slot = layout[i]!;
    const t = tensorFromWire(w.tensor, `${where}.weights[${i}]`);
    if (w.name !== slot.name || t.kind !== "float" || t.shape.join("x") !== slot.shape.join("x")) {
      throw malformed(`${where}.weights[${i}] must be ${slot.name} [${slot.shape.join(", ")}] of floats`);
    }
    return { name: slot.name, shape: [...slot.shape], values: Float32Array.from(t.values) };
  });
  return { spec, weights };
}
