import { SeededRng } from "../random/seeded-rng";
import { erfc } from "../dp/log-math";
import type { SynthColumn, SynthProfile } from "./synth-profile";

/**
 * Synthetic rows for scale tests only: never a stand-in for real data in a result. Each row
 * draws its class from the profile's priors, then correlated normal scores from that class's
 * copula, each mapped through its coordinate's quantiles (so every marginal follows the
 * source's), kept in the column's range and rounded where the source column holds integers. The same profile, row count
 * and seed give the same text, byte for byte.
 */
export function* synthCsvLines(profile: SynthProfile, rows: number, seed: number): Generator<string> {
  if (!Number.isInteger(rows) || rows < 1) throw new RangeError(`rows must be a positive integer, got ${rows}`);
  const rng = SeededRng.fromSeed(seed).fork(`synth:${profile.task}`);
  yield [...profile.features.map((c) => c.name), profile.target.name].join(",") + "\n";
  const cumulative: number[] = [];
  let acc = 0;
  for (const g of profile.groups) { acc += g.weight; cumulative.push(acc); }
  const regression = profile.kind === "regression";
  const nf = profile.features.length;
  const z = new Float64Array(nf + 1);
  for (let r = 0; r < rows; r++) {
    const u = rng.uniform() * acc;
    let gi = cumulative.findIndex((c) => u < c);
    if (gi < 0) gi = profile.groups.length - 1;
    const g = profile.groups[gi]!;
    const cells: string[] = [];
    const dim = g.quantiles.length;
    for (let i = 0; i < dim; i++) z[i] = rng.normal();
    for (let i = 0; i < dim; i++) {
      let score = 0;
      for (let k = 0; k <= i; k++) score += g.chol[i * dim + k]! * z[k]!;
      cells.push(formatCell(quantileAt(g.quantiles[i]!, 0.5 * erfc(-score / Math.SQRT2)), i < nf ? profile.features[i]! : profile.target));
    }
    if (!regression) cells.push(String(profile.classes[g.label ?? 0]));
    yield cells.join(",") + "\n";
  }
}

/** The value at probability u of a marginal stored as evenly spaced quantiles (linear in between). */
function quantileAt(q: readonly number[], u: number): number {
  const pos = Math.min(1, Math.max(0, u)) * (q.length - 1);
  const i = Math.min(q.length - 2, Math.floor(pos));
  const f = pos - i;
  return q[i]! * (1 - f) + q[i + 1]! * f;
}

function formatCell(v: number, c: SynthColumn): string {
  const clamped = Math.min(c.max, Math.max(c.min, v));
  if (c.integer) return String(Math.round(clamped));
  return String(Number(clamped.toPrecision(6)));
}
