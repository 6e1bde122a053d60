/**
 * V8's heap growth for the processes that hold many parties at once (`conclave simulate`,
 * `conclave worker --virtual N`). V8 lets an old generation grow to about twice its live size
 * before its next full collection; with 10,000 registered virtual workers the main thread's live
 * heap is about 175 MB and its heap reached about 400 MB. Growing by 25% instead, measured on
 * that cell (SecAgg+ and distributed DP, 3 rounds, 2 threads): peak RSS 0.92-1.02 GB -> 0.81 GB,
 * CPU 73 -> 62 s, the same round times (docs/scale.md). V8 flags are per process, so the pool
 * threads grow by the same rule. Left as it is when the operator set the flag (NODE_OPTIONS or
 * node's own command line).
 */
import v8 from "node:v8";
import { getLogger } from "../shared/log/logger";

const FLAG = "--heap-growing-percent";
export const HEAP_GROWING_PERCENT = 25;

/** Whether node's command line or NODE_OPTIONS already sets V8's heap growth. */
export function heapGrowthSetByOperator(execArgv: readonly string[], nodeOptions = ""): boolean {
  return [...execArgv, ...nodeOptions.split(/\s+/)].some((a) => a.startsWith(FLAG) || a.startsWith("--heap_growing_percent"));
}

/** Set V8's heap growth for this process (and its threads) to `percent`, unless the operator chose it. */
export function tightenHeapGrowth(percent = HEAP_GROWING_PERCENT): void {
  if (heapGrowthSetByOperator(process.execArgv, process.env.NODE_OPTIONS)) return;
  v8.setFlagsFromString(`${FLAG}=${percent}`);
  getLogger("conclave").debug(`V8 heap growth set to ${percent}% for a process of many parties`, { heapGrowingPercent: percent });
}
