/**
 * The masking graph of SecAgg+ (Bell et al., CCS 2020) and its parameters.
 *
 * Graph: a random Harary graph H(k, n), the construction of Bell et al.'s
 * semi-honest protocol: the participants are placed on a ring in an order
 * drawn from the round's public seed, and each is joined to the k/2 nearest on
 * either side (k even). k >= n - 1 gives the complete graph of Bonawitz et al.
 * Every party derives the same graph from (participants, k, round, graphSeed).
 *
 * Threshold: t = floor(k/2) + 1 at least. With t > k/2 a coordinator that
 * lies about who dropped cannot collect t shares of both secrets of one worker
 * (it would need t holders to reveal the self-mask share and t others the
 * mask-key share, 2t > k), which is why Bonawitz et al. ask t > n/2 and SecAgg+
 * asks a majority of the neighbourhood. It also keeps the survivors' graph
 * connected: a gap of k/2 dropped workers on the ring would leave the survivor
 * next to it with at most k/2 < t live neighbours, and the coordinator aborts
 * (see the server), so it only ever learns the sum of all survivors.
 *
 * Default k: Bell et al. show k = O(log n) suffices; concretely we take the
 * smallest even k such that, if each worker drops independently with
 * probability delta, the chance that some worker keeps fewer than t live
 * neighbours is at most 2^-sigma (union bound over the n workers):
 *
 *     n * P[Binomial(k, delta) >= k - t + 1] <= 2^-sigma,   t = k/2 + 1,
 *
 * capped at n - 1 (all-to-all, which small federations get anyway). With the
 * defaults delta = 0.1, sigma = 20 this gives k = n - 1 up to n = 30, then
 * k = 34 at n = 100, 38 at 1000, 42 at 10^4: by the Chernoff bound roughly
 * k ~ 2 (log2 n + sigma) / log2(1 / (4 delta (1 - delta))), i.e. 1.36 (log2 n + 20)
 * for delta = 0.1. Callers that expect more dropouts pass their rate (the
 * simulator's --dropout P): delta = 0.3 needs k = 212 at n = 1000.
 */
import { deriveSeed } from "../crypto/kdf";
import { randomInt, seededRandomBytes } from "../crypto/random";

export interface SecAggParams {
  /** k: neighbours per worker. */
  readonly neighbors: number;
  /** t: shares needed to reconstruct. */
  readonly threshold: number;
}

export interface DefaultParamOptions {
  /** Expected fraction of workers that drop during a round (default 0.1). */
  readonly dropoutRate?: number;
  /** Target: a round aborts for lack of live neighbours with probability <= 2^-failureBits (default 20). */
  readonly failureBits?: number;
}

/** The smallest threshold SecAgg+ accepts for k neighbours: a strict majority. */
export function minimumThreshold(neighbors: number): number {
  return Math.floor(neighbors / 2) + 1;
}

function logBinomialTail(k: number, p: number, atLeast: number): number {
  // log P[Bin(k, p) >= atLeast], summed in log space for stability
  if (atLeast <= 0) return 0;
  if (atLeast > k) return -Infinity;
  let logChoose = 0;
  const terms: number[] = [];
  for (let j = 0; j <= k; j++) {
    if (j > 0) logChoose += Math.log(k - j + 1) - Math.log(j);
    if (j >= atLeast) terms.push(logChoose + j * Math.log(p) + (k - j) * Math.log1p(-p));
  }
  const max = Math.max(...terms);
  return max + Math.log(terms.reduce((s, x) => s + Math.exp(x - max), 0));
}

/** Default k and t for n participants (see the module comment for the formula). */
export function defaultSecAggParams(n: number, options: DefaultParamOptions = {}): SecAggParams {
  const delta = options.dropoutRate ?? 0.1;
  const sigma = options.failureBits ?? 20;
  if (!(Number.isSafeInteger(n) && n >= 2)) throw new RangeError(`SecAgg+ needs at least 2 participants, got ${n}`);
  if (!(delta >= 0 && delta < 0.5)) throw new RangeError(`dropoutRate must be in [0, 0.5), got ${delta}`);
  if (!(sigma > 0)) throw new RangeError(`failureBits must be positive, got ${sigma}`);
  const budget = -sigma * Math.LN2 - Math.log(n);
  let k = 2;
  for (; k < n - 1; k += 2) {
    if (delta === 0) break;
    const t = minimumThreshold(k);
    if (logBinomialTail(k, delta, k - t + 1) <= budget) break;
  }
  k = Math.min(k, n - 1);
  return { neighbors: k, threshold: minimumThreshold(k) };
}

/** Why (n, k, t) is not acceptable, as a sentence; null when it is. */
export function paramsProblem(n: number, neighbors: number, threshold: number): string | null {
  if (!(Number.isSafeInteger(n) && n >= 2)) return `SecAgg+ needs at least 2 participants, got ${n}`;
  if (!(Number.isSafeInteger(neighbors) && neighbors >= 1 && neighbors <= n - 1)) {
    return `neighbors must be an integer in 1..${n - 1} for ${n} participants, got ${neighbors}`;
  }
  if (neighbors < n - 1 && neighbors % 2 !== 0) {
    return `neighbors must be even when below n - 1 (each worker takes k/2 ring neighbours on each side), got ${neighbors}; use ${neighbors + 1}`;
  }
  const min = minimumThreshold(neighbors);
  if (!(Number.isSafeInteger(threshold) && threshold >= min && threshold <= neighbors)) {
    return `threshold must be an integer in ${min}..${neighbors} for ${neighbors} neighbours (a strict majority, so no one can collect both secrets of a worker), got ${threshold}`;
  }
  return null;
}

export type NeighbourGraph = ReadonlyMap<number, readonly number[]>;

const ascending = (ids: readonly number[]): number[] => Array.from(Float64Array.from(ids).sort()); // numeric, no comparator calls

/** The participants, sorted, in the ring order drawn from the round's public seed (null: complete graph, no ring). */
function ringOrder(participants: readonly number[], neighbors: number, round: number, graphSeed: Uint8Array): { sorted: number[]; ring: number[] | null } {
  const n = participants.length;
  const problem = paramsProblem(n, neighbors, minimumThreshold(neighbors));
  if (problem !== null) throw new RangeError(problem);
  if (graphSeed.length !== 32) throw new RangeError(`graphSeed must be 32 bytes, got ${graphSeed.length}`);
  const sorted = ascending(participants);
  if (neighbors >= n - 1) return { sorted, ring: null };
  const rng = seededRandomBytes(deriveSeed(graphSeed, { purpose: "secagg+/neighbour-graph", round, ids: [] }));
  const ring = [...sorted];
  for (let i = n - 1; i > 0; i--) {
    const j = randomInt(i + 1, rng); // Fisher-Yates, unbiased
    [ring[i], ring[j]] = [ring[j]!, ring[i]!];
  }
  return { sorted, ring };
}

function ringNeighbours(ring: readonly number[], position: number, half: number): number[] {
  const n = ring.length;
  const mine: number[] = [];
  for (let step = 1; step <= half; step++) {
    mine.push(ring[(position + step) % n]!, ring[(position - step + n) % n]!);
  }
  return ascending(mine);
}

/** Each participant's neighbours (sorted ascending), for the round's public seed. */
export function buildNeighbourGraph(participants: readonly number[], neighbors: number, round: number, graphSeed: Uint8Array): NeighbourGraph {
  const { sorted, ring } = ringOrder(participants, neighbors, round, graphSeed);
  const graph = new Map<number, number[]>();
  if (ring === null) {
    for (const id of sorted) graph.set(id, sorted.filter((other) => other !== id));
    return graph;
  }
  ring.forEach((id, position) => graph.set(id, ringNeighbours(ring, position, neighbors / 2)));
  return graph;
}

/**
 * One participant's neighbours (sorted ascending): the same as
 * buildNeighbourGraph(...).get(id), without building every other list (a
 * worker needs only its own). Empty if `id` is not a participant.
 */
export function neighboursInGraph(participants: readonly number[], neighbors: number, round: number, graphSeed: Uint8Array, id: number): number[] {
  const { sorted, ring } = ringOrder(participants, neighbors, round, graphSeed);
  if (ring === null) return sorted.includes(id) ? sorted.filter((other) => other !== id) : [];
  const position = ring.indexOf(id);
  return position < 0 ? [] : ringNeighbours(ring, position, neighbors / 2);
}
