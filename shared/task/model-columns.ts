import type { TaskSpec } from "./task-spec";

/**
 * The model's input columns, in order: the task's feature columns with each
 * one-hot column replaced, in place, by one 0/1 column per declared category,
 * named `column=category` (e.g. `chas=0`, `chas=1`).
 */
export function modelColumns(task: { readonly features: readonly string[]; readonly preprocessing: Pick<TaskSpec["preprocessing"], "oneHot"> }): string[] {
  const out: string[] = [];
  for (const f of task.features) {
    const cats = task.preprocessing.oneHot[f];
    if (cats === undefined) out.push(f);
    else for (const c of cats) out.push(`${f}=${String(c)}`);
  }
  return out;
}
