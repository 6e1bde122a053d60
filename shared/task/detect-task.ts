import { BUNDLED_TASK_NAMES, getTask } from "./tasks";
import type { TaskSpec } from "./task-spec";

/**
 * The bundled task whose columns a CSV header has (a worker started without
 * --task). When none fits, the Error names the closest task and the columns
 * the header lacks for it, so a missing column is always named.
 */
export function detectTask(header: readonly string[], file: string): TaskSpec {
  const have = new Set(header);
  const ranked = BUNDLED_TASK_NAMES.map(getTask)
    .map((t) => ({ t, missing: [...t.features, t.target].filter((c) => !have.has(c)) }))
    .sort((a, b) => a.missing.length / (a.t.features.length + 1) - b.missing.length / (b.t.features.length + 1));
  const best = ranked[0]!;
  if (best.missing.length === 0) return best.t;
  throw new Error(`${file}: its header has the columns of no bundled task; closest is "${best.t.name}", which also needs ` +
    `${best.missing.map((c) => `"${c}"`).join(", ")}. Pass --task ${BUNDLED_TASK_NAMES.join("|")} or --task FILE (a task file naming your columns)`);
}
