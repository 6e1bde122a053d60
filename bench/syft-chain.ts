/**
 * bench:syft-chain — the worker's protection pipeline as the chain of tensors
 * (worker/secure/protect-update.ts = shared/syft/protect-chain.ts, then the
 * additive client's splitShares32) against the pipeline it replaced (frozen
 * in test/syft/frozen-pipeline.ts: the previous protectUpdate, then
 * shared/secagg/additive.ts splitShares), side by side in one run, on the same
 * inputs and randomness.
 *
 *   npm run bench:syft-chain -- [--json] [--d 1e5,1e6] [--shares 5] [--repeats 15]
 *
 * Each cell: d update coordinates, clip to L2 norm 1, weigh, fixed point in
 * Z_2^32 with the fit vector's count and loss words, then n additive shares; "dp" adds distributed discrete Gaussian
 * noise in the ring. Runs alternate (previous, chain, previous, ...) after a
 * warm-up of each; figures are medians of min(wall, process CPU) per call.
 * Every chain result is checked equal, word for word, to the previous one.
 * The last stdout line is one JSON object.
 */
import { Command, InvalidArgumentError } from "commander";
import { seededRandomBytes, seedFromLabel } from "../shared/crypto/random";
import { seededRandomSource } from "../shared/dp/random-source";
import type { Protection } from "../shared/protocol/messages";
import { SeededRng } from "../shared/random/seeded-rng";
import { chooseScale } from "../shared/ring/fixed-point";
import { splitShares32 } from "../shared/syft/sharing";
import { protectUpdate } from "../worker/secure/protect-update";
import { frozenProtectUpdate, frozenSplitShares } from "../test/syft/frozen-pipeline";
import { CLOCK_NAME, CpuMeter, median } from "./lib/cpu-time";

interface Cell { readonly d: number; readonly mode: "additive" | "dp"; readonly previousMs: number; readonly chainMs: number; readonly ratio: number }

function protection(mode: Cell["mode"]): Protection {
  const base: Protection = { secureAggregation: "additive", clipNorm: 1, dpMode: null, noiseStd: 0, ringNoiseSigma2: 0, clipRange: 0.2,
    scale: chooseScale({ clipRange: 0.2, maxParties: 100, headroomBits: mode === "dp" ? 3 : 0 }), weighted: true, maxExamples: 1000,
    noiseMultiplier: 0, delta: 0, noiseShares: 0 };
  return mode === "dp" ? { ...base, dpMode: "distributed", ringNoiseSigma2: 25, noiseMultiplier: 1, delta: 1e-5, noiseShares: 10 } : base;
}

function sameWords(a: readonly Uint32Array[], b: readonly Uint32Array[]): boolean {
  return a.length === b.length && a.every((x, i) => x.length === b[i]!.length && x.every((w, j) => w === b[i]![j]));
}

function cell(d: number, mode: Cell["mode"], shares: number, repeats: number): Cell {
  const rng = SeededRng.fromSeed(`bench-syft-chain-${d}`);
  const delta = Float32Array.from({ length: d }, () => (2 * rng.uniform() - 1) * 0.01);
  const p = protection(mode);
  const previous = (k: number): Uint32Array[] => frozenSplitShares(frozenProtectUpdate(delta, 600, 2.5, p, seededRandomSource(k)).ring!, shares, seededRandomBytes(seedFromLabel(k)));
  const chain = (k: number): Uint32Array[] => splitShares32(protectUpdate(delta, 600, 2.5, p, seededRandomSource(k)).ring!, shares, seededRandomBytes(seedFromLabel(k)));
  if (!sameWords(previous(0), chain(0))) throw new Error(`d=${d} ${mode}: the chain's shares differ from the previous pipeline's`);
  const times = { previous: [] as number[], chain: [] as number[] };
  for (let i = 0; i < repeats; i++) {
    const order = i % 2 === 0 ? (["previous", "chain"] as const) : (["chain", "previous"] as const);
    for (const which of order) {
      const meter = new CpuMeter();
      meter.run(() => (which === "previous" ? previous(i + 1) : chain(i + 1)));
      times[which].push(meter.ms);
    }
  }
  const previousMs = median(times.previous), chainMs = median(times.chain);
  return { d, mode, previousMs: Number(previousMs.toFixed(3)), chainMs: Number(chainMs.toFixed(3)), ratio: Number((chainMs / previousMs).toFixed(3)) };
}

function list(text: string): number[] {
  const values = text.split(",").map((t) => Number(t));
  if (values.some((v) => !Number.isInteger(v) || v < 1)) throw new InvalidArgumentError("a comma-separated list of positive integers, e.g. 1e5,1e6");
  return values;
}

function main(): void {
  const o = new Command("bench:syft-chain")
    .option("--json", "only the JSON line", false)
    .option("--d <list>", "update sizes", list, [100_000, 1_000_000])
    .option("--shares <n>", "additive shares per update", (t) => list(t)[0]!, 5)
    .option("--repeats <n>", "timed runs of each side per cell", (t) => list(t)[0]!, 15)
    .parse(process.argv).opts<{ json: boolean; d: number[]; shares: number; repeats: number }>();
  const cells: Cell[] = [];
  for (const d of o.d) for (const mode of ["additive", "dp"] as const) cells.push(cell(d, mode, o.shares, o.repeats));
  if (!o.json) {
    process.stdout.write(`bench:syft-chain  clock ${CLOCK_NAME}  shares ${o.shares}  repeats ${o.repeats} (medians)\n`);
    process.stdout.write("d         mode      previous ms  chain ms  chain/previous\n");
    for (const c of cells) process.stdout.write(`${String(c.d).padEnd(9)} ${c.mode.padEnd(9)} ${c.previousMs.toFixed(3).padStart(10)}  ${c.chainMs.toFixed(3).padStart(8)}  ${c.ratio.toFixed(3).padStart(13)}\n`);
  }
  const worst = Math.max(...cells.map((c) => c.ratio));
  process.stdout.write(`${JSON.stringify({ cells, worstRatio: worst, shares: o.shares, repeats: o.repeats, clock: CLOCK_NAME })}\n`);
}

main();
