import { mkdirSync } from "node:fs";
import path from "node:path";
import { Command } from "commander";
import { federationProblem, hexKey, signFederation } from "../../shared/federation/federation-file";
import { Membership, MembershipError, type Site } from "../../shared/federation/membership";
import { readFederationFile, writeFederationFile } from "../federation-io";
import { createKeyFile, hex, readKeyFile } from "../key-store";
import { UsageError } from "../usage-error";

function keyFrom(o: { key?: string; publicKey?: string }, what: string): Uint8Array {
  if ((o.key === undefined) === (o.publicKey === undefined)) throw new UsageError(`give the ${what}'s key as exactly one of --key FILE or --public-key HEX`);
  try {
    return o.key !== undefined ? readKeyFile(o.key).publicKey : hexKey(o.publicKey!, "--public-key");
  } catch (err) {
    if (err instanceof MembershipError) throw new UsageError(err.message);
    throw err;
  }
}

function membership(data: ConstructorParameters<typeof Membership>[0]): Membership {
  try {
    return new Membership(data);
  } catch (err) {
    if (err instanceof MembershipError) throw new UsageError(err.message);
    throw err;
  }
}

/** `conclave federation init|add|sign|verify|dev`: the signed membership file every site and the coordinator pin. */
export function federationCommand(): Command {
  const cmd = new Command("federation").description("manage a federation file: its sites' names and keys, signed by the federation's admin");
  cmd.command("init").description("start an (unsigned) federation file with no sites")
    .requiredOption("--name <federation>", "the federation's name").requiredOption("--out <file>", "the federation file to write")
    .requiredOption("--admin-key <file>", "the admin's key file (conclave keys new)")
    .option("--coordinator-key <file>", "the coordinator's key file").option("--coordinator-public-key <hex>", "or its public key")
    .option("--coordinator-name <name>", "the coordinator's name", "coordinator")
    .action((o: { name: string; out: string; adminKey: string; coordinatorKey?: string; coordinatorPublicKey?: string; coordinatorName: string }) => {
      const admin = readKeyFile(o.adminKey).publicKey;
      const coordinator = keyFrom({ ...(o.coordinatorKey ? { key: o.coordinatorKey } : {}), ...(o.coordinatorPublicKey ? { publicKey: o.coordinatorPublicKey } : {}) }, "coordinator");
      writeFederationFile(o.out, { membership: membership({ federation: o.name, admin, coordinator: { name: o.coordinatorName, publicKey: coordinator }, sites: [] }), signature: null });
      process.stderr.write(`wrote ${o.out} (unsigned; add sites, then conclave federation sign)\n`);
    });
  cmd.command("add").description("add a site (the file must be signed again afterwards)")
    .requiredOption("--file <file>", "the federation file").requiredOption("--name <site>", "the site's name, e.g. hospital-a")
    .option("--key <file>", "the site's key file").option("--public-key <hex>", "or its public key (64 hex digits)")
    .action((o: { file: string; name: string; key?: string; publicKey?: string }) => {
      const m = readFederationFile(o.file).membership;
      const site: Site = { name: o.name, publicKey: keyFrom(o, `site ${o.name}`) };
      writeFederationFile(o.file, { membership: membership({ ...m, sites: [...m.sites, site] }), signature: null });
      process.stderr.write(`added ${o.name} to ${o.file} (${m.size + 1} sites); sign it again before distributing it\n`);
    });
  cmd.command("sign").description("sign the federation file with the admin's key")
    .requiredOption("--file <file>", "the federation file").requiredOption("--admin-key <file>", "the admin's key file")
    .action((o: { file: string; adminKey: string }) => {
      const m = readFederationFile(o.file).membership;
      try {
        writeFederationFile(o.file, signFederation(m, readKeyFile(o.adminKey).secretKey));
      } catch (err) {
        if (err instanceof MembershipError) throw new UsageError(err.message);
        throw err;
      }
      process.stderr.write(`signed ${o.file}: ${m.size} sites, digest ${hex(m.digest())}\n`);
    });
  cmd.command("verify").description("check the file's signature (against the admin key you expect, when given) and list its members")
    .requiredOption("--file <file>", "the federation file").option("--admin <hex>", "the admin public key you expect")
    .action((o: { file: string; admin?: string }) => {
      const f = readFederationFile(o.file);
      const problem = federationProblem(f, o.admin !== undefined ? hexKey(o.admin, "--admin") : undefined);
      if (problem !== null) throw new UsageError(`${o.file}: ${problem}`);
      const m = f.membership;
      process.stdout.write(`federation ${m.federation}: signed by admin ${hex(m.admin)}\ncoordinator ${m.coordinator.name} ${hex(m.coordinator.publicKey)}\n` +
        m.sites.map((s, i) => `site ${i + 1} ${s.name} ${hex(s.publicKey)}`).join("\n") + "\n");
    });
  cmd.command("dev").description("for trying Conclave out on one machine: create admin, coordinator and site keys and a signed federation file in one folder")
    .requiredOption("--dir <dir>", "the folder to write into").requiredOption("--sites <names>", "comma-separated site names, e.g. hospital-a,hospital-b,hospital-c")
    .option("--name <federation>", "the federation's name", "dev")
    .action((o: { dir: string; sites: string; name: string }) => {
      mkdirSync(o.dir, { recursive: true });
      const names = o.sites.split(",").map((s) => s.trim()).filter((s) => s !== "");
      const admin = createKeyFile(path.join(o.dir, "admin.key"));
      const coordinator = createKeyFile(path.join(o.dir, "coordinator.key"));
      const sites = names.map((name) => ({ name, publicKey: createKeyFile(path.join(o.dir, `${name}.key`)).publicKey }));
      const m = membership({ federation: o.name, admin: admin.publicKey, coordinator: { name: "coordinator", publicKey: coordinator.publicKey }, sites });
      writeFederationFile(path.join(o.dir, "federation.json"), signFederation(m, admin.secretKey));
      process.stderr.write(`wrote ${o.dir}: admin.key, coordinator.key, ${names.map((n) => `${n}.key`).join(", ")} and federation.json (signed)\n`);
    });
  return cmd;
}
