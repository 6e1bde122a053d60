/**
 * A leaf's side of what its root asks between fits (docs/scale.md, "Hierarchical aggregation"):
 * round 0's statistics and federated evaluation, each answered with one secure round over the
 * leaf's shard, so the root receives what one site would send, pooled over the shard.
 */
import type { ModelWeights } from "../../shared/tensor/weights";
import type { Standardisation } from "../../shared/protocol/messages";
import { evaluateMetricNames } from "../../shared/protocol/evaluate-vector";
import type { CoordinatorOptions } from "../coordinator-options";
import type { WorkerSession } from "../worker-session";
import type { WorkerInfo } from "../strategy/strategy";
import type { MomentsOutcome } from "../round/stats-round";
import { collectEvaluate } from "../round/evaluate-round";
import type { RootRequest, ShardEvaluation, ShardFailure, ShardMoments, Upstream } from "./upstream";

/** How a leaf answers what the root asks between fits. */
export interface LeafAnswers {
  /** A statistics round over the shard (null: the leaf's task does not standardise). */
  readonly moments: (() => Promise<ShardMoments | ShardFailure>) | null;
  /** An evaluation round over the shard, numbered `round` (the round whose model it evaluates). */
  readonly evaluate: (round: number, weights: ModelWeights, standardisation: Standardisation | null) => Promise<ShardEvaluation | ShardFailure>;
}

/**
 * A leaf's wait for the root's next fit, for `round`. What the root asks first is answered
 * meanwhile: its round-0 statistics request with the shard's moments, or, for a leaf whose task
 * does not standardise, with why it has none; an evaluation of the model round - 1 made with the
 * shard's evaluation.
 */
export async function nextFit(upstream: Upstream, round: number, answers: LeafAnswers): Promise<Extract<RootRequest, { kind: "fit" }> | null> {
  for (;;) {
    const asked = await upstream.next(round);
    if (asked === null || asked.kind === "fit") return asked;
    if (asked.kind === "evaluate") {
      upstream.forwardEvaluation(await answers.evaluate(round - 1, asked.weights, asked.standardisation));
      continue;
    }
    upstream.forwardMoments(answers.moments === null
      ? { failed: "this leaf's task does not standardise its features, so it has no feature moments for the root's round 0" }
      : await answers.moments());
  }
}

/** What a leaf coordinator lends its answers. */
export interface LeafContext {
  readonly options: Pick<CoordinatorOptions, "membership" | "protection" | "secure" | "task" | "standardise">;
  readonly runId: string;
  readonly sessions: ReadonlyMap<string, WorkerSession>;
  /** The connected workers' announced counts, now. */
  readonly infos: () => ReadonlyMap<string, WorkerInfo>;
  readonly timeoutMs: number;
  /** The leaf's statistics round, when its task standardises (options.standardise). */
  readonly statsRound: (standardise: NonNullable<CoordinatorOptions["standardise"]>) => Promise<MomentsOutcome>;
}

/**
 * The leaf's answers: its statistics round's pooled moments, and an evaluation of the root's
 * model by every connected worker of the shard (the root's sampling chose this leaf; the leaf
 * asks its whole shard), summed securely into the shard's weighted means and rows.
 */
export function leafAnswers(ctx: LeafContext): LeafAnswers {
  const o = ctx.options;
  const standardise = o.standardise;
  return {
    moments: standardise === undefined ? null : () => ctx.statsRound(standardise).then((r) => r.moments ?? { failed: r.reason ?? "the statistics round failed" }),
    evaluate: async (round, weights, standardisation) => {
      const infos = ctx.infos();
      const fed = await collectEvaluate({ runId: ctx.runId, membership: o.membership }, round, weights, [...infos.keys()].sort(), ctx.sessions, infos, Date.now() + ctx.timeoutMs,
        standardisation, o.protection, o.secure, evaluateMetricNames(o.task.kind));
      if (fed.secure === null) {
        const why = fed.failures.map((f) => `${f.worker}: ${f.reason}`).join("; ");
        return { failed: `the shard's evaluation gave no result${why !== "" ? ` (${why})` : ""}` };
      }
      return { loss: fed.secure.loss, metrics: fed.secure.metrics, examples: fed.secureExamples };
    },
  };
}
