import { createWriteStream, existsSync } from "node:fs";
import { once } from "node:events";
import { Command, InvalidArgumentError } from "commander";
import { loadTaskCsv } from "../../shared/data/task-csv";
import { fitSynthProfile, SynthProfileError } from "../../shared/data/synth-profile";
import { synthCsvLines } from "../../shared/data/synth-rows";
import { resolveTask } from "../../shared/task/resolve-task";
import { usageError } from "./usage-error";

interface SynthOptions { task: string; rows: number; seed: number; from?: string; out?: string; force: boolean }

function wholeNumber(flag: string, min: number): (text: string) => number {
  return (text) => {
    const n = Number(text);
    if (text.trim() === "" || !Number.isSafeInteger(n) || n < min) throw new InvalidArgumentError(`${flag} must be an integer of at least ${min}, got "${text}"`);
    return n;
  };
}

/** `conclave data synth`: synthetic rows shaped like a task's table, for scale tests. */
export function dataCommand(): Command {
  const data = new Command("data").description("data helpers (docs/scale.md)");
  data.command("synth")
    .description("write N synthetic rows with a task's columns, drawn per class from a Gaussian fitted to the task's CSV " +
      "(its means, covariances, class rates, column ranges and integer columns). FOR SCALE TESTS ONLY: the rows are not real data; " +
      "figures of quality trained on them say nothing about the real task")
    .requiredOption("--task <name|file>", "a bundled task's name or a task file")
    .requiredOption("--rows <n>", "rows to write", wholeNumber("--rows", 1))
    .option("--seed <s>", "seed: the same task, rows and seed give the same file", wholeNumber("--seed", 0), 1)
    .option("--from <csv>", "the CSV whose statistics the rows follow (default: the task's data.file)")
    .option("--out <file>", "where to write the CSV (default: stdout)")
    .option("--force", "overwrite --out if it exists", false)
    .action(async (o: SynthOptions) => { await synth(o); });
  return data;
}

async function synth(o: SynthOptions): Promise<void> {
  const task = await resolveTask(o.task);
  const source = o.from ?? task.dataFile;
  if (source === undefined) throw usageError(`task "${task.name}" names no data file; give the CSV whose statistics the rows should follow with --from`);
  let profile;
  try {
    profile = fitSynthProfile(task, await loadTaskCsv(task, source));
  } catch (err) {
    if (err instanceof SynthProfileError) throw usageError(err.message);
    throw err;
  }
  if (o.out !== undefined && existsSync(o.out) && !o.force) throw usageError(`${o.out} exists; pass --force to overwrite it`);
  const out = o.out !== undefined ? createWriteStream(o.out) : process.stdout;
  for (const line of synthCsvLines(profile, o.rows, o.seed)) {
    if (!out.write(line)) await once(out, "drain");
  }
  if (o.out !== undefined) {
    out.end();
    await once(out, "finish");
    process.stderr.write(`wrote ${o.out}: ${o.rows} synthetic rows for task "${task.name}" following ${source} (${profile.sourceRows} rows), seed ${o.seed}; for scale tests only\n`);
  }
}
