/**
 * SecAgg+ benchmark (issue 3): for each cell of the grid, one full round in
 * process with real wire bytes (bench/lib/secagg-round.ts), against each
 * side's lower bound measured in the same run (bench/lib/secagg-bounds.ts).
 *
 *   npm run bench:secagg -- [--json] [--quick] [--n 10,100] [--d 1e4,1e5] [--dropout 0,0.1] [--repeat N] [--seed S]
 *
 * Prints a table; with --json the last stdout line is {"rows":[...]}.
 * Progress goes to stderr. Each call is timed as min(wall, process CPU) (see bench/lib/cpu-time.ts).
 */
import { defaultSecAggParams } from "../shared/secagg/neighbour-graph";
import { SECAGG_STAGES } from "../shared/secagg/stages";
import { CLOCK_NAME, median } from "./lib/cpu-time";
import { measureKeyCosts } from "./lib/primitive-costs";
import { averageCosts, coordinatorLowerBoundMs, measureCellCosts, workerLowerBoundMs, type Costs } from "./lib/secagg-bounds";
import { runSecAggRound, type RoundCell, type RoundMeasurement } from "./lib/secagg-round";

interface Options {
  readonly json: boolean;
  readonly ns: readonly number[];
  readonly ds: readonly number[];
  readonly dropouts: readonly number[];
  /** Runs per cell; "auto": runs until 2.5 s (at most 25) if the first took under 1 s, 3 if under 4 s, else 1. */
  readonly repeat: number | "auto";
  readonly seed: string;
}

export interface Row {
  readonly n: number;
  readonly d: number;
  readonly dropout: number;
  readonly k: number;
  readonly t: number;
  readonly workerMs: number;
  readonly coordinatorMs: number;
  readonly lowerBoundWorkerMs: number;
  readonly lowerBoundCoordinatorMs: number;
  readonly bytesRatio: number;
  readonly workerRatio: number;
  readonly coordinatorRatio: number;
  readonly dropped: number;
  readonly contributors: number;
  readonly wireBytes: number;
  readonly plaintextBytes: number;
  readonly codecMs: number;
  readonly runs: number;
}

function numberList(text: string, flag: string): number[] {
  const values = text.split(",").map(Number);
  if (values.some((v) => !Number.isFinite(v))) throw new Error(`${flag} takes a comma-separated list of numbers, got ${text}`);
  return values;
}

function parseArgs(argv: readonly string[]): Options {
  let json = false, quick = false, repeat: number | "auto" = "auto", seed = "conclave-bench";
  let ns: number[] | null = null, ds: number[] | null = null, dropouts: number[] | null = null;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${arg} needs a value`);
      return v;
    };
    if (arg === "--json") json = true;
    else if (arg === "--quick") quick = true;
    else if (arg === "--n") ns = numberList(value(), arg);
    else if (arg === "--d") ds = numberList(value(), arg);
    else if (arg === "--dropout") dropouts = numberList(value(), arg);
    else if (arg === "--repeat") repeat = Number(value());
    else if (arg === "--seed") seed = value();
    else throw new Error(`unknown argument ${arg}; see the header of bench/secagg.ts`);
  }
  if (repeat !== "auto" && !(Number.isInteger(repeat) && repeat >= 1)) throw new Error("--repeat takes a positive integer");
  return {
    json, repeat, seed,
    ns: ns ?? (quick ? [10, 100] : [10, 100, 1000]),
    ds: ds ?? (quick ? [1e4, 1e5] : [1e4, 1e5, 1e6]),
    dropouts: dropouts ?? [0, 0.1, 0.3],
  };
}

function grid(options: Options): RoundCell[] {
  const cells: RoundCell[] = [];
  for (const n of options.ns) {
    for (const d of options.ds) {
      if (d >= 1e6 && n > 100) continue; // d = 1e6 only for n <= 100 (issue 3)
      for (const dropout of options.dropouts) cells.push({ n, d, dropout, seed: options.seed });
    }
  }
  return cells;
}

function summarise(runs: readonly RoundMeasurement[], costs: Costs): Row {
  const first = runs[0]!;
  const { n, d, dropout } = first.cell;
  const complete = (m: RoundMeasurement) => m.workers.filter((w) => w.stagesAnswered === SECAGG_STAGES.length);
  const workerMs = median(runs.map((m) => median(complete(m).map((w) => w.cpuMs))));
  const lowerBoundWorkerMs = median(complete(first).map((w) => workerLowerBoundMs(w, costs)));
  const coordinatorMs = median(runs.map((m) => m.coordinatorMs));
  const lowerBoundCoordinatorMs = coordinatorLowerBoundMs(first, costs);
  return {
    n, d, dropout, k: first.k, t: first.t, workerMs, coordinatorMs, lowerBoundWorkerMs, lowerBoundCoordinatorMs,
    bytesRatio: first.wireBytes / first.plaintextBytes,
    workerRatio: workerMs / lowerBoundWorkerMs,
    coordinatorRatio: coordinatorMs / lowerBoundCoordinatorMs,
    dropped: first.dropped, contributors: first.coordinatorCounts.contributors,
    wireBytes: first.wireBytes, plaintextBytes: first.plaintextBytes,
    codecMs: median(runs.map((m) => m.codecMs)), runs: runs.length,
  };
}

const fmt = (x: number, digits = 2) => (x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(digits));

function table(rows: readonly Row[]): string {
  const head = ["n", "d", "drop", "k", "t", "gone", "worker ms", "LB", "x", "coord ms", "LB", "x", "wire MB", "plain MB", "bytes x", "codec ms", "runs"];
  const body = rows.map((r) => [
    String(r.n), r.d.toExponential(0).replace("+", ""), `${Math.round(r.dropout * 100)}%`, String(r.k), String(r.t), String(r.dropped),
    fmt(r.workerMs), fmt(r.lowerBoundWorkerMs), fmt(r.workerRatio), fmt(r.coordinatorMs), fmt(r.lowerBoundCoordinatorMs), fmt(r.coordinatorRatio),
    fmt(r.wireBytes / 1e6), fmt(r.plaintextBytes / 1e6), r.bytesRatio.toFixed(3), fmt(r.codecMs), String(r.runs),
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((row) => row[i]!.length)));
  const line = (cols: readonly string[]) => cols.map((c, i) => c.padStart(widths[i]!)).join("  ");
  return [line(head), ...body.map(line)].join("\n");
}

function main(): void {
  const options = parseArgs(process.argv.slice(2));
  const cells = grid(options);
  const started = performance.now();
  const log = (text: string) => process.stderr.write(`[bench:secagg ${((performance.now() - started) / 1000).toFixed(0)}s] ${text}\n`);
  log(`${cells.length} cells; primitive costs are timed before and after each round`);
  // warm-up: a fresh process runs its first rounds on cold code (up to 2x slower for the small cells);
  // a deployment runs many rounds, so the figures are for warm code
  measureKeyCosts(50);
  for (let i = 0; i < 20; i++) runSecAggRound({ n: 10, d: 1e4, dropout: 0.1, seed: `${options.seed}/warm-up/${i}` });
  for (let i = 0; i < 3; i++) runSecAggRound({ n: 40, d: 1e4, dropout: 0.1, seed: `${options.seed}/warm-up/n40/${i}` });
  const rows: Row[] = [];
  for (const cell of cells) {
    const { neighbors: k, threshold: t } = defaultSecAggParams(cell.n, { dropoutRate: cell.dropout });
    const before = measureCellCosts(cell.d, k, t);
    // no forced GC between runs: a forced full GC makes the next round 2x slower and noisier (V8 shrinks the heap, drops feedback)
    const run = () => runSecAggRound(cell);
    const runs = [run()];
    const first = runs[0]!.wallMs;
    const repeat = options.repeat !== "auto" ? options.repeat : first < 1000 ? 25 : first < 4000 ? 3 : 1;
    const enough = () => options.repeat === "auto" && first < 1000 && runs.reduce((sum, m) => sum + m.wallMs, 0) >= 2500;
    while (runs.length < repeat && !enough()) runs.push(run());
    const costs: Costs = averageCosts(before, measureCellCosts(cell.d, k, t));
    const row = summarise(runs, costs);
    rows.push(row);
    log(`n=${cell.n} d=${cell.d} dropout=${cell.dropout} k=${k} t=${t}: worker ${fmt(row.workerMs)} ms (x${fmt(row.workerRatio)}), `
      + `coordinator ${fmt(row.coordinatorMs)} ms (x${fmt(row.coordinatorRatio)}), bytes x${row.bytesRatio.toFixed(3)}, ${runs.length} run(s) in ${(runs.reduce((s, m) => s + m.wallMs, 0) / 1000).toFixed(1)} s`);
    log(`  costs (ms): prg ${costs.vector.prgExpandAddMs.toFixed(3)}, ring add ${costs.vector.ringAddMs.toFixed(3)}, agree ${costs.key.keyAgreementMs.toFixed(3)}, `
      + `verify ${costs.key.verifyMs.toFixed(3)}, kdf ${costs.key.kdfMs.toFixed(3)}, seal ${costs.key.boxEncryptMs.toFixed(3)}, open ${costs.key.boxDecryptMs.toFixed(3)}, `
      + `share ${costs.shamir.shamirShareMs.toFixed(3)}, reconstruct ${costs.shamir.shamirReconstructMs.toFixed(3)}`);
  }
  process.stdout.write(`SecAgg+ round, one process; times in ms, each call timed as ${CLOCK_NAME}; LB = lower bound from primitives timed alone; x = measured / LB\n`);
  process.stdout.write(`${table(rows)}\n`);
  process.stdout.write(`wire = all SecAgg+ requests and replies as encoded by the codec; plain = one trainResult with a float32 tensor of d values per contributor\n`);
  if (options.json) {
    const pick = (r: Row) => ({
      n: r.n, d: r.d, dropout: r.dropout, k: r.k, t: r.t, workerMs: r.workerMs, coordinatorMs: r.coordinatorMs,
      lowerBoundWorkerMs: r.lowerBoundWorkerMs, lowerBoundCoordinatorMs: r.lowerBoundCoordinatorMs, bytesRatio: r.bytesRatio,
      workerRatio: r.workerRatio, coordinatorRatio: r.coordinatorRatio, dropped: r.dropped, wireBytes: r.wireBytes, plaintextBytes: r.plaintextBytes,
    });
    process.stdout.write(`${JSON.stringify({ rows: rows.map(pick) })}\n`);
  }
  log("done");
}

main();
