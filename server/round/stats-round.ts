import type { Protection, Standardisation } from "../../shared/protocol/messages";
import { chooseScale } from "../../shared/ring/fixed-point";
import { getLogger } from "../../shared/log/logger";
import type { WorkerSession } from "../worker-session";
import type { ModelWeights } from "../../shared/tensor/weights";
import type { Failure, SamplingRandom, Strategy, WorkerInfo } from "../strategy/strategy";
import type { SecureAggregationDriver, SecureRunRequest } from "./secure-aggregation-driver";
import { failureFrom } from "./fit-round";
import { decodeMeanSum } from "./secure-sums";

const log = getLogger("coordinator.stats");

/**
 * Largest per-feature mean or mean of squares a worker may report in the ring (a feature up
 * to 10^4 in absolute value, as breast-cancer's area columns). The two-word encoding keeps
 * the sum exact to about n^2 / (2 (2^31)^2 / 1e8) in absolute terms (1e-5 at n = 1000).
 * Larger values are clamped, and the worker logs it.
 */
export const STATS_RANGE = 1e8;

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
 * Cheap checks that the federation's moments are moments at all (a wrong encoding or a
 * poisoned input fails loudly instead of silently mis-scaling every feature): every variance
 * is non-negative (within the fixed-point rounding), and each mean lies within the feature's
 * declared bounds when the task declares them.
 */
export function momentsProblem(mean: readonly number[], meanSquare: readonly number[], bounds?: readonly (readonly [number, number] | null)[]): string | null {
  for (let j = 0; j < mean.length; j++) {
    const mu = mean[j]!, m2 = meanSquare[j]!;
    const variance = m2 - mu * mu;
    if (!(Number.isFinite(variance)) || variance < -1e-6 * Math.max(1, Math.abs(m2))) {
      return `feature ${j} has mean ${mu.toPrecision(6)} and mean of squares ${m2.toPrecision(6)}, a negative variance; an input was malformed`;
    }
    const b = bounds?.[j];
    if (b && (mu < b[0] || mu > b[1] || variance > ((b[1] - b[0]) ** 2) / 4 * (1 + 1e-9))) {
      return `feature ${j} has mean ${mu.toPrecision(6)} and variance ${variance.toPrecision(6)}, impossible for values within its declared bounds [${b[0]}, ${b[1]}]; an input was poisoned`;
    }
  }
  return null;
}

/**
 * Round 0's participants, sampled like a training round: the strategy's own sampler
 * (`configureFit` with round 0: its fraction, its minimum, the run's randomness) over the
 * connected workers, in id order. With 10,000 connected and a tenth sampled per round, round 0
 * sums 1,000 workers' statistics instead of 10,000 (it was most of a run's time); the moments
 * are then the pooled moments of the sample's rows, an unbiased estimate of the federation's.
 */
export function sampleStatsRound(strategy: Pick<Strategy, "configureFit">, weights: ModelWeights, infos: ReadonlyMap<string, WorkerInfo>,
  sessions: ReadonlyMap<string, WorkerSession>, rng: SamplingRandom): WorkerSession[] {
  const available = [...infos.values()].filter((w) => sessions.get(w.id)?.connected === true);
  const chosen = strategy.configureFit(0, weights, available, rng).map((i) => sessions.get(i.worker)).filter((s): s is WorkerSession => s !== undefined && s.connected);
  log.info(`round 0 samples ${chosen.length} of ${available.length} connected workers`, { sampled: chosen.length, connected: available.length });
  return chosen.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** Round 0's pooled moments: per-feature means and means of squares over the contributors' rows. */
export interface PooledMoments {
  readonly mean: readonly number[];
  readonly meanSquare: readonly number[];
  /** The rows the moments pool (each contributor's capped count). */
  readonly rows: number;
}

export interface MomentsOutcome {
  readonly moments: PooledMoments | null;
  readonly failures: readonly Failure[];
  readonly contributors: number;
  readonly reason: string | null;
}

/**
 * Round 0, federated standardisation: the chosen workers report their per-feature means and means of squares,
 * weighted by their capped row counts, through the run's secure aggregation (or in plaintext
 * when there is none). The coordinator learns only the pooled moments of the sample's rows, and
 * from them (standardisationFromMoments) each feature's mean and standard deviation, which every
 * party then applies.
 */
export async function computeMoments(run: Pick<SecureRunRequest, "runId" | "membership">, sessions: readonly WorkerSession[], infos: ReadonlyMap<string, WorkerInfo>, features: number,
  base: Protection, secure: SecureAggregationDriver | undefined, deadline: number, maxExamples: number,
  bounds?: readonly (readonly [number, number] | null)[]): Promise<MomentsOutcome> {
  const announced = sessions.map((s) => Math.min(infos.get(s.id)?.numExamples ?? 0, maxExamples));
  const unit = Math.max(1, ...announced);
  const protection: Protection = secure
    ? { ...base, clipNorm: 0, dpMode: null, noiseStd: 0, ringNoiseSigma2: 0, secureAggregation: secure.mode, clipRange: STATS_RANGE,
        scale: chooseScale({ clipRange: STATS_RANGE, maxParties: Math.max(1, sessions.length) }), weighted: true, maxExamples: unit }
    : { ...base, clipNorm: 0, dpMode: null, noiseStd: 0, ringNoiseSigma2: 0, secureAggregation: "none", maxExamples: unit };
  const failures: Failure[] = [];
  const answered: { session: WorkerSession; values: readonly number[]; n: number }[] = [];
  await Promise.all(sessions.map(async (session) => {
    try {
      const r = await session.request(0, { type: "statsRequest", protection }, "statsResult", deadline - Date.now());
      if (!secure && (r.values.length !== 2 * features || r.numExamples < 1)) throw new Error(`worker ${session.id} sent ${r.values.length} statistics for ${features} features`);
      if (secure && (r.values.length > 0 || r.numExamples > 0)) throw new Error(`worker ${session.id} sent its statistics in plaintext in a secure run; they were discarded`);
      answered.push({ session, values: r.values, n: Math.min(r.numExamples, infos.get(session.id)?.numExamples ?? 0, maxExamples) });
    } catch (err) {
      failures.push(failureFrom(session.id, err));
    }
  }));
  answered.sort((a, b) => (a.session.id < b.session.id ? -1 : 1));
  let moments: number[];
  let contributors: number;
  let rows: number;
  if (secure) {
    const result = await secure.run({ ...run, round: 0, purpose: "stats", participants: answered.map((a) => a.session), vectorLength: 4 * features + 1, deadline });
    failures.push(...result.failures);
    if (result.kind === "aborted") return { moments: null, failures, contributors: 0, reason: result.reason };
    const decoded = decodeMeanSum(result.sum, 2 * features, protection, result.contributors.map((id) => infos.get(id)!), "round 0 (statistics vector)");
    if (!decoded.ok) return { moments: null, failures, contributors: 0, reason: decoded.reason };
    moments = decoded.value.means;
    contributors = result.contributors.length;
    rows = decoded.value.count;
  } else {
    rows = answered.reduce((s, a) => s + a.n, 0);
    if (rows === 0) return { moments: null, failures, contributors: 0, reason: "no worker reported statistics" };
    moments = new Array<number>(2 * features).fill(0);
    for (const a of answered) a.values.forEach((v, j) => { moments[j]! += (a.n / rows) * v; });
    contributors = answered.length;
  }
  const mean = moments.slice(0, features);
  const meanSquare = moments.slice(features);
  const problem = momentsProblem(mean, meanSquare, bounds);
  if (problem !== null) return { moments: null, failures, contributors: 0, reason: `round 0: ${problem}` };
  log.info(`feature moments computed from ${contributors} workers (${secure ? secure.mode : "plaintext"})`, { contributors, features });
  return { moments: { mean, meanSquare, rows }, failures, contributors, reason: null };
}
