import type { Protection, Standardisation } from "../../shared/protocol/messages";
import { chooseScale } from "../../shared/ring/fixed-point";
import { getLogger } from "../../shared/log/logger";
import type { WorkerSession } from "../worker-session";
import type { Failure, WorkerInfo } from "../strategy/strategy";
import type { SecureAggregationDriver } from "./secure-aggregation-driver";
import { failureFrom } from "./fit-round";

const log = getLogger("coordinator.stats");

/**
 * Largest per-feature mean or mean of squares a worker may report in the ring
 * (e.g. a feature up to 1000 in absolute value). Larger values are clamped, and
 * the worker logs it.
 */
export const STATS_RANGE = 1e6;

export interface StatsOutcome {
  readonly standardisation: Standardisation | null;
  readonly failures: readonly Failure[];
  readonly contributors: number;
  readonly reason: string | null;
}

/** mean and std from per-feature means and means of squares; a constant feature gets std 1. */
export function standardisationFromMoments(mean: ArrayLike<number>, meanSquare: ArrayLike<number>): Standardisation {
  const m: number[] = [];
  const s: number[] = [];
  for (let j = 0; j < mean.length; j++) {
    const mu = mean[j]!;
    const variance = meanSquare[j]! - mu * mu;
    const sd = variance > 1e-12 * Math.max(1, mu * mu) ? Math.sqrt(variance) : 1;
    m.push(mu);
    s.push(sd);
  }
  return { mean: m, std: s };
}

/**
 * Round 0, federated standardisation: every connected worker reports its
 * per-feature means and means of squares, weighted by its row count, through the
 * run's secure aggregation (or in plaintext when there is none). The coordinator
 * learns only the federation-wide mean and standard deviation of each feature,
 * which every party then applies, so no party's statistics leave it alone.
 */
export async function computeStandardisation(sessions: readonly WorkerSession[], infos: readonly WorkerInfo[], features: number,
  base: Protection, secure: SecureAggregationDriver | undefined, timeoutMs: number): Promise<StatsOutcome> {
  const maxExamples = Math.max(1, ...infos.map((w) => w.numExamples));
  const protection: Protection = secure
    ? { ...base, clipNorm: 0, dpMode: null, noiseStd: 0, ringNoiseSigma2: 0, secureAggregation: secure.mode, clipRange: STATS_RANGE,
        scale: chooseScale({ clipRange: STATS_RANGE, maxParties: Math.max(1, sessions.length) }), weighted: true, maxExamples }
    : { ...base, clipNorm: 0, dpMode: null, noiseStd: 0, ringNoiseSigma2: 0, secureAggregation: "none" };
  const failures: Failure[] = [];
  const answered: { session: WorkerSession; values: readonly number[]; n: number }[] = [];
  await Promise.all(sessions.map(async (session) => {
    try {
      const r = await session.request(0, { type: "statsRequest", protection }, "statsResult", timeoutMs);
      if (!secure && (r.values.length !== 2 * features || r.numExamples < 1)) throw new Error(`worker ${session.id} sent ${r.values.length} statistics for ${features} features`);
      if (secure && (r.values.length > 0 || r.numExamples > 0)) throw new Error(`worker ${session.id} sent its statistics in plaintext in a secure run; they were discarded`);
      answered.push({ session, values: r.values, n: r.numExamples });
    } catch (err) {
      failures.push(failureFrom(session.id, err));
    }
  }));
  answered.sort((a, b) => (a.session.id < b.session.id ? -1 : 1));
  if (secure) {
    // Coarse and fine words for each of the 2 * features moments (see worker/secure/encode-stats).
    const result = await secure.run(0, answered.map((a) => a.session), 4 * features, protection);
    failures.push(...result.failures);
    if (result.kind === "aborted") return { standardisation: null, failures, contributors: 0, reason: result.reason };
    const stretch = 2 * protection.scale * protection.clipRange;
    const moments = Array.from({ length: 2 * features }, (_, j) => (result.weightedSum[j]! + result.weightedSum[2 * features + j]! / stretch) / result.totalWeight);
    log.info("federated standardisation computed (secure)", { contributors: result.contributors.length, features });
    return { standardisation: standardisationFromMoments(moments.slice(0, features), moments.slice(features)), failures, contributors: result.contributors.length, reason: null };
  }
  const total = answered.reduce((s, a) => s + a.n, 0);
  if (total === 0) return { standardisation: null, failures, contributors: 0, reason: "no worker reported statistics" };
  const moments = new Array<number>(2 * features).fill(0);
  for (const a of answered) a.values.forEach((v, j) => { moments[j]! += (a.n / total) * v; });
  log.info("federated standardisation computed (plaintext)", { contributors: answered.length, features });
  return { standardisation: standardisationFromMoments(moments.slice(0, features), moments.slice(features)), failures, contributors: answered.length, reason: null };
}
