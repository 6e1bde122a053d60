import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import { buildVectors } from "./support/build-vectors";

/** docs/protocol.md's test vectors (proto/vectors/) are exactly what the code produces: the document and the code cannot drift. */
describe("protocol test vectors (proto/vectors)", () => {
  const built = buildVectors();
  for (const [name, vector] of Object.entries(built)) {
    it(`${name}.json is what the code produces today`, () => {
      const stored: unknown = JSON.parse(readFileSync(path.resolve(__dirname, `../../proto/vectors/${name}.json`), "utf8"));
      assert.deepEqual(stored, JSON.parse(JSON.stringify(vector)), `proto/vectors/${name}.json is stale: review the change, then npm run vectors`);
    });
  }
  it("the round vector's sum is the plaintext sum of the survivors", () => {
    const round = built.round as { sum: number[]; expectedSum: number[]; contributors: number[] };
    assert.deepEqual(round.sum, round.expectedSum);
    assert.deepEqual(round.contributors, [1, 2, 3, 4]);
  });
});
