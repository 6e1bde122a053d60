import { createServer } from "node:net";
import { readFileSync } from "node:fs";
import path from "node:path";
import { spawnConclave, type Running } from "../support/spawn-conclave";

/** A port that was free a moment ago (a restarted coordinator must come back on the same one). */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (address === null || typeof address === "string") throw new Error("no port");
  return address.port;
}

/** A federation of named sites on the Boston split in dir (see splitBoston and devFederation). */
export class ProcessFederation {
  readonly procs: Running[] = [];
  constructor(readonly dir: string, readonly sites: readonly string[]) {}

  coordinator(port: number, extra: readonly string[], env: Record<string, string> = {}): Running {
    const c = spawnConclave(["coordinator", "--task", "boston", "--port", String(port), "--wait-seconds", "120", "--json", "--min-workers", String(this.sites.length),
      "--federation", path.join(this.dir, "fed", "federation.json"), "--key", path.join(this.dir, "fed", "coordinator.key"), ...extra], env);
    this.procs.push(c);
    return c;
  }

  worker(port: number, i: number, extra: readonly string[] = []): Running {
    const w = spawnConclave(["worker", "--server", `http://127.0.0.1:${port}`, "--data", path.join(this.dir, `hospital-${i}.csv`), "--name", this.sites[i]!,
      "--key", path.join(this.dir, "fed", `${this.sites[i]}.key`), "--federation", path.join(this.dir, "fed", "federation.json"), ...extra]);
    this.procs.push(w);
    return w;
  }

  workers(port: number, extra: readonly string[] = []): Running[] {
    return this.sites.map((_, i) => this.worker(port, i, extra));
  }

  killAll(): void {
    for (const p of this.procs) if (p.child.exitCode === null && p.child.signalCode === null) p.child.kill("SIGKILL");
  }
}

/** The final model's weights.bin written into a coordinator's --state directory. */
export function finalWeights(stateDir: string): Buffer {
  return readFileSync(path.join(stateDir, "model-final", "weights.bin"));
}
