/**
 * The syft-tensors example (the PySyft 0.2 Boston notebook redone) reaches the
 * notebook's test MSE with a fixed seed, and the demo command runs it.
 */
import assert from "node:assert/strict";
import { seededRandomBytes, seedFromLabel } from "../../shared/crypto/random";
import { runSyftBoston } from "../../examples/syft-tensors/run-syft-boston";
import { lastJsonLine, spawnConclave } from "../support/spawn-conclave";

describe("examples/syft-tensors (PySyft 0.2 Boston notebook)", () => {
  it("seed 1: training where the data lives with secure averaging reaches test MSE <= 20.8", async () => {
    const r = await runSyftBoston({ seed: 1, randomBytes: (who) => seededRandomBytes(seedFromLabel(`syft-example-${who}`)) });
    assert.equal(r.rounds, 20);
    assert.deepEqual(r.rows, { alice: 202, bob: 202, test: 102 });
    assert.ok(r.testMse <= 20.8, `test MSE ${r.testMse}`);
    assert.ok(r.roundMse[0]! > r.testMse, `the averaged model improved over the rounds: ${r.roundMse.map((m) => m.toFixed(1)).join(", ")}`);
  });

  it("`conclave demo syft --json` prints the test MSE and the wall time", async function () {
    this.timeout(60_000);
    const run = spawnConclave(["demo", "syft", "--rounds", "3", "--json"], { CONCLAVE_LOG_LEVEL: "warn" });
    assert.equal(await run.exited, 0, run.stderr);
    const summary = lastJsonLine(run.stdout);
    assert.equal(summary.example, "syft-tensors");
    assert.equal(summary.rounds, 3);
    assert.ok(typeof summary.testMse === "number" && summary.testMse > 0);
    assert.ok(typeof summary.wallSeconds === "number" && summary.wallSeconds > 0);
  });
});
