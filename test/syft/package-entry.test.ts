/** The chain of tensors is the package's `conclave/syft` entry (package.json "exports"), the same module as shared/syft. */
import assert from "node:assert/strict";
import { Syft, tensor, Tensor } from "conclave/syft";
import * as direct from "../../shared/syft/index";
import { systemTimers } from "../../worker/syft/system-timers";

describe("the conclave/syft package entry", () => {
  it("resolves to shared/syft/index.ts: the same classes, and a sharing works through it", async () => {
    assert.equal(Tensor, direct.Tensor);
    assert.equal(Syft, direct.Syft);
    const syft = new Syft({ timers: systemTimers });
    const [alice, bob, james] = ["alice", "bob", "james"].map((id) => syft.virtualWorker(id));
    const x = await tensor([1.5, -2]).fixPrecision().share(alice!, bob!, { cryptoProvider: james! });
    assert.deepEqual((await (await x.add(x)).get()).floatPrecision().toArray(), [3, -4]);
  });
});
