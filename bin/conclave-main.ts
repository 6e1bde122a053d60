import { Command } from "commander";

/** The composition root of the `conclave` command: each subcommand lives in bin/commands/. */
const program = new Command();
program.name("conclave").description("Federated learning with secure aggregation and differential privacy").version("0.1.0");

program.parseAsync(process.argv).catch((err: unknown) => {
  process.stderr.write(`conclave: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
