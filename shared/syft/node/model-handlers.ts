/**
 * Models where the data lives: a model (spec and weights) sent to the worker,
 * trained there on the worker's own tensors by its executor, its parameters
 * exposed as a flat tensor (for fixPrecision().share() averaging) and replaced
 * by a new flat tensor. Only the model's owner may do any of it.
 */
import { makeDataset } from "../../data/dataset";
import { flatten, unflatten } from "../../tensor/weights";
import { SyftError } from "../errors";
import type { RequestBody } from "../messages";
import { formatShape, sizeOf } from "../shape";
import type { Handler } from "./node-context";
import { refOf, type StoredObject } from "./object-store";
import { checkUse } from "./worker-policy";

type Body<T extends RequestBody["type"]> = Extract<RequestBody, { type: T }>;

export const handleStoreModel: Handler<Body<"storeModel">> = (ctx, sender, body) => {
  const obj: StoredObject = { kind: "model", owner: sender, model: body.model };
  return { type: "object", ref: refOf(ctx.store.put(obj), obj) };
};

export const handleFit: Handler<Body<"fit">> = async (ctx, sender, body) => {
  if (ctx.executor === null) throw new SyftError("NO_EXECUTOR", `worker ${ctx.id} has no model executor; start it with one to train models where the data lives`);
  const model = ctx.store.getKind(body.model, ["model"], "fit");
  const x = ctx.store.getKind(body.x, ["float"], "fit (features)");
  const y = ctx.store.getKind(body.y, ["float"], "fit (targets)");
  for (const [id, obj] of [[body.model, model], [body.x, x], [body.y, y]] as const) checkUse(ctx.id, sender, id, obj);
  const input = model.model.spec.model.inputShape;
  const cols = sizeOf(input);
  if (x.shape.length < 2 || sizeOf(x.shape.slice(1)) !== cols) {
    throw new SyftError("BAD_REQUEST", `fit: the model takes [rows, ${input.join(", ")}] (or [rows, ${cols}]) features, ${body.x} has shape ${formatShape(x.shape)}`);
  }
  const rows = x.shape[0]!;
  if (sizeOf(y.shape) !== rows || y.shape.length > 2) throw new SyftError("BAD_REQUEST", `fit: ${rows} rows of features need ${rows} targets, ${body.y} has shape ${formatShape(y.shape)}`);
  const names = Array.from({ length: cols }, (_, i) => `x${i}`);
  const data = makeDataset(Float32Array.from(x.values), Float32Array.from(y.values), names, "y");
  const r = await ctx.executor.fit(model.model, data, body.config);
  model.model = { spec: model.model.spec, weights: r.weights.map((w) => ({ name: w.name, shape: [...w.shape], values: Float32Array.from(w.values) })) };
  return { type: "fit", loss: r.loss, epochLosses: r.epochLosses, examples: r.examples };
};

export const handleParameters: Handler<Body<"parameters">> = (ctx, sender, body) => {
  const model = ctx.store.getKind(body.model, ["model"], "parameters");
  checkUse(ctx.id, sender, body.model, model);
  const flat = flatten(model.model.weights);
  const obj: StoredObject = { kind: "float", owner: sender, shape: [flat.length], values: Float64Array.from(flat) };
  return { type: "object", ref: refOf(ctx.store.put(obj), obj) };
};

export const handleSetParameters: Handler<Body<"setParameters">> = (ctx, sender, body) => {
  const model = ctx.store.getKind(body.model, ["model"], "setParameters");
  const t = ctx.store.getKind(body.tensor, ["float"], "setParameters");
  checkUse(ctx.id, sender, body.model, model);
  checkUse(ctx.id, sender, body.tensor, t);
  const count = model.model.weights.reduce((n, w) => n + w.values.length, 0);
  if (t.values.length !== count) throw new SyftError("BAD_REQUEST", `setParameters: the model has ${count} parameters, ${body.tensor} holds ${t.values.length} values`);
  model.model = { spec: model.model.spec, weights: unflatten(Float32Array.from(t.values), model.model.weights) };
  return { type: "ok" };
};
