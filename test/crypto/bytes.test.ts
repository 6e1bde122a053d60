import assert from "node:assert/strict";
import { readU64, u64, writeU64 } from "../../shared/crypto/bytes";

describe("crypto/bytes u64", () => {
  it("writes big-endian 8 bytes that readU64 and DataView read back, at any offset, across the 32-bit boundary", () => {
    const values = [0, 1, 255, 256, 2 ** 32 - 1, 2 ** 32, 2 ** 32 + 1, 0x0102030405, 2 ** 53 - 1];
    for (const v of values) {
      const out = new Uint8Array(13);
      writeU64(out, 3, v);
      const view = new DataView(out.buffer);
      assert.equal(view.getUint32(3) * 2 ** 32 + view.getUint32(7), v);
      assert.equal(readU64(out, 3), v);
      assert.deepEqual(u64(v), out.slice(3, 11));
    }
    assert.deepEqual(u64(0x01020304050607), Uint8Array.of(0, 1, 2, 3, 4, 5, 6, 7));
  });

  it("refuses what is not a non-negative safe integer", () => {
    for (const bad of [-1, 0.5, 2 ** 53, Number.NaN, Infinity]) assert.throws(() => u64(bad), RangeError);
  });
});
