import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { spawnConclave, lastJsonLine, type Running } from "../support/spawn-conclave";
import { devFederation, listeningPort, splitBoston } from "../support/processes";

/** Boston with a constant scaling (no round 0). */
function leafTask(dir: string): string {
  const boston = path.resolve(__dirname, "../../examples/tasks/boston.json");
  const spec = JSON.parse(readFileSync(boston, "utf8")) as Record<string, Record<string, unknown>>;
  spec.data!.file = path.resolve(__dirname, "../../examples/data/boston_housing.csv");
  spec.preprocessing!.scaling = { divideBy: 100 };
  const file = path.join(dir, "boston-leaf.json");
  writeFileSync(file, JSON.stringify({ ...spec, name: "boston-leaf" }));
  return file;
}

describe("conclave coordinator --upstream: root + 3 leaves + their workers as real processes", function () {
  this.timeout(180_000);
  let dir = "";
  const procs: Running[] = [];
  before(() => {
    dir = mkdtempSync(path.join(tmpdir(), "conclave-hier-cli-"));
    splitBoston(dir, 3);
    devFederation(path.join(dir, "root"), ["leaf-a", "leaf-b", "leaf-c"]);
    for (const l of ["a", "b", "c"]) devFederation(path.join(dir, `fed-${l}`), [`${l}-0`, `${l}-1`, `${l}-2`]);
  });
  after(() => {
    for (const p of procs) if (p.child.exitCode === null) p.child.kill("SIGKILL");
    rmSync(dir, { recursive: true, force: true });
  });

  it("a SecAgg+ root over 3 SecAgg+ leaves of 3 workers (a secure sum across leaves) standardises Boston in round 0, applies 2 rounds and evaluates through the leaves; every process exits 0", async () => {
    const task = "boston"; // standardises its features: the root's round 0 goes through the leaves
    const rootFed = path.join(dir, "root");
    // The hospitals answer federated evaluation (through secure aggregation only, a few times a run): their own policy, which the leaves cannot widen.
    const policy = path.join(dir, "evaluating-policy.json");
    writeFileSync(policy, JSON.stringify({ type: "conclave-worker-policy", version: 1, evaluation: { allow: true, maxPerRun: 4, holdout: 0.2, requireSecure: true } }));
    const root = spawnConclave(["coordinator", "--task", task, "--port", "0", "--secagg", "secagg+", "--min-workers", "3", "--rounds", "2", "--json", "--wait-seconds", "120",
      "--federated-evaluation", "1",
      "--federation", path.join(rootFed, "federation.json"), "--key", path.join(rootFed, "coordinator.key")]);
    procs.push(root);
    const rootUrl = `http://127.0.0.1:${await listeningPort(root)}`;
    const leaves = await Promise.all((["a", "b", "c"] as const).map(async (l, i) => {
      const fed = path.join(dir, `fed-${l}`);
      const leaf = spawnConclave(["coordinator", "--task", task, "--port", "0", "--min-workers", "3", "--rounds", "2", "--json", "--wait-seconds", "120",
        "--federation", path.join(fed, "federation.json"), "--key", path.join(fed, "coordinator.key"),
        "--upstream", rootUrl, "--upstream-site", `leaf-${l}`, "--upstream-key", path.join(rootFed, `leaf-${l}.key`), "--upstream-federation", path.join(rootFed, "federation.json")]);
      procs.push(leaf);
      const port = await listeningPort(leaf);
      const workers = spawnConclave(["worker", "--server", `http://127.0.0.1:${port}`, "--task", task, "--virtual", "3", "--name", `${l}-{i}`,
        "--key", path.join(fed, "{name}.key"), "--federation", path.join(fed, "federation.json"), "--data", path.join(dir, `hospital-${i}.csv`), "--policy", policy]);
      procs.push(workers);
      return { leaf, workers };
    }));
    assert.equal(await root.exited, 0, root.stderr.slice(-2000));
    const summary = lastJsonLine(root.stdout);
    assert.equal(summary.roundsApplied, 2, `${JSON.stringify(summary)}\n${leaves[0]!.leaf.stderr.slice(-4000)}`);
    assert.equal(summary.secureAggregation, "secagg+", "the root summed the leaves' shard sums under SecAgg+: it learnt only their total");
    assert.match(root.stderr, /feature moments computed from 3 workers \(secagg\+\)/, "the root's round 0 summed the 3 leaves' shard moments");
    const federated = summary.federated as Record<string, unknown>;
    assert.ok(typeof federated.workerLoss === "number" && Number.isFinite(federated.workerLoss) && federated.workerLoss > 0,
      `the root got no evaluation through its leaves: ${JSON.stringify(summary)}\n${root.stderr.split("\n").filter((l) => /evaluat/i.test(l)).join("\n")}\n${leaves[0]!.leaf.stderr.split("\n").filter((l) => /evaluat/i.test(l)).join("\n")}`);
    for (const { leaf, workers } of leaves) {
      assert.equal(await leaf.exited, 0, leaf.stderr.slice(-2000));
      const s = lastJsonLine(leaf.stdout);
      assert.equal(s.secureAggregation, "secagg+");
      assert.equal(s.roundsApplied, 2);
      assert.match(leaf.stderr, /joined the root at/);
      assert.match(leaf.stderr, /feature moments computed from 3 workers \(secagg\+\)/, "the leaf summed its shard's moments for the root's round 0");
      assert.equal(await workers.exited, 0, workers.stderr.slice(-2000));
    }
  });

  it("--upstream without secure aggregation at the leaf is a usage error (exit 2)", async () => {
    const fed = path.join(dir, "fed-a");
    const leaf = spawnConclave(["coordinator", "--task", leafTask(dir), "--port", "0", "--secagg", "none", "--federation", path.join(fed, "federation.json"), "--key", path.join(fed, "coordinator.key"),
      "--upstream", "http://127.0.0.1:9", "--upstream-site", "leaf-a", "--upstream-key", "x", "--upstream-federation", "y"]);
    procs.push(leaf);
    assert.equal(await leaf.exited, 2);
    assert.match(leaf.stderr, /--upstream runs a leaf.*--secagg secagg\+/);
  });

  it("--upstream-site without --upstream is a usage error", async () => {
    const fed = path.join(dir, "fed-a");
    const base = ["coordinator", "--port", "0", "--federation", path.join(fed, "federation.json"), "--key", path.join(fed, "coordinator.key")];
    const a = spawnConclave([...base, "--task", leafTask(dir), "--upstream-site", "leaf-a"]);
    procs.push(a);
    assert.equal(await a.exited, 2);
    assert.match(a.stderr, /--upstream-site configures a leaf's link to its root: give --upstream URL too/);
  });
});
