import { Command, Option } from "commander";
import { DpConfigError } from "../../shared/dp/dp-config-error";
import { RDP_CONVERSIONS, rdpSampledGaussian, epsilonFromRdp, DEFAULT_RDP_ORDERS, type RdpConversion } from "../../shared/dp/rdp";
import { solveNoiseMultiplier } from "../../shared/dp/rdp-accountant";

/**
 * `conclave privacy`: epsilon of a DP-FedAvg run from (noise, sampling, rounds, delta), or the
 * noise multiplier for a target epsilon. Thin: the maths is in shared/dp. Bad values print one
 * line on stderr and exit with code 2.
 */
export function privacyCommand(): Command {
  return new Command("privacy")
    .description("Epsilon of a DP run (Renyi-DP accountant of the sampled Gaussian, as Opacus), or the noise for a target epsilon")
    .option("--noise <z>", "noise multiplier z (noise std / clip norm)")
    .option("--epsilon <e>", "target epsilon: solve for the noise multiplier instead of --noise")
    .requiredOption("--sampling <q>", "fraction of workers sampled each round, in (0, 1]")
    .requiredOption("--rounds <n>", "number of rounds (one accountant step each)")
    .requiredOption("--delta <d>", "delta, in (0, 1)")
    .addOption(new Option("--conversion <kind>", "RDP to (epsilon, delta) conversion").choices([...RDP_CONVERSIONS]).default("improved"))
    .option("--json", "print a JSON summary as the last line")
    .exitOverride((err) => {
      process.exit(err.exitCode === 0 ? 0 : 2);
    })
    .action((opts: Record<string, unknown>) => {
      try {
        run(opts);
      } catch (err) {
        if (err instanceof UsageError || err instanceof DpConfigError) {
          process.stderr.write(`conclave privacy: ${err.message}\n`);
          process.exitCode = 2;
          return;
        }
        throw err;
      }
    });
}

class UsageError extends Error {}

function run(opts: Record<string, unknown>): void {
  const sampling = numberOption(opts, "sampling", "--sampling");
  const rounds = numberOption(opts, "rounds", "--rounds");
  const delta = numberOption(opts, "delta", "--delta");
  const conversion = conversionOption(opts.conversion);
  if (!(sampling > 0 && sampling <= 1)) throw new UsageError(`--sampling must be in (0, 1] (sampled workers / all workers), got ${sampling}`);
  if (!(Number.isSafeInteger(rounds) && rounds >= 1)) throw new UsageError(`--rounds must be a positive integer, got ${rounds}`);
  if (!(delta > 0 && delta < 1)) throw new UsageError(`--delta must be strictly between 0 and 1, got ${delta}`);
  const hasNoise = opts.noise !== undefined;
  const hasEpsilon = opts.epsilon !== undefined;
  if (hasNoise === hasEpsilon) throw new UsageError("give exactly one of --noise (to compute epsilon) or --epsilon (to solve for the noise)");
  const json = opts.json === true;
  const base = { sampling, rounds, delta };

  if (hasNoise) {
    const noise = numberOption(opts, "noise", "--noise");
    if (!(noise > 0 && Number.isFinite(noise))) throw new UsageError(`--noise must be a positive number, got ${noise}`);
    const { epsilon, order } = epsilonFromRdp(DEFAULT_RDP_ORDERS, rdpSampledGaussian(sampling, noise, DEFAULT_RDP_ORDERS, rounds), delta, conversion);
    printTable([["noise multiplier", String(noise)], ...rows(base, conversion), ["epsilon", fmt(epsilon)], ["best RDP order", String(order)]]);
    if (json) printJson({ epsilon, order, conversion, noise, ...base });
    return;
  }
  const target = numberOption(opts, "epsilon", "--epsilon");
  if (!(target > 0 && Number.isFinite(target))) throw new UsageError(`--epsilon must be a positive number, got ${target}`);
  const solved = solveNoiseMultiplier({ targetEpsilon: target, sampleRate: sampling, steps: rounds, delta, conversion });
  printTable([
    ["target epsilon", String(target)],
    ...rows(base, conversion),
    ["noise multiplier", String(solved.noiseMultiplier)],
    ["epsilon reached", fmt(solved.epsilon)],
    ["best RDP order", String(solved.order)],
  ]);
  if (json) printJson({ epsilon: solved.epsilon, order: solved.order, conversion, noise: solved.noiseMultiplier, targetEpsilon: target, ...base });
}

function rows(b: { sampling: number; rounds: number; delta: number }, conversion: RdpConversion): [string, string][] {
  const conv = conversion === "improved" ? "improved (Balle et al. 2020)" : "classic (Mironov 2017)";
  return [["sampling rate", String(b.sampling)], ["rounds", String(b.rounds)], ["delta", String(b.delta)], ["conversion", conv]];
}

function numberOption(opts: Record<string, unknown>, key: string, flag: string): number {
  const raw = opts[key];
  if (typeof raw !== "string" || raw.trim() === "") throw new UsageError(`${flag} needs a number`);
  const v = Number(raw);
  if (Number.isNaN(v)) throw new UsageError(`${flag} must be a number, got "${raw}"`);
  return v;
}

function conversionOption(raw: unknown): RdpConversion {
  const found = RDP_CONVERSIONS.find((c) => c === raw);
  if (found === undefined) throw new UsageError(`--conversion must be one of ${RDP_CONVERSIONS.join(", ")}`);
  return found;
}

function fmt(x: number): string {
  return Number.isFinite(x) ? x.toPrecision(6) : String(x);
}

function printTable(table: [string, string][]): void {
  const width = Math.max(...table.map(([k]) => k.length));
  for (const [k, v] of table) process.stdout.write(`${k.padEnd(width)}  ${v}\n`);
}

function printJson(obj: Record<string, unknown>): void {
  // JSON has no Infinity: an unbounded epsilon is written as null.
  process.stdout.write(JSON.stringify(obj, (_k, v: unknown) => (typeof v === "number" && !Number.isFinite(v) ? null : v)) + "\n");
}
