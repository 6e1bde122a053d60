import { Command } from "commander";
import { createKeyFile, hex, readKeyFile } from "../key-store";

/** `conclave keys new|show`: a site's or a coordinator's Ed25519 identity. */
export function keysCommand(): Command {
  const cmd = new Command("keys").description("create or show an Ed25519 identity key file (a site's, the coordinator's, or the federation admin's)");
  cmd.command("new").description("create a new key file (mode 0600) and print its public key")
    .requiredOption("--out <file>", "where to write the key file (never overwritten)")
    .action((o: { out: string }) => {
      const pair = createKeyFile(o.out);
      process.stdout.write(`${hex(pair.publicKey)}\n`);
      process.stderr.write(`created ${o.out}; keep it private, and give the public key above to the federation's admin\n`);
    });
  cmd.command("show").description("print the public key of a key file")
    .argument("<file>", "the key file")
    .action((file: string) => { process.stdout.write(`${hex(readKeyFile(file).publicKey)}\n`); });
  return cmd;
}
