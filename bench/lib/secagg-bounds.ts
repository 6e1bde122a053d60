/**
 * Lower bounds for one SecAgg+ round: the primitives each side cannot avoid,
 * each timed alone (primitive-costs.ts), times how many the protocol needs.
 *
 * Worker u, with a = the advertisements it received (live neighbours after
 * stage 1) and s = the sealed shares it received (neighbours whose masks it
 * adds):
 *   2 key generations (encryption and mask X25519 key pairs), 1 signature
 *   and 1 hash (the advertisement and its self-mask commitment), a signature
 *   verifications, a share keys (X25519 + HKDF), a mask agreements, 2 Shamir
 *   sharings into a shares (threshold t), a seals, s opens, s + 1 KDFs and
 *   s + 1 PRG expand-adds of d words (the self mask and s pairwise masks; each
 *   expand-add adds into the vector, which starts as a copy of the input, so
 *   no separate ring add is counted); then the consistency check: 1 signature
 *   and v verifications (the v >= t neighbour signatures its Unmask carries).
 *
 * Coordinator, with A advertisements, C contributors (masked vectors), G
 * workers that shared keys but sent no vector and have contributing
 * neighbours, P such (dropped, contributing neighbour) pairs:
 *   A signature verifications (the deployed driver checks them; the bench
 *   does too), S consistency signatures verified (one per worker that signed
 *   the survivor set), C ring adds of d words (the running sum), C + G Shamir
 *   reconstructions from t shares, C hashes (each rebuilt self-mask secret
 *   checked against its commitment), C KDFs + C PRG expand-adds (self masks),
 *   G key generations (the rebuilt mask key's public key, checked against the
 *   advertised one), P agreements + P KDFs + P PRG expand-adds (the dropped
 *   workers' pairwise masks).
 *
 * The costs are measured for each cell just before and just after its round
 * and averaged (the machine is shared and a primitive's cost drifts by up to
 * 2x over minutes, so costs measured once at the start would not describe
 * the conditions the round ran in).
 *
 * Shamir sharing cost is measured for k shares and scaled by a / k (the
 * polynomial evaluations dominate; the t - 1 random coefficients do not scale,
 * so this slightly underestimates, which keeps it a lower bound).
 */
import { measureKeyCosts, measureShamirCosts, measureVectorCosts, type KeyCosts, type ShamirCosts, type VectorCosts } from "./primitive-costs";
import type { RoundMeasurement, WorkerRecord } from "./secagg-round";

export interface Costs {
  readonly key: KeyCosts;
  readonly vector: VectorCosts;
  readonly shamir: ShamirCosts;
}

/** Every cost a cell's bounds need, timed now (budget per primitive in ms). */
export function measureCellCosts(d: number, k: number, t: number, budgetMs = 100): Costs {
  return { key: measureKeyCosts(budgetMs), vector: measureVectorCosts(d, budgetMs), shamir: measureShamirCosts(k, t, budgetMs) };
}

function averageOf<T extends object>(a: T, b: T): T {
  const out: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(a)) {
    const other: unknown = Reflect.get(b, name);
    out[name] = typeof value === "number" && typeof other === "number" ? (value + other) / 2 : value;
  }
  return out as T; // same keys as a, numbers averaged
}

/** The mean of two measurements of the same cell's costs. */
export function averageCosts(a: Costs, b: Costs): Costs {
  return { key: averageOf(a.key, b.key), vector: averageOf(a.vector, b.vector), shamir: averageOf(a.shamir, b.shamir) };
}

export function workerLowerBoundMs(w: WorkerRecord, costs: Costs): number {
  const { key, vector, shamir } = costs;
  const a = w.advertisements, s = w.sharesReceived;
  return 2 * key.keyGenMs + key.signMs + key.hashMs
    + a * (key.verifyMs + key.boxKeyMs + key.keyAgreementMs + key.boxEncryptMs)
    + 2 * shamir.shamirShareMs * (a / shamir.shamirN)
    + s * key.boxDecryptMs
    + (s + 1) * (key.kdfMs + vector.prgExpandAddMs)
    + key.signMs + w.signaturesReceived * key.verifyMs;
}

export function coordinatorLowerBoundMs(m: RoundMeasurement, costs: Costs): number {
  const { key, vector, shamir } = costs;
  const { advertisements: A, contributors: C, droppedKeysRebuilt: G, pairsRemoved: P, consistencySignatures: S } = m.coordinatorCounts;
  return (A + S) * key.verifyMs + C * key.hashMs
    + C * vector.ringAddMs
    + (C + G) * shamir.shamirReconstructMs
    + C * (key.kdfMs + vector.prgExpandAddMs)
    + G * key.keyGenMs
    + P * (key.keyAgreementMs + key.kdfMs + vector.prgExpandAddMs);
}
