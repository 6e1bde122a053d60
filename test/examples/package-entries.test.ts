/**
 * The package's entries (package.json "exports") resolve by name to the library's index files,
 * each with a typed example in its doc comment; the paths the library computes (bundled tasks,
 * data, dashboard assets) come from the package root.
 */
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { promisify } from "node:util";
import path from "node:path";
import * as main from "conclave";
import * as coordinator from "conclave/coordinator";
import * as worker from "conclave/worker";
import * as strategies from "conclave/strategies";
import * as tasks from "conclave/tasks";
import * as transport from "conclave/transport";
import * as secagg from "conclave/secagg";
import * as dp from "conclave/dp";
import * as federation from "conclave/federation";
import * as protocol from "conclave/protocol";
import * as syft from "conclave/syft";
import { Coordinator } from "../../server/coordinator";
import { WorkerClient } from "../../worker/worker-client";
import { createStrategy } from "../../server/strategy/create-strategy";
import { getTask, TASKS_DIR } from "../../shared/task/tasks";
import { createMemoryPair } from "../../shared/transport/memory-transport";
import { SecAggPlusClient } from "../../shared/secagg/secagg-plus-client";
import { RdpAccountant } from "../../shared/dp/rdp-accountant";
import { runSimulation } from "../../federation/simulation";
import { encodeMessage } from "../../shared/protocol/codec";
import { Tensor } from "../../shared/syft/tensor";
import { DATA_DIR } from "../../shared/data/data-dir";
import { findPackageRoot, PACKAGE_ROOT } from "../../shared/package-root";

const ROOT = path.resolve(__dirname, "../..");
const manifest = JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8")) as { exports: Record<string, { types: string; default: string } | string> };

describe("the package entries", () => {
  it("resolve by name to the library's modules (the same objects as the direct imports)", () => {
    assert.equal(coordinator.Coordinator, Coordinator);
    assert.equal(worker.WorkerClient, WorkerClient);
    assert.equal(strategies.createStrategy, createStrategy);
    assert.equal(tasks.getTask, getTask);
    assert.equal(transport.createMemoryPair, createMemoryPair);
    assert.equal(secagg.SecAggPlusClient, SecAggPlusClient);
    assert.equal(dp.RdpAccountant, RdpAccountant);
    assert.equal(federation.runSimulation, runSimulation);
    assert.equal(protocol.encodeMessage, encodeMessage);
    assert.equal(syft.Tensor, Tensor);
  });

  it("the main entry re-exports the key API of each part, syft under its name", () => {
    assert.equal(main.Coordinator, Coordinator);
    assert.equal(main.WorkerClient, WorkerClient);
    assert.equal(main.createStrategy, createStrategy);
    assert.equal(main.runSimulation, runSimulation);
    assert.equal(main.getTask, getTask);
    assert.equal(main.syft.Tensor, Tensor);
  });

  it("every entry names its types and its code, both existing files, and each index shows a typed example", () => {
    const entries = Object.entries(manifest.exports).filter(([name]) => name !== "./package.json");
    assert.deepEqual(entries.map(([name]) => name).sort(),
      [".", "./coordinator", "./dp", "./federation", "./protocol", "./secagg", "./strategies", "./syft", "./tasks", "./transport", "./worker"]);
    for (const [name, target] of entries) {
      assert.ok(typeof target === "object", `${name} has types and default`);
      assert.equal(target.types, target.default, `${name}: types and code are the same TypeScript file`);
      const file = path.join(ROOT, target.default);
      assert.ok(existsSync(file), `${name} -> ${target.default} exists`);
      const head = readFileSync(file, "utf8").split("*/")[0]!;
      if (name !== "./syft") assert.match(head, /```ts\n[\s\S]*from "conclave(\/[a-z]+)?"[\s\S]*```/, `${name}: a typed example in the doc comment`);
    }
  });

  it("gives an ES module every name it gives CommonJS (no `export *` that Node's CommonJS export detection cannot see)", async function () {
    this.timeout(60_000);
    const byName: Record<string, Record<string, unknown>> = {
      conclave: main, "conclave/coordinator": coordinator, "conclave/worker": worker, "conclave/strategies": strategies, "conclave/tasks": tasks,
      "conclave/transport": transport, "conclave/secagg": secagg, "conclave/dp": dp, "conclave/federation": federation, "conclave/protocol": protocol, "conclave/syft": syft,
    };
    const names = Object.keys(byName);
    const dir = mkdtempSync(path.join(ROOT, ".tmp-esm-"));
    try {
      writeFileSync(path.join(dir, "names.mts"), names.map((n, i) => `import * as m${i} from "${n}";`).join("\n") +
        `\nconsole.log(JSON.stringify([${names.map((_, i) => `Object.keys(m${i})`).join(", ")}]));\n`);
      const { stdout } = await promisify(execFile)(process.execPath, ["--import", "tsx", path.join(dir, "names.mts")], { cwd: ROOT, timeout: 60_000 });
      const esm = JSON.parse(stdout.trim().split("\n").at(-1)!) as string[][];
      const clean = (keys: string[]) => keys.filter((k) => k !== "default" && k !== "module.exports" && k !== "__esModule").sort();
      names.forEach((n, i) => assert.deepEqual(clean(esm[i]!), clean(Object.keys(byName[n]!)), n));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("computes its folders from the package root, wherever the package is installed", () => {
    assert.equal(PACKAGE_ROOT, ROOT);
    assert.equal(findPackageRoot(path.join(ROOT, "shared", "task")), ROOT);
    assert.equal(TASKS_DIR, path.join(ROOT, "examples", "tasks"));
    assert.equal(DATA_DIR, path.join(ROOT, "examples", "data"));
    assert.ok(existsSync(path.join(TASKS_DIR, "boston.json")));
    assert.throws(() => findPackageRoot("/"), /no package\.json named "conclave" above \/; the package's files are incomplete, reinstall it/);
  });
});
