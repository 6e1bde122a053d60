/**
 * The masking graph of SecAgg+ (Bell et al., CCS 2020) and its parameters.
 *
 * Graph: a random Harary graph H(k, n): the participants are placed on a ring in an order
 * drawn from the round's transcript digest, and each is joined to the k/2 nearest on either
 * side (k even). k >= n - 1 gives the complete graph of Bonawitz et al. The order is derived,
 * never sent: every party computes it from SHA-256(label("conclave/v2/secagg+/graph") ||
 * transcript digest), and the transcript holds only values each worker checks (run id, round,
 * participants, k, t, c, vector length). The coordinator's only freedom over the graph is the
 * participant set, and the graph does not carry the privacy argument anyway (see below).
 *
 * Threshold against a malicious coordinator with up to c colluding workers (Bonawitz et al.
 * 2017, active setting; Bell et al. 2020): t > (k + c) / 2, i.e. t = floor((k + c) / 2) + 1.
 * The coordinator can recover a worker V's input only by learning both its self-mask secret
 * (t shares, revealed by holders told V survived) and its mask key (t shares, revealed by
 * holders told V dropped). Honest holders sign and answer one survivor set each (the
 * consistency check), so it must split V's honest neighbours in two groups A and B with
 * |A| + c >= t and |B| + c >= t, while |A| + |B| + c <= k: impossible when 2t > k + c.
 * Without lying it needs t shares of one secret from colluders alone, impossible when t > c
 * (implied). This holds whatever the graph, since the c colluders are at most c of V's
 * neighbours; that is why the graph need not be unpredictable to the coordinator.
 *
 * Default k: Bell et al. show k = O(log n) suffices; concretely we take the smallest even k
 * such that, if each worker drops independently with probability delta, the chance that some
 * worker keeps fewer than t live neighbours is at most 2^-sigma (union bound over n workers):
 *
 *     n * P[Binomial(k, delta) >= k - t + 1] <= 2^-sigma,   t = floor((k + c) / 2) + 1,
 *
 * capped at n - 1 (all-to-all, which small federations get anyway). With delta = 0.1,
 * sigma = 20, c = 1: k = n - 1 up to n = 33, then 34 at n = 100, 38 at 1000, 42 at 10^4.
 */
import { bytesEqual, label } from "../crypto/bytes";
import { sha256 } from "../crypto/hash";
import { randomInt, seededRandomBytes } from "../crypto/random";

/** The fewest participants a secure sum may have: with 2, each learns the other's input from the sum. */
export const MIN_SECURE_PARTICIPANTS = 3;
/** The collusion bound assumed when none is given. */
export const DEFAULT_COLLUSION_BOUND = 1;

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
  /** c, the colluding workers tolerated (default DEFAULT_COLLUSION_BOUND). */
  readonly collusionBound?: number;
}

/** The smallest threshold for k neighbours and collusion bound c: t > (k + c) / 2. */
export function thresholdFor(neighbors: number, collusionBound: number): number {
  return Math.floor((neighbors + collusionBound) / 2) + 1;
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

/** Default k and t for n participants (see the module comment); throws when n is too small for c. */
export function defaultSecAggParams(n: number, options: DefaultParamOptions = {}): SecAggParams {
  const delta = options.dropoutRate ?? 0.1;
  const sigma = options.failureBits ?? 20;
  const c = options.collusionBound ?? DEFAULT_COLLUSION_BOUND;
  if (!(Number.isSafeInteger(n) && n >= MIN_SECURE_PARTICIPANTS)) throw new RangeError(`secure aggregation needs at least ${MIN_SECURE_PARTICIPANTS} participants, got ${n}`);
  if (!(delta >= 0 && delta < 0.5)) throw new RangeError(`dropoutRate must be in [0, 0.5), got ${delta}`);
  if (!(sigma > 0)) throw new RangeError(`failureBits must be positive, got ${sigma}`);
  if (!(Number.isSafeInteger(c) && c >= 0)) throw new RangeError(`the collusion bound must be a non-negative integer, got ${c}`);
  const budget = -sigma * Math.LN2 - Math.log(n);
  let k = 2;
  for (; k < n - 1; k += 2) {
    const t = thresholdFor(k, c);
    if (t > k) continue;
    if (delta === 0) break;
    if (logBinomialTail(k, delta, k - t + 1) <= budget) break;
  }
  k = Math.min(k, n - 1);
  const t = thresholdFor(k, c);
  if (t > k) {
    throw new RangeError(`${n} participants cannot tolerate ${c} colluding workers: the threshold would have to be ${t}, above the ${k} neighbours each has; add workers or lower the collusion bound`);
  }
  return { neighbors: k, threshold: t };
}

/** Why (n, k, t) with collusion bound c is not acceptable, as a sentence; null when it is. */
export function paramsProblem(n: number, neighbors: number, threshold: number, collusionBound: number): string | null {
  if (!(Number.isSafeInteger(n) && n >= MIN_SECURE_PARTICIPANTS)) {
    return `a secure sum needs at least ${MIN_SECURE_PARTICIPANTS} participants (with 2, each learns the other's input), got ${n}`;
  }
  if (!(Number.isSafeInteger(neighbors) && neighbors >= 2 && neighbors <= n - 1)) {
    return `neighbors must be an integer in 2..${n - 1} for ${n} participants, got ${neighbors}`;
  }
  if (neighbors < n - 1 && neighbors % 2 !== 0) {
    return `neighbors must be even when below n - 1 (each worker takes k/2 ring neighbours on each side), got ${neighbors}; use ${neighbors + 1}`;
  }
  const min = thresholdFor(neighbors, collusionBound);
  if (!(Number.isSafeInteger(threshold) && threshold >= min && threshold <= neighbors)) {
    return `threshold must be an integer in ${min}..${neighbors} for ${neighbors} neighbours and ${collusionBound} colluding workers (t > (k + c) / 2, so a lying coordinator cannot collect both secrets of a worker), got ${threshold}`;
  }
  return null;
}

export type NeighbourGraph = ReadonlyMap<number, readonly number[]>;

const ascending = (ids: readonly number[]): number[] => Array.from(Float64Array.from(ids).sort()); // numeric, no comparator calls

/** The seed of the ring order: derived from the transcript digest, never sent. */
export function graphSeed(transcript: Uint8Array): Uint8Array {
  return sha256(label("conclave/v2/secagg+/graph"), transcript);
}

interface RingOrder { readonly sorted: readonly number[]; readonly ring: readonly number[] | null }

/**
 * The last ring drawn, with what it was drawn from: a round's graph is the same for all of its
 * parties, and in a simulation a thousand of them share a process (each would draw the same
 * permutation). A pure function's result, reused only for equal inputs.
 */
let lastRing: { participants: readonly number[]; neighbors: number; seed: Uint8Array; order: RingOrder } | null = null;

function sameIds(a: readonly number[], b: readonly number[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** The participants, sorted, in the ring order drawn from the seed (null: complete graph, no ring). */
function ringOrder(participants: readonly number[], neighbors: number, seed: Uint8Array): RingOrder {
  const last = lastRing;
  if (last !== null && last.neighbors === neighbors && bytesEqual(last.seed, seed) && sameIds(last.participants, participants)) return last.order;
  const order = drawRingOrder(participants, neighbors, seed);
  lastRing = { participants: [...participants], neighbors, seed: Uint8Array.from(seed), order };
  return order;
}

function drawRingOrder(participants: readonly number[], neighbors: number, seed: Uint8Array): RingOrder {
  const n = participants.length;
  if (!(Number.isSafeInteger(neighbors) && neighbors >= 1 && neighbors <= n - 1 && (neighbors >= n - 1 || neighbors % 2 === 0))) {
    throw new RangeError(`no ring graph of degree ${neighbors} on ${n} participants`);
  }
  if (seed.length !== 32) throw new RangeError(`the graph seed must be 32 bytes, got ${seed.length}`);
  const sorted = ascending(participants);
  if (neighbors >= n - 1) return { sorted, ring: null };
  const rng = seededRandomBytes(seed);
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
  for (let step = 1; step <= half; step++) mine.push(ring[(position + step) % n]!, ring[(position - step + n) % n]!);
  return ascending(mine);
}

/** Each participant's neighbours (ascending). */
export function buildNeighbourGraph(participants: readonly number[], neighbors: number, seed: Uint8Array): NeighbourGraph {
  const { sorted, ring } = ringOrder(participants, neighbors, seed);
  const graph = new Map<number, number[]>();
  if (ring === null) {
    for (const id of sorted) graph.set(id, sorted.filter((other) => other !== id));
    return graph;
  }
  ring.forEach((id, position) => graph.set(id, ringNeighbours(ring, position, neighbors / 2)));
  return graph;
}

/** One participant's neighbours (ascending), without building the other lists. Empty if `id` is not a participant. */
export function neighboursInGraph(participants: readonly number[], neighbors: number, seed: Uint8Array, id: number): number[] {
  const { sorted, ring } = ringOrder(participants, neighbors, seed);
  if (ring === null) return sorted.includes(id) ? sorted.filter((other) => other !== id) : [];
  const position = ring.indexOf(id);
  return position < 0 ? [] : ringNeighbours(ring, position, neighbors / 2);
}
