import { Command } from "commander";
import { coordinatorCommand } from "./commands/coordinator";
import { demoCommand } from "./commands/demo";
import { federationCommand } from "./commands/federation";
import { keysCommand } from "./commands/keys";
import { workerCommand } from "./commands/worker";
import { privacyCommand } from "./commands/privacy";
import { simulateCommand } from "./commands/simulate";
import { USAGE_EXIT, UsageError } from "./usage-error";

/** The composition root of the `conclave` command: each subcommand lives in bin/commands/. */
const program = new Command();
program.name("conclave").description("Federated learning with secure aggregation and differential privacy").version("0.2.0");
program.addCommand(demoCommand());
program.addCommand(simulateCommand());
program.addCommand(privacyCommand());
program.addCommand(coordinatorCommand());
program.addCommand(workerCommand());
program.addCommand(keysCommand());
program.addCommand(federationCommand());

program.parseAsync(process.argv).catch((err: unknown) => {
  process.stderr.write(`conclave: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(err instanceof UsageError ? USAGE_EXIT : 1);
});
