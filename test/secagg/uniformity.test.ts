import assert from "node:assert/strict";
import type { MaskedInputReply } from "../../shared/secagg/messages";
import { chiSquareCritical, chiSquareUniform } from "../crypto/support/statistics";
import { makeFederation, plaintextSum, runRound } from "./support/federation";

function topByteChiSquare(v: Uint32Array): number {
  const counts = new Uint32Array(256);
  for (const w of v) counts[w >>> 24]!++;
  return chiSquareUniform(counts);
}

describe("secagg/SecAgg+ masked vectors look uniform", () => {
  it("a masked vector passes a chi-square test on its top 8 bits, even for an all-zero input", () => {
    const d = 40000;
    const fed = makeFederation({ label: "uniform", n: 3, d });
    fed.inputs.get(0)!.fill(0); // the worst case: a constant input
    fed.inputs.get(1)!.fill(0x7fffffff);
    const masked: MaskedInputReply[] = [];
    const run = runRound(fed, { onReply: (r) => { if (r.stage === "MaskedInput") masked.push(r); return r; } });
    assert.equal(masked.length, 3);
    for (const m of masked) {
      assert.ok(topByteChiSquare(m.maskedInput) < chiSquareCritical(255), `worker ${m.sender}: chi2 = ${topByteChiSquare(m.maskedInput)}`);
      assert.notDeepEqual(m.maskedInput, fed.inputs.get(m.sender));
    }
    // and the masks still cancel
    const final = run.final!;
    assert.equal(final.kind, "done");
    if (final.kind === "done") assert.deepEqual(final.aggregate.sum, plaintextSum(fed, [0, 1, 2]));
  });

  it("the chi-square check is not vacuous: the unmasked constant input fails it", () => {
    assert.ok(topByteChiSquare(new Uint32Array(40000)) > chiSquareCritical(255));
  });
});
