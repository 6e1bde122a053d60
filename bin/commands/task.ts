import { existsSync, writeFileSync } from "node:fs";
import path from "node:path";
import { Command, Option } from "commander";
import { readCsvFile, readCsvHeader } from "../../shared/data/csv-records";
import { parseTaskCsv } from "../../shared/data/task-csv";
import { describeTask } from "../../shared/protocol/task-description";
import { taskDigest } from "../../shared/task/canonical-task";
import { loadTaskFile } from "../../shared/task/load-task";
import { modelColumns } from "../../shared/task/model-columns";
import { starterTask } from "../../shared/task/task-starter";
import { getTask, isBundledTaskName } from "../../shared/task/tasks";
import { TASK_KINDS, type TaskKind } from "../../shared/task/task-spec";
import { inferModel } from "../../shared/task/weight-layout";
import { usageError } from "./usage-error";

/** The clip norm a starter proposes: the bundled tasks' honest updates stay well below it (docs/tasks.md). */
const STARTER_CLIP_NORM = 10;

interface InitOptions { out?: string; target?: string; kind?: TaskKind; name?: string; force: boolean }
interface CheckOptions { data?: string; json: boolean }

/** `conclave task init CSV`, `conclave task check FILE --data CSV` and `conclave task describe FILE`. */
export function taskCommand(): Command {
  const task = new Command("task").description("write and check task files (docs/tasks.md)");
  task.command("init").description("write a starter task file from a CSV's header and rows")
    .argument("<csv>", "the data (a header row naming the columns)")
    .option("--out <file>", "where to write the task file (default: print it)")
    .option("--target <column>", "the column to predict (default: the last one)")
    .addOption(new Option("--kind <kind>", "regression, binary or multiclass (default: guessed from the target)").choices([...TASK_KINDS]))
    .option("--name <name>", "the task's name (default: the CSV's file name)")
    .option("--force", "overwrite --out if it exists", false)
    .action(async (csv: string, o: InitOptions) => { await init(csv, o); });
  task.command("check").description("check a task file, and a CSV against it")
    .argument("<file>", "the task file")
    .option("--data <csv>", "a CSV to check against the task (default: the task's data.file, if any)")
    .option("--json", "print one JSON summary as the last line of stdout", false)
    .action(async (file: string, o: CheckOptions) => { await check(file, o); });
  task.command("describe").description("print the task's description as the coordinator sends it (Welcome.task_json, docs/protocol.md §6) and its digest")
    .argument("<file>", "the task file, or the name of a bundled task")
    .option("--out <file>", "write the description there (give it to a site with the federation file) and print only the digest")
    .option("--digest", "print only the digest (Join.task_digest)", false)
    .action(async (file: string, o: { out?: string; digest: boolean }) => { await describe(file, o); });
  return task;
}

async function describe(file: string, o: { out?: string; digest: boolean }): Promise<void> {
  const d = describeTask(isBundledTaskName(file) && !existsSync(file) ? getTask(file) : await loadTaskFile(path.resolve(file)));
  if (o.out !== undefined) {
    writeFileSync(o.out, d.json);
    process.stderr.write(`wrote ${o.out}: the description of task "${d.name}" (SHA-256 ${d.digest})\n`);
  }
  process.stdout.write(o.digest || o.out !== undefined ? `${d.digest}\n` : `${d.json}\n`);
}

async function init(csv: string, o: InitOptions): Promise<void> {
  const text = await readCsvFile(csv);
  const { columns, records } = readCsvHeader(text, csv);
  if (o.target !== undefined && !columns.includes(o.target)) throw usageError(`--target "${o.target}" is not a column of ${csv}; its columns are ${columns.join(", ")}`);
  const name = (o.name ?? path.basename(csv).replace(/\.[^.]*$/, "")).replace(/[^A-Za-z0-9_.-]/g, "-").replace(/^[^A-Za-z0-9]+/, "").slice(0, 64) || "task";
  const outDir = o.out !== undefined ? path.dirname(path.resolve(o.out)) : process.cwd();
  const dataFile = path.relative(outDir, path.resolve(csv)).split(path.sep).join("/");
  const starter = starterTask(columns, records.slice(1), { name, dataFile, clipNorm: STARTER_CLIP_NORM,
    ...(o.target !== undefined ? { target: o.target } : {}), ...(o.kind !== undefined ? { kind: o.kind } : {}) });
  const json = JSON.stringify(starter, null, 2) + "\n";
  if (o.out === undefined) {
    process.stdout.write(json);
    return;
  }
  if (existsSync(o.out) && !o.force) throw usageError(`${o.out} exists; pass --force to overwrite it`);
  writeFileSync(o.out, json);
  process.stderr.write(`wrote ${o.out}: edit it, then \`conclave task check ${o.out}\` and \`conclave demo --task ${o.out}\`\n`);
}

async function check(file: string, o: CheckOptions): Promise<void> {
  const task = await loadTaskFile(path.resolve(file));
  const shapes = inferModel(task.model);
  const data = o.data ?? task.dataFile;
  const summary: Record<string, unknown> = {
    task: task.name, kind: task.kind, digest: taskDigest(task), features: task.features.length, modelInputs: modelColumns(task).length,
    ...(task.classes.length > 0 ? { classes: task.classes } : {}),
    layers: task.model.layers.map((l) => `${l.name} (${l.type})`), parameters: shapes.parameters, outputShape: shapes.outputs[shapes.outputs.length - 1],
  };
  if (data !== undefined) {
    const table = parseTaskCsv(task, await readCsvFile(data), data);
    const counts = task.kind === "regression" ? undefined : task.classes.map((_, i) => table.data.y.reduce((n, v) => n + (v === i ? 1 : 0), 0));
    Object.assign(summary, { data, rows: table.data.rows, ignoredColumns: table.ignoredColumns, ...(counts !== undefined ? { rowsPerClass: counts } : {}) });
  }
  if (o.json) {
    process.stdout.write(JSON.stringify(summary) + "\n");
    return;
  }
  const lines = [
    `${file}: task "${task.name}" (${task.kind}) is valid; digest ${String(summary.digest)}`,
    `  model: ${task.model.layers.map((l) => l.type).join(" -> ")}, ${shapes.parameters} parameters, input [${task.model.inputShape.join(", ")}]`,
    ...(data !== undefined
      ? [`  ${data}: ${String(summary.rows)} rows match the task${table(summary)}`]
      : ["  no data checked: pass --data CSV"]),
  ];
  process.stdout.write(lines.join("\n") + "\n");
}

function table(summary: Record<string, unknown>): string {
  const ignored = summary.ignoredColumns;
  const perClass = summary.rowsPerClass;
  return `${Array.isArray(ignored) && ignored.length > 0 ? `; ignored columns: ${ignored.join(", ")}` : ""}${Array.isArray(perClass) ? `; rows per class: ${perClass.join(", ")}` : ""}`;
}
