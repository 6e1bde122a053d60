import type { Scaling } from "../task/task-spec";
import type { Dataset } from "./dataset";
import { applyScaler, standardiseOwn, type Scaler } from "./scaler";

/**
 * A task's feature scaling applied to a party's rows. "standardise" uses the
 * federation's statistics when given (federated standardisation), else the
 * party's own; "divide" divides every feature by a constant (images: grey
 * levels to [0, 1]); "none" leaves the values (ids read by an embedding).
 * Only "standardise" takes statistics: giving them to the others is an error.
 */
export function scaleFeatures(scaling: Scaling, data: Dataset, federated: Scaler | null): Dataset {
  if (scaling.kind !== "standardise" && federated !== null) {
    throw new Error(`this task scales its features by "${scaling.kind}", but standardisation statistics were given; the coordinator and the worker disagree on the task`);
  }
  switch (scaling.kind) {
    case "standardise":
      return federated !== null ? applyScaler(federated, data) : standardiseOwn(data).data;
    case "none":
      return data;
    case "divide": {
      const x = new Float32Array(data.x.length);
      for (let i = 0; i < x.length; i++) x[i] = data.x[i]! / scaling.by;
      return { ...data, x };
    }
  }
}

/** Whether the task's scaling needs statistics (and so the federated standardisation round). */
export function needsStandardisation(scaling: Scaling): boolean {
  return scaling.kind === "standardise";
}
