import { readFileSync } from "node:fs";
import type { ByeBody, SecureAggregationMode } from "../../shared/protocol/messages";
import type { TaskKind } from "../../shared/protocol/evaluate-vector";
import type { TaskDescription } from "../../shared/protocol/task-description";
import { getLogger } from "../../shared/log/logger";
import { DEFAULT_WORKER_POLICY, type WorkerPolicy } from "../../worker/policy/worker-policy";
import { connectSocketIo } from "../../worker/transport/socketio-client";
import { WorkerClient } from "../../worker/worker-client";
import { loadMembership } from "../federation-io";
import { hex, readKeyFile } from "../key-store";
import { UsageError } from "../usage-error";
import { LOOPBACK_URL } from "../worker/run-worker";
import type { LeafLink } from "./leaf-link";

const log = getLogger("cli.leaf");

/** How a leaf coordinator reaches its root (`conclave coordinator --upstream`; docs/scale.md, "Hierarchical aggregation"). */
export interface UpstreamCliOptions {
  upstream?: string; upstreamSite?: string; upstreamKey?: string; upstreamFederation?: string; upstreamCa?: string; upstreamAccept?: SecureAggregationMode[];
  upstreamRetry: number; insecure: boolean;
}

/** The root's protocols a leaf takes part in unless --upstream-accept says otherwise: the secure sums across leaves, never plaintext. */
export const DEFAULT_UPSTREAM_ACCEPT: readonly SecureAggregationMode[] = ["secagg+", "additive"];

/** A leaf joined to its root: the root's goodbye once said, and how to leave. */
export interface JoinedRoot {
  /** The root's goodbye (null while the root has said none). */
  bye(): ByeBody | null;
  /** The leaf's own run has ended: wait up to 10 s for the root's goodbye, then leave the root. */
  leave(reason: string): Promise<void>;
}

/** The usage errors of --upstream's flags, checked before anything starts. `leaf`: the leaf's own configuration, parts of which a leaf cannot forward yet. */
export function checkUpstreamOptions(o: UpstreamCliOptions, leaf: { secagg: SecureAggregationMode; dp: boolean; federatedEvaluation: number; state: boolean }): void {
  const given = ([["--upstream-site", o.upstreamSite], ["--upstream-key", o.upstreamKey], ["--upstream-federation", o.upstreamFederation], ["--upstream-ca", o.upstreamCa],
    ["--upstream-accept", o.upstreamAccept]] as const).filter(([, v]) => v !== undefined).map(([flag]) => flag);
  if (o.upstream === undefined) {
    if (given.length > 0) throw new UsageError(`${given.join(", ")} ${given.length > 1 ? "configure" : "configures"} a leaf's link to its root: give --upstream URL too, or leave ${given.length > 1 ? "them" : "it"} out`);
    return;
  }
  const missing = ([["--upstream-site", o.upstreamSite], ["--upstream-key", o.upstreamKey], ["--upstream-federation", o.upstreamFederation]] as const).filter(([, v]) => v === undefined).map(([f]) => f);
  if (missing.length > 0) throw new UsageError(`--upstream joins the root as one of its sites: give ${missing.join(", ")} (this leaf's site name, its key file and the root's federation file, as conclave worker takes --name, --key and --federation)`);
  if (leaf.secagg === "none") throw new UsageError("--upstream runs a leaf, which forwards only its shard's secure sum to the root: run it with --secagg secagg+ (or additive), not --secagg none");
  if (leaf.dp) throw new UsageError("--upstream with --dp is not built: DP noise is not planned across leaves yet; run the leaf without --dp");
  if (leaf.federatedEvaluation > 0) throw new UsageError("--upstream with --federated-evaluation: a leaf evaluates its shard when its root asks (the root's --federated-evaluation), not on its own; leave --federated-evaluation at 0 on the leaf");
  if (leaf.state) throw new UsageError("--upstream with --state is not built: a leaf's model is the root's, so the root checkpoints the run; leave --state out on the leaf");
  if (o.upstream.startsWith("http://") && !LOOPBACK_URL.test(o.upstream) && !o.insecure) {
    throw new UsageError(`--upstream ${o.upstream} is plain http:// beyond this machine: the network could read and alter the shard sums; use https:// (with --upstream-ca for the root's CA), or --insecure on a closed test network`);
  }
}

/**
 * A leaf's policy as a site of its root, from `base`: it takes part in `protocols` of the root,
 * and answers round 0 and federated evaluation with its shard's pooled moments or metrics, each
 * from a secure sum over its own workers (LeafLink.moments, LeafLink.evaluate); evaluation goes
 * up through a secure root only, unless plaintext ("none") was opted into.
 */
export function leafPolicy(base: WorkerPolicy, protocols: readonly SecureAggregationMode[]): WorkerPolicy {
  return { ...base, protocols: [...protocols], allowStandardisation: true,
    evaluation: { allow: true, maxPerRun: Number.MAX_SAFE_INTEGER, holdout: 0, requireSecure: !protocols.includes("none") } };
}

/**
 * Join the root at o.upstream as site o.upstreamSite of its federation, through the ordinary
 * WorkerClient with the leaf coordinator's LeafLink (its `upstream`) as its learner. Call it once the leaf's own workers have joined:
 * the leaf announces their summed example count at join.
 */
export async function joinRoot(o: UpstreamCliOptions & { upstream: string }, link: LeafLink, task: TaskDescription & { kind: TaskKind; clipNorm: number }): Promise<JoinedRoot> {
  const site = o.upstreamSite!;
  const membership = loadMembership(o.upstreamFederation!);
  if (membership.idOf(site) === undefined) throw new UsageError(`"${site}" is not a site of the root's federation "${membership.federation}" (${o.upstreamFederation}); check --upstream-site`);
  const identity = readKeyFile(o.upstreamKey!);
  if (!membership.isSiteKey(site, identity.publicKey)) {
    throw new UsageError(`the key in ${o.upstreamKey} (public key ${hex(identity.publicKey).slice(0, 16)}...) is not the key the root's federation file pins for site "${site}"`);
  }
  // By default the shard's sum reaches the root only inside a secure sum across the leaves (the root learns the total).
  // "none" is opt-in: the root then learns each shard's mean delta and count (never one worker's update).
  const protocols = o.upstreamAccept ?? DEFAULT_UPSTREAM_ACCEPT;
  const connection = await connectSocketIo(o.upstream, { attempts: o.upstreamRetry, ...(o.upstreamCa ? { ca: readFileSync(o.upstreamCa, "utf8") } : {}) });
  const client = new WorkerClient(connection, { name: site, task, identity, membership, learner: link, evaluator: link, policy: leafPolicy(DEFAULT_WORKER_POLICY, protocols) });
  void client.closed.then((reason) => {
    log.info(`the connection to the root closed (${reason})`);
    link.close();
  });
  let welcome: Awaited<ReturnType<WorkerClient["join"]>>;
  try {
    welcome = await client.join();
  } catch (e) {
    // Refused (policy, key, federation) or never welcomed: close the connection rather than leave it open to a root that will not use it.
    if (!connection.closed) client.leave("could not join the root");
    throw e;
  }
  log.info(`joined the root at ${o.upstream} as site ${site} of federation ${membership.federation}, run ${welcome.runId}`, { examples: link.numExamples });
  return {
    bye: () => client.bye,
    leave: async (reason) => {
      link.close();
      // The last round's TrainResult may still be on its way to the root: wait (a while) for the root's goodbye rather than cut it off.
      await Promise.race([client.closed, new Promise((r) => setTimeout(r, 10_000).unref())]);
      if (client.bye === null) client.leave(reason);
      await Promise.race([client.closed, new Promise((r) => setTimeout(r, 2_000).unref())]);
    },
  };
}
