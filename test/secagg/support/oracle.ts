/**
 * An independent statement of when SecAgg+ must abort, for a drop plan in which
 * each worker stops answering from a given stage on: every live worker needs t
 * live neighbours at each step, and every secret that must be rebuilt needs t
 * holders answering ConsistencyCheck and then Unmask.
 */
import type { SecAggStage } from "../../../shared/secagg/stages";

export interface Expectation {
  readonly abort: boolean;
  readonly contributors: readonly number[];
}

export function expectedOutcome(ids: readonly number[], neighboursOf: (id: number) => readonly number[], t: number, drops: ReadonlyMap<number, SecAggStage>): Expectation {
  const order = ["AdvertiseKeys", "ShareKeys", "MaskedInput", "ConsistencyCheck", "Unmask"];
  const alive = (stage: SecAggStage) => new Set(ids.filter((id) => {
    const d = drops.get(id);
    return d === undefined || order.indexOf(d) > order.indexOf(stage);
  }));
  const u1 = alive("AdvertiseKeys"), u2 = alive("ShareKeys"), u3 = alive("MaskedInput"), u4 = alive("ConsistencyCheck"), u5 = alive("Unmask");
  const count = (id: number, among: Set<number>) => neighboursOf(id).filter((v) => among.has(v)).length;
  const contributors = [...u3].sort((a, b) => a - b);
  const gone = [...u2].filter((id) => !u3.has(id) && count(id, u3) > 0);
  const abort =
    [...u1].some((id) => count(id, u1) < t) ||
    [...u2].some((id) => count(id, u2) < t) ||
    u3.size === 0 ||
    [...u3].some((id) => count(id, u3) < t) ||
    gone.some((id) => count(id, u3) < t) ||
    [...u3].some((id) => count(id, u4) < t) ||
    gone.some((id) => count(id, u4) < t) ||
    [...u3].some((id) => count(id, u5) < t) ||
    gone.some((id) => count(id, u5) < t);
  return { abort, contributors };
}
