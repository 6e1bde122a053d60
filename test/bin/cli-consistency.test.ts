import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Command } from "commander";
import { coordinatorCommand } from "../../bin/commands/coordinator";
import { demoCommand } from "../../bin/commands/demo";
import { federationCommand } from "../../bin/commands/federation";
import { keysCommand } from "../../bin/commands/keys";
import { privacyCommand } from "../../bin/commands/privacy";
import { simulateCommand } from "../../bin/commands/simulate";
import { syftWorkerCommand } from "../../bin/commands/syft-worker";
import { taskCommand } from "../../bin/commands/task";
import { workerCommand } from "../../bin/commands/worker";
import { PARTITION_NAMES, parsePartition } from "../../shared/data/partition";
import { devFederation } from "../support/processes";
import { spawnConclave } from "../support/spawn-conclave";

const ROOT = path.resolve(__dirname, "../..");

/** Every option of every command and subcommand: "--flag" -> ["command: flags [choices]"]. */
function everyOption(): Map<string, string[]> {
  const all = new Map<string, string[]>();
  const walk = (c: Command, prefix: string): void => {
    for (const o of c.options) {
      const key = o.long ?? o.short ?? o.flags;
      all.set(key, [...(all.get(key) ?? []), `${prefix}${c.name()}: ${o.flags}${o.argChoices ? ` [${o.argChoices.join(",")}]` : ""}`]);
    }
    for (const sub of c.commands) walk(sub, `${prefix}${c.name()} `);
  };
  for (const c of [demoCommand(), simulateCommand(), coordinatorCommand(), workerCommand(), syftWorkerCommand(), taskCommand(), privacyCommand(), keysCommand(), federationCommand()]) walk(c, "");
  return all;
}

/** Whether a node version satisfies an engines range made of ">=X.Y.Z", "^X.Y.Z", "X" clauses joined by "||" (spaces between clauses: all must hold). */
function admits(range: string, version: readonly [number, number, number]): boolean {
  const parse = (v: string): [number, number, number] => {
    const [a = 0, b = 0, c = 0] = v.replace(/^v/, "").split(".").map((x) => Number(x));
    return [a, b, c];
  };
  const cmp = (a: readonly number[], b: readonly number[]): number => a[0]! - b[0]! || a[1]! - b[1]! || a[2]! - b[2]!;
  if (range.trim() === "*" || range.trim() === "") return true;
  return range.split("||").some((alt) => alt.trim().replace(/(>=|\^|<=|<|>)\s+/g, "$1").split(/\s+/).every((clause) => {
    const m = /^(>=|\^|<=|<|>)?v?(\d+(?:\.\d+){0,2})(?:\.[x*])*$/.exec(clause);
    if (!m) throw new Error(`an engines range this check does not read: "${range}"`);
    const bound = parse(m[2]!);
    switch (m[1]) {
      case ">=": return cmp(version, bound) >= 0;
      case ">": return cmp(version, bound) > 0;
      case "<": return cmp(version, bound) < 0;
      case "<=": return cmp(version, bound) <= 0;
      case "^": return version[0] === bound[0] && cmp(version, bound) >= 0;
      default: return m[2]!.split(".").every((part, i) => Number(part) === version[i]);
    }
  }));
}

describe("bin/the command line, consistent", function () {
  this.timeout(60_000);

  it("a flag shared by several commands is spelled the same, with the same value name and choices, on each", () => {
    const differing = [...everyOption()].filter(([, uses]) => new Set(uses.map((u) => u.slice(u.indexOf(": ") + 2))).size > 1)
      .map(([flag, uses]) => `${flag}: ${uses.join(" | ")}`);
    // --name names a different thing per command (a federation, a site, a task): its value name says which.
    assert.deepEqual(differing.filter((d) => !d.startsWith("--name:")), []);
  });

  it("the partition names --help shows are the ones the parser accepts", () => {
    const forms = PARTITION_NAMES.flatMap((n) => [n.replace(/ \(.*$/, ""), ...[...n.matchAll(/also ([\w:-]+)/g)].map((m) => m[1]!)]).map((f) => f.replace("ALPHA", "0.5"));
    assert.ok(forms.length >= 5, forms.join(", "));
    for (const f of forms) assert.doesNotThrow(() => parsePartition(f), f);
  });

  it("dependencies match engines: every installed dependency runs on the oldest Node package.json allows", () => {
    const pkg = JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8")) as { engines: { node: string }; dependencies: Record<string, string>;
      devDependencies: Record<string, string>; optionalDependencies?: Record<string, string> };
    const m = /^>=\s*(\d+)\.(\d+)(?:\.(\d+))?$/.exec(pkg.engines.node);
    assert.ok(m, `engines.node is ">=X.Y": ${pkg.engines.node}`);
    const oldest = [Number(m[1]), Number(m[2]), Number(m[3] ?? 0)] as const;
    assert.ok(admits(pkg.engines.node, [Number(process.versions.node.split(".")[0]), Number(process.versions.node.split(".")[1]), Number(process.versions.node.split(".")[2])]),
      `this Node ${process.versions.node} is within engines ${pkg.engines.node}`);
    const problems: string[] = [];
    for (const name of Object.keys({ ...pkg.dependencies, ...pkg.devDependencies, ...pkg.optionalDependencies })) {
      let dep: { version: string; engines?: { node?: string } };
      try {
        dep = JSON.parse(readFileSync(path.join(ROOT, "node_modules", name, "package.json"), "utf8")) as typeof dep;
      } catch {
        continue; // an optional dependency that is not installed here
      }
      const range = dep.engines?.node;
      if (range !== undefined && !admits(range, oldest)) problems.push(`${name}@${dep.version} needs node ${range}`);
    }
    // And every package the lock file installs, dependencies of dependencies included.
    const lock = JSON.parse(readFileSync(path.join(ROOT, "package-lock.json"), "utf8")) as { packages: Record<string, { version?: string; engines?: { node?: string } | string[] }> };
    for (const [where, entry] of Object.entries(lock.packages)) {
      const range = entry.engines !== undefined && !Array.isArray(entry.engines) ? entry.engines.node : undefined;
      if (where !== "" && range !== undefined && !admits(range, oldest)) problems.push(`${where.replace(/^.*node_modules\//, "")}@${entry.version ?? "?"} needs node ${range}`);
    }
    assert.deepEqual(problems, [], `package.json says node ${pkg.engines.node}`);
  });

  it("usage errors exit 2, the one documented code: a log file that cannot be opened, an unreadable token file, a bad DP setting, a bad flag value", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "conclave-cli-"));
    devFederation(dir, ["a", "b", "c"]);
    const cases: [string[], RegExp][] = [
      [["demo", "boston", "--no-report", "--log-file", "/etc/passwd/conclave.log"], /cannot open the log file \/etc\/passwd\/conclave\.log/],
      [["coordinator", "--task", "boston", "--federation", path.join(dir, "federation.json"), "--key", path.join(dir, "coordinator.key"), "--port", "0",
        "--dashboard", "--dashboard-port", "0", "--dashboard-token-file", "/nonexistent/token"], /cannot read the dashboard token file \/nonexistent\/token/],
      [["demo", "boston", "--no-report", "--dp", "central", "--noise", "-1"], /noise multiplier/],
      [["privacy", "--sampling", "0.1", "--rounds", "x", "--delta", "1e-5", "--noise", "1"], /./],
      [["worker", "--server", "http://127.0.0.1:9", "--data", "x.csv", "--name", "a", "--key", "k", "--federation", "f", "--log-level", "loud"], /log-level/],
    ];
    for (const [args, message] of cases) {
      const p = spawnConclave(args, { CONCLAVE_LOG_LEVEL: "" });
      assert.equal(await p.exited, 2, `${args.join(" ")}: ${p.stderr}`);
      assert.match(p.stderr, message);
    }
    rmSync(dir, { recursive: true, force: true });
  });
});
