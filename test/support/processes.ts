import { spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { Running } from "./spawn-conclave";
import { waitFor } from "./wait-for";

const BIN = path.resolve(__dirname, "../../bin/conclave.js");
const BOSTON = path.resolve(__dirname, "../../examples/data/boston_housing.csv");

/** Split Boston Housing round-robin into dir/hospital-<i>.csv. */
export function splitBoston(dir: string, parts: number): void {
  const [header, ...rows] = readFileSync(BOSTON, "utf8").trim().split("\n");
  for (let i = 0; i < parts; i++) writeFileSync(path.join(dir, `hospital-${i}.csv`), [header, ...rows.filter((_, j) => j % parts === i)].join("\n") + "\n");
}

/** `conclave federation dev`: admin, coordinator and site keys plus a signed federation file in dir. */
export function devFederation(dir: string, sites: readonly string[]): void {
  const r = spawnSync(process.execPath, [BIN, "federation", "dev", "--dir", dir, "--sites", sites.join(",")], { encoding: "utf8" });
  if (r.status !== 0) throw new Error(`conclave federation dev failed: ${r.stderr}`);
}

/** The port a coordinator process logs once it listens. */
export async function listeningPort(coordinator: Running): Promise<string> {
  // The transport's own line (the metrics endpoint and the dashboard log ports of their own).
  await waitFor(() => /listening.*"port":\d+/.test(coordinator.stderr) || coordinator.child.exitCode !== null, "the coordinator to listen", 60_000);
  const m = /listening.*?"port":(\d+)/.exec(coordinator.stderr);
  if (!m) throw new Error(`the coordinator exited before listening: ${coordinator.stderr.slice(-2000)}`);
  return m[1]!;
}
