import { readFileSync } from "node:fs";
import path from "node:path";
import { Command, CommanderError } from "commander";
import { coordinatorCommand } from "./commands/coordinator";
import { demoCommand } from "./commands/demo";
import { federationCommand } from "./commands/federation";
import { keysCommand } from "./commands/keys";
import { workerCommand } from "./commands/worker";
import { privacyCommand } from "./commands/privacy";
import { simulateCommand } from "./commands/simulate";
import { syftWorkerCommand } from "./commands/syft-worker";
import { taskCommand } from "./commands/task";
import { USAGE_EXIT_CODE, UsageError } from "./commands/usage-error";
import { StrategyConfigError } from "../server/strategy/strategy-config-error";
import { UnknownTaskError } from "../shared/task/resolve-task";
import { DpSetupError } from "../server/dp/dp-setup-error";
import { DpConfigError } from "../shared/dp/dp-config-error";

/** The version is the package's own (package.json), so `conclave --version` says what `npm install` installed. */
function packageVersion(): string {
  const parsed: unknown = JSON.parse(readFileSync(path.join(__dirname, "..", "package.json"), "utf8"));
  const version = typeof parsed === "object" && parsed !== null ? Reflect.get(parsed, "version") : undefined;
  return typeof version === "string" ? version : "unknown";
}

/** The composition root of the `conclave` command: each subcommand lives in bin/commands/. */
const program = new Command();
program.name("conclave").description("Federated learning with secure aggregation and differential privacy").version(packageVersion());
program.addCommand(demoCommand());
program.addCommand(simulateCommand());
program.addCommand(taskCommand());
program.addCommand(privacyCommand());
program.addCommand(coordinatorCommand());
program.addCommand(workerCommand());
program.addCommand(syftWorkerCommand());
program.addCommand(keysCommand());
program.addCommand(federationCommand());

/** Usage errors (unknown flag, missing or bad argument) exit with one code on every command; commander has printed them. */
function throwOnUsageErrors(cmd: Command): void {
  cmd.exitOverride();
  cmd.commands.forEach(throwOnUsageErrors);
}
throwOnUsageErrors(program);

program.parseAsync(process.argv).catch((err: unknown) => {
  if (err instanceof CommanderError) process.exit(err.exitCode === 0 ? 0 : USAGE_EXIT_CODE);
  process.stderr.write(`conclave: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(err instanceof UsageError || err instanceof UnknownTaskError || err instanceof StrategyConfigError || err instanceof DpSetupError
    || err instanceof DpConfigError ? USAGE_EXIT_CODE : 1);
});
