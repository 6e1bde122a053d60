/**
 * A leaf of a hierarchy as its own process (test/scale/hierarchical.test.ts):
 *   node bin/run-ts.js test/support/hierarchy-leaf-process.ts ROOT_URL FEDERATION_FILE KEY_FILE NAME ROUNDS SITES_JSON
 * It serves its shard's workers (in this process, over its own socket.io server), joins the root as
 * site NAME, runs ROUNDS rounds of SecAgg+ and prints one JSON line: each round's applied flag, k
 * and contributors; it exits 0 when every round was forwarded.
 */
import { loadMembership } from "../../bin/federation-io";
import { readKeyFile } from "../../bin/key-store";
import { startLeaf, type ShardSite } from "./hierarchy-leaf";

async function main(): Promise<number> {
  const [rootUrl, federationFile, keyFile, name, rounds, sitesJson] = process.argv.slice(2);
  if (!rootUrl || !federationFile || !keyFile || !name || !rounds || !sitesJson) throw new Error("usage: ROOT_URL FEDERATION_FILE KEY_FILE NAME ROUNDS SITES_JSON");
  const sites = JSON.parse(sitesJson) as ShardSite[];
  const running = await startLeaf(name, sites, rootUrl, { membership: loadMembership(federationFile), identity: readKeyFile(keyFile) }, Number(rounds));
  const history = await running.run;
  await running.leaf.shutdown();
  await running.transport.close();
  const updates = running.seen.filter((m) => m.body.type === "trainResult");
  process.stdout.write(JSON.stringify({
    outcome: history.outcome, rounds: history.rounds.map((r) => ({ round: r.round, applied: r.applied, k: r.extras.k ?? null, contributors: r.contributors.length })),
    workerUpdates: updates.length, plaintextWorkerUpdates: updates.filter((m) => m.body.type === "trainResult" && m.body.update.length > 0).length,
  }) + "\n");
  return history.rounds.length === Number(rounds) && history.rounds.every((r) => r.applied) ? 0 : 1;
}

main().then((code) => process.exit(code), (err: unknown) => {
  process.stderr.write(`${err instanceof Error ? err.stack ?? err.message : String(err)}\n`);
  process.exit(1);
});
