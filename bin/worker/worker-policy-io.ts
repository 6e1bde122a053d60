import { readFileSync } from "node:fs";
import { DEFAULT_WORKER_POLICY, PolicyFileError, parseWorkerPolicy, type WorkerPolicy } from "../../worker/policy/worker-policy";
import { UsageError } from "../usage-error";
import type { WorkerCliOptions } from "../commands/worker";

/** The site's policy: its file (if any), then the flags on top; every value checked. */
export function loadWorkerPolicy(o: WorkerCliOptions): WorkerPolicy {
  let base = DEFAULT_WORKER_POLICY;
  if (o.policy !== undefined) {
    let text: string;
    try { text = readFileSync(o.policy, "utf8"); } catch { throw new UsageError(`the policy file ${o.policy} cannot be read`); }
    try { base = parseWorkerPolicy(text, o.policy); } catch (err) { throw err instanceof PolicyFileError ? new UsageError(err.message) : err; }
  }
  if (o.minParticipants !== undefined && o.minParticipants < 3) throw new UsageError(`--min-participants must be at least 3 (with 2, each site learns the other's input), got ${o.minParticipants}`);
  const dpFlags = [o.dpNoise, o.epsilonBudget, o.dpDelta].some((v) => v !== undefined);
  if (dpFlags && o.dpMode === undefined && base.dp === null) throw new UsageError("--dp-noise, --epsilon-budget and --dp-delta need --dp-mode distributed|local (or a dp section in the policy file)");
  let dp = base.dp;
  if (o.dpMode !== undefined || dpFlags) {
    const noiseMultiplier = o.dpNoise ?? dp?.noiseMultiplier;
    const epsilonBudget = o.epsilonBudget ?? dp?.epsilonBudget;
    if (noiseMultiplier === undefined || epsilonBudget === undefined) throw new UsageError("with --dp-mode, give --dp-noise Z and --epsilon-budget E (the noise this site adds at least, and the most epsilon it spends)");
    dp = { mode: o.dpMode ?? dp!.mode, noiseMultiplier, epsilonBudget, delta: o.dpDelta ?? dp?.delta ?? 1e-5 };
  }
  const evaluation = o.allowEvaluation !== undefined ? { ...base.evaluation, allow: o.allowEvaluation > 0, maxPerRun: o.allowEvaluation } : base.evaluation;
  return {
    ...base, dp, evaluation,
    protocols: o.accept ?? base.protocols,
    secagg: { ...base.secagg, ...(o.minParticipants !== undefined ? { minParticipants: o.minParticipants } : {}), ...(o.collusionBound !== undefined ? { collusionBound: o.collusionBound } : {}) },
    maxExamples: o.maxExamples ?? base.maxExamples, clipNorm: o.clipNorm ?? base.clipNorm,
    allowStandardisation: dp === null ? base.allowStandardisation : false,
  };
}
