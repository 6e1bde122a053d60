import assert from "node:assert/strict";
import { heapGrowthSetByOperator } from "../../bin/heap-growth";

describe("bin/heap-growth (V8 heap growth for processes of many parties)", () => {
  it("is left to the operator who set it on node's command line or in NODE_OPTIONS, in either spelling", () => {
    assert.equal(heapGrowthSetByOperator([], ""), false);
    assert.equal(heapGrowthSetByOperator(["--max-old-space-size=4096"], "--enable-source-maps"), false);
    assert.equal(heapGrowthSetByOperator(["--heap-growing-percent=50"], ""), true);
    assert.equal(heapGrowthSetByOperator([], "--max-old-space-size=2048 --heap_growing_percent=80"), true);
  });
});
