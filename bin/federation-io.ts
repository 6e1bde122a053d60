import { readFileSync, writeFileSync } from "node:fs";
import { federationProblem, parseFederationFile, serializeFederationFile, type FederationFile } from "../shared/federation/federation-file";
import { MembershipError, type Membership } from "../shared/federation/membership";
import { UsageError } from "./usage-error";

export function readFederationFile(path: string): FederationFile {
  let text: string;
  try { text = readFileSync(path, "utf8"); } catch { throw new UsageError(`the federation file ${path} cannot be read; the federation's admin distributes it (conclave federation sign)`); }
  try {
    return parseFederationFile(text, path);
  } catch (err) {
    if (err instanceof MembershipError) throw new UsageError(err.message);
    throw err;
  }
}

/** The membership of a signed, verified federation file (against the admin key the reader pins, when it pins one). */
export function loadMembership(path: string, expectedAdmin?: Uint8Array): Membership {
  const file = readFederationFile(path);
  const problem = federationProblem(file, expectedAdmin);
  if (problem !== null) throw new UsageError(`${path}: ${problem}`);
  return file.membership;
}

export function writeFederationFile(path: string, file: FederationFile): void {
  writeFileSync(path, serializeFederationFile(file));
}
