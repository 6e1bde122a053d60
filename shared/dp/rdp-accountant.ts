/**
 * The privacy accountant: composes RDP across rounds (sums per order) and converts to
 * (epsilon, delta) on demand. Same semantics as Opacus's RDPAccountant (history of
 * (noise multiplier, sample rate, steps), consecutive identical steps merged), plus
 * `stepRdp` for mechanisms whose RDP curve is computed elsewhere (the distributed discrete
 * Gaussian), and a JSON snapshot for checkpoints.
 */
import { DpConfigError } from "./dp-config-error";
import { DEFAULT_RDP_ORDERS, epsilonFromRdp, rdpSampledGaussian, type EpsilonResult, type RdpConversion } from "./rdp";

export type AccountantEntry =
  | { readonly kind: "sampled-gaussian"; readonly noiseMultiplier: number; readonly sampleRate: number; readonly steps: number }
  | { readonly kind: "rdp"; readonly label: string; readonly rdp: readonly number[]; readonly steps: number };

export interface AccountantSnapshot {
  readonly version: 1;
  readonly orders: readonly number[];
  readonly history: readonly AccountantEntry[];
}

export class RdpAccountant {
  readonly orders: readonly number[];
  private readonly entries: AccountantEntry[] = [];
  /** The summed RDP per order; null until the first step (a site that is never sampled holds no array). */
  private totals: Float64Array | null = null;
  /** RDP of one step per (z, q), so that a long run computes each curve once. */
  private readonly curves = new Map<string, Float64Array>();

  constructor(orders: readonly number[] = DEFAULT_RDP_ORDERS) {
    if (orders.length === 0 || orders.some((a) => !(a > 1))) throw new RangeError("RDP orders must be a non-empty list of numbers > 1");
    // The default orders are frozen already: share them (a simulation holds an accountant per virtual worker).
    this.orders = orders === DEFAULT_RDP_ORDERS ? orders : Object.freeze([...orders]);
  }

  private get total(): Float64Array {
    this.totals ??= new Float64Array(this.orders.length);
    return this.totals;
  }

  /** One or more steps of the Poisson-subsampled Gaussian mechanism (noise std = z * sensitivity). */
  step(noiseMultiplier: number, sampleRate: number, steps = 1): void {
    checkSteps(steps);
    const curve = this.curve(noiseMultiplier, sampleRate);
    for (let k = 0; k < curve.length; k++) this.total[k]! += curve[k]! * steps;
    const last = this.entries.at(-1);
    if (last?.kind === "sampled-gaussian" && last.noiseMultiplier === noiseMultiplier && last.sampleRate === sampleRate) {
      this.entries[this.entries.length - 1] = { ...last, steps: last.steps + steps };
    } else {
      this.entries.push({ kind: "sampled-gaussian", noiseMultiplier, sampleRate, steps });
    }
  }

  /** Steps of a mechanism given by its RDP at each of `this.orders` (one step's worth). */
  stepRdp(rdpPerOrder: ArrayLike<number>, steps = 1, label = "rdp"): void {
    checkSteps(steps);
    const rdp = this.checkCurve(rdpPerOrder);
    for (let k = 0; k < rdp.length; k++) this.total[k]! += rdp[k]! * steps;
    const last = this.entries.at(-1);
    if (last?.kind === "rdp" && last.label === label && sameCurve(last.rdp, rdp)) {
      this.entries[this.entries.length - 1] = { ...last, steps: last.steps + steps };
    } else {
      this.entries.push({ kind: "rdp", label, rdp, steps });
    }
  }

  get history(): readonly AccountantEntry[] {
    return [...this.entries];
  }

  /** The composed RDP at each order (a copy). */
  rdp(): Float64Array {
    return Float64Array.from(this.total);
  }

  getEpsilon(delta: number, conversion: RdpConversion = "improved"): EpsilonResult {
    return epsilonFromRdp(this.orders, this.total, delta, conversion);
  }

  /** epsilon if `steps` more sampled-Gaussian steps were taken, without taking them (budget checks). */
  previewStep(noiseMultiplier: number, sampleRate: number, delta: number, conversion: RdpConversion = "improved", steps = 1): EpsilonResult {
    checkSteps(steps);
    const curve = this.curve(noiseMultiplier, sampleRate);
    return epsilonFromRdp(this.orders, this.total.map((r, k) => r + curve[k]! * steps), delta, conversion);
  }

  /** epsilon if `steps` more steps of the given RDP curve were taken, without taking them. */
  previewStepRdp(rdpPerOrder: ArrayLike<number>, delta: number, conversion: RdpConversion = "improved", steps = 1): EpsilonResult {
    checkSteps(steps);
    const rdp = this.checkCurve(rdpPerOrder);
    return epsilonFromRdp(this.orders, this.total.map((r, k) => r + rdp[k]! * steps), delta, conversion);
  }

  toJSON(): AccountantSnapshot {
    return { version: 1, orders: [...this.orders], history: this.history };
  }

  /** Rebuilds an accountant from a snapshot (validated; the totals are recomputed from the history). */
  static fromJSON(snapshot: unknown): RdpAccountant {
    if (!isRecord(snapshot) || snapshot.version !== 1) throw new TypeError("accountant snapshot: expected an object with version 1");
    const orders = numberArray(snapshot.orders, "orders");
    const history = snapshot.history;
    if (!Array.isArray(history)) throw new TypeError("accountant snapshot: history must be an array");
    const acc = new RdpAccountant(orders);
    for (const e of history) {
      if (!isRecord(e)) throw new TypeError("accountant snapshot: history entries must be objects");
      const steps = e.steps;
      if (typeof steps !== "number") throw new TypeError("accountant snapshot: steps must be a number");
      if (e.kind === "sampled-gaussian") {
        const z = e.noiseMultiplier;
        const q = e.sampleRate;
        if (typeof z !== "number" || typeof q !== "number") throw new TypeError("accountant snapshot: bad sampled-gaussian entry");
        acc.step(z, q, steps);
      } else if (e.kind === "rdp") {
        if (typeof e.label !== "string") throw new TypeError("accountant snapshot: rdp entry needs a label");
        acc.stepRdp(numberArray(e.rdp, "rdp"), steps, e.label);
      } else {
        throw new TypeError(`accountant snapshot: unknown entry kind ${String(e.kind)}`);
      }
    }
    return acc;
  }

  private curve(noiseMultiplier: number, sampleRate: number): Float64Array {
    const key = `${noiseMultiplier}|${sampleRate}`;
    let c = this.curves.get(key);
    if (c === undefined) {
      c = rdpSampledGaussian(sampleRate, noiseMultiplier, this.orders, 1);
      this.curves.set(key, c);
    }
    return c;
  }

  private checkCurve(rdpPerOrder: ArrayLike<number>): number[] {
    if (rdpPerOrder.length !== this.orders.length) {
      throw new RangeError(`stepRdp: expected one RDP value per order (${this.orders.length}), got ${rdpPerOrder.length}`);
    }
    const rdp = Array.from(rdpPerOrder);
    if (rdp.some((r) => !(r >= 0))) throw new RangeError("stepRdp: RDP values must be >= 0 (Infinity allowed)");
    return rdp;
  }
}

function checkSteps(steps: number): void {
  if (!(Number.isInteger(steps) && steps >= 0)) throw new RangeError(`steps must be a non-negative integer, got ${steps}`);
}

function sameCurve(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((v, i) => v === b[i]);
}

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === "object" && x !== null && !Array.isArray(x);
}

function numberArray(x: unknown, what: string): number[] {
  if (!Array.isArray(x) || x.some((v) => typeof v !== "number")) throw new TypeError(`accountant snapshot: ${what} must be an array of numbers`);
  return x.map(Number);
}

export interface SolveNoiseOptions {
  readonly targetEpsilon: number;
  readonly sampleRate: number;
  readonly steps: number;
  readonly delta: number;
  readonly conversion?: RdpConversion;
  readonly orders?: readonly number[];
  /** Stop when the epsilon of the returned multiplier is within this of the target (Opacus: 0.01). */
  readonly epsilonTolerance?: number;
}

export interface SolveNoiseResult {
  /** The smallest multiplier found whose epsilon is <= the target (never above it). */
  readonly noiseMultiplier: number;
  readonly epsilon: number;
  readonly order: number;
}

/** Largest multiplier tried before giving up (as Opacus's MAX_SIGMA). */
const MAX_NOISE_MULTIPLIER = 1e6;

/**
 * The noise multiplier that reaches `targetEpsilon` after `steps` steps at `sampleRate`:
 * doubling from 10 until the target is met, then bisection until the achieved epsilon is
 * within `epsilonTolerance` below the target (the search of Opacus's get_noise_multiplier,
 * so results agree with it). Throws DpConfigError("epsilon-unreachable") when no
 * multiplier can reach the target with these orders and delta.
 */
export function solveNoiseMultiplier(opts: SolveNoiseOptions): SolveNoiseResult {
  const { targetEpsilon, sampleRate, steps, delta } = opts;
  const conversion = opts.conversion ?? "improved";
  const orders = opts.orders ?? DEFAULT_RDP_ORDERS;
  const tolerance = opts.epsilonTolerance ?? 0.01;
  if (!(targetEpsilon > 0 && Number.isFinite(targetEpsilon))) {
    throw new DpConfigError("budget-not-positive", `Target epsilon must be a positive number, got ${targetEpsilon}.`);
  }
  if (!(tolerance > 0)) throw new RangeError(`epsilonTolerance must be > 0, got ${tolerance}`);
  checkSteps(steps);
  const epsilonAt = (z: number): EpsilonResult => epsilonFromRdp(orders, rdpSampledGaussian(sampleRate, z, orders, steps), delta, conversion);
  // With infinite noise the RDP is 0 at every order; the conversion alone leaves a floor.
  const floor = epsilonFromRdp(orders, new Float64Array(orders.length), delta, conversion).epsilon;
  if (targetEpsilon <= floor) {
    throw new DpConfigError(
      "epsilon-unreachable",
      `Target epsilon ${targetEpsilon} is at or below ${floor.toPrecision(4)}, the smallest epsilon this accountant can certify at delta=${delta} ` +
        `with orders up to ${Math.max(...orders)}; raise the target epsilon or delta.`,
    );
  }
  let low = 0;
  let high = 10;
  let atHigh = epsilonAt(high);
  while (atHigh.epsilon > targetEpsilon) {
    high *= 2;
    if (high > MAX_NOISE_MULTIPLIER) {
      throw new DpConfigError("epsilon-unreachable", `No noise multiplier up to ${MAX_NOISE_MULTIPLIER} reaches epsilon ${targetEpsilon}; raise the target epsilon, lower the rounds or the sampling rate.`);
    }
    atHigh = epsilonAt(high);
  }
  while (targetEpsilon - atHigh.epsilon > tolerance) {
    const mid = (low + high) / 2;
    const atMid = epsilonAt(mid);
    if (atMid.epsilon < targetEpsilon) {
      high = mid;
      atHigh = atMid;
    } else {
      low = mid;
    }
    if (high - low < 1e-12 * high) break; // the target sits exactly on a plateau; high is still valid
  }
  return { noiseMultiplier: high, epsilon: atHigh.epsilon, order: atHigh.order };
}
