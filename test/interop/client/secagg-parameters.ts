// The parameters a worker accepts for a secure sum (docs/protocol.md section 9.1).

export interface SitePolicy {
  /** Fewest participants (and survivors) the site accepts; never below 3. */
  minParticipants: number;
  /** The site's own collusion bound c. */
  collusionBound: number;
  /** The site's own minimum neighbour count k. */
  minNeighbours: number;
}

export interface SumParameters {
  protocol: string;
  participants: readonly number[];
  neighbors: number;
  threshold: number;
  collusionBound: number;
}

function binomialTail(k: number, below: number, live: number): number {
  // P(fewer than `below` of k neighbours are live), each live with probability `live`.
  let p = 0;
  let coefficient = 1;
  for (let j = 0; j < below; j++) {
    p += coefficient * live ** j * (1 - live) ** (k - j);
    coefficient = (coefficient * (k - j)) / (j + 1);
  }
  return p;
}

/**
 * k_default(n): the smallest even k for which a round fails for lack of live neighbours with
 * probability at most 2^-20 at 10% dropout, all-to-all (n - 1) when none is. The document names
 * the criterion and four anchors; the failure model here (a union bound over the n participants of
 * P[fewer than k/2 + 1 of k neighbours live]) is the one that reproduces those anchors.
 */
export function defaultNeighbours(n: number): number {
  for (let k = 2; k < n - 1; k += 2) {
    if (n * binomialTail(k, Math.floor(k / 2) + 1, 0.9) <= 2 ** -20) return k;
  }
  return n - 1;
}

/** Null when the site accepts the parameters, else the sentence saying why not. */
export function refuseParameters(p: SumParameters, policy: SitePolicy, federationSize: number): string | null {
  const n = p.participants.length;
  const k = p.neighbors;
  const t = p.threshold;
  const c = Math.max(p.collusionBound, policy.collusionBound);
  const minimum = Math.max(3, policy.minParticipants);
  if (n < minimum) return `${n} participants are fewer than this site's minimum of ${minimum}`;
  if (p.participants.some((id) => id < 1 || id > federationSize)) return "a participant is not a site of the federation file";
  if (p.protocol === "additive") {
    return k === n - 1 && t === n ? null : `additive needs k = n - 1 and t = n; got k = ${k}, t = ${t}, n = ${n}`;
  }
  if (p.protocol !== "secagg+") return `protocol "${p.protocol}" is not one this site accepts`;
  if (k < 2 || k > n - 1) return `k = ${k} is outside 2..n-1 (n = ${n})`;
  if (k < n - 1 && k % 2 !== 0) return `k = ${k} must be even when below n - 1`;
  if (2 * t <= k + c) return `t = ${t} does not exceed (k + c)/2 = ${(k + c) / 2}`;
  if (t > k) return `t = ${t} exceeds k = ${k}`;
  const floor = Math.min(n - 1, Math.max(policy.minNeighbours, defaultNeighbours(n)));
  if (k < floor) return `k = ${k} is below this site's floor of ${floor} neighbours for n = ${n}`;
  return null;
}
