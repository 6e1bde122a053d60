// What this client reads of Welcome.task_json (docs/protocol.md section 6).
import { dbl, isObj, list, objList, str, uintList, MalformedMessage } from "./field-reader";
import type { WeightSpec } from "./input-vectors";

export interface TaskView {
  /** Every weight's name and shape, in the order tensors travel. */
  weights: WeightSpec[];
  features: string[];
  /** The model's input columns after one-hot expansion: F of the stats vector (section 10). */
  modelColumns: string[];
  clipNorm: number;
}

export function readTask(taskJson: string): TaskView {
  let parsed: unknown;
  try {
    parsed = JSON.parse(taskJson);
  } catch {
    throw new MalformedMessage("welcome.task_json is not JSON");
  }
  if (!isObj(parsed)) throw new MalformedMessage("welcome.task_json is not a JSON object");
  return {
    weights: objList(parsed, "weights", "task_json").map((w, i) => ({ name: str(w, "name", `task_json.weights[${i}]`, 256), shape: uintList(w, "shape", `task_json.weights[${i}]`, 8) })),
    features: list(parsed, "features", "task_json").map((f, i) => {
      if (typeof f === "string") return f;
      if (isObj(f)) return str(f, "name", `task_json.features[${i}]`);
      throw new MalformedMessage(`task_json.features[${i}] is neither a name nor an object with one`);
    }),
    modelColumns: list(parsed, "modelColumns", "task_json").map((c, i) => {
      if (typeof c !== "string") throw new MalformedMessage(`task_json.modelColumns[${i}] is not a string`);
      return c;
    }),
    clipNorm: dbl(parsed, "clipNorm", "task_json"),
  };
}
