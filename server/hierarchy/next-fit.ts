import type { RootRequest, ShardFailure, ShardMoments, Upstream } from "./upstream";

/**
 * A leaf's wait for the root's next fit. A round-0 request from the root that comes first is
 * answered with the shard's moments (`moments`: a statistics round over the leaf's own workers),
 * or, for a leaf whose task does not standardise (`moments` null), with why it has none.
 */
export async function nextFit(upstream: Upstream, round: number, moments: (() => Promise<ShardMoments | ShardFailure>) | null): Promise<Extract<RootRequest, { kind: "fit" }> | null> {
  for (;;) {
    const asked = await upstream.next(round);
    if (asked === null || asked.kind === "fit") return asked;
    upstream.forwardMoments(moments === null
      ? { failed: "this leaf's task does not standardise its features, so it has no feature moments for the root's round 0" }
      : await moments());
  }
}
