import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import path from "node:path";
import { Worker } from "node:worker_threads";
import { SharedSlotTable } from "../../shared/crypto/shared-slot-table";

const TABLE = path.resolve(__dirname, "../../shared/crypto/shared-slot-table.ts");

const keyOf = (i: number): Uint8Array => new Uint8Array(createHash("sha256").update(`key ${i}`).digest());
const valueOf = (i: number): Uint8Array => new Uint8Array(createHash("sha256").update(`value ${i}`).digest());

describe("crypto/shared-slot-table (a lock-free cache shared by threads)", () => {
  it("keeps values by key and tag; another tag, another key or a wrong width is not a hit", () => {
    const t = SharedSlotTable.create(64, 32, 32);
    const out = new Uint8Array(32);
    for (let i = 0; i < 20; i++) assert.equal(t.set(keyOf(i), 7, valueOf(i)), true);
    for (let i = 0; i < 20; i++) {
      assert.equal(t.get(keyOf(i), 7, out), true);
      assert.deepEqual(out, valueOf(i));
      assert.equal(t.get(keyOf(i), 8, out), false);
    }
    assert.equal(t.get(keyOf(99), 7, out), false);
    assert.throws(() => t.get(keyOf(1).subarray(1), 7, out), /key must be 32 bytes/);
    assert.throws(() => t.set(keyOf(1), 0, valueOf(1)), /nonzero/);
    assert.throws(() => SharedSlotTable.create(48, 32, 32), /power of two/);
    assert.throws(() => SharedSlotTable.attach(new SharedArrayBuffer(100), 32, 32), /does not hold/);
    assert.equal(t.occupied(), 20);
    t.sweep();
    assert.equal(t.get(keyOf(1), 7, out), false);
    assert.equal(t.occupied(), 0);
  });

  it("take() hands the value out once and zeroes the slot; sweep(keep) zeroes every other tag", () => {
    const t = SharedSlotTable.create(64, 32, 32);
    const out = new Uint8Array(32);
    t.set(keyOf(1), 5, valueOf(1));
    t.set(keyOf(2), 5, valueOf(2));
    t.set(keyOf(3), 6, valueOf(3));
    assert.equal(t.take(keyOf(1), 5, out), true);
    assert.deepEqual(out, valueOf(1));
    assert.equal(t.take(keyOf(1), 5, out), false);
    assert.equal(t.get(keyOf(1), 5, out), false);
    assert.equal(t.occupied(), 2);
    const words = new Int32Array(t.buffer);
    t.sweep(6);
    assert.equal(t.get(keyOf(2), 5, out), false);
    assert.equal(t.get(keyOf(3), 6, out), true);
    assert.equal(t.occupied(), 1);
    // Nothing of the taken or swept entries is left in memory: one slot (key 3's) has a nonzero tag, key or value word.
    const slotWords = 2 + 8 + 8;
    let slotsWithBytes = 0;
    for (let slot = 0; slot < 64; slot++) if (words.subarray(slot * slotWords + 1, (slot + 1) * slotWords).some((v) => v !== 0)) slotsWithBytes++;
    assert.equal(slotsWithBytes, 1);
  });

  it("a table with no value is a set (verified digests); a full table overwrites, and an overwritten key misses", () => {
    const t = SharedSlotTable.create(4, 32, 0);
    const none = new Uint8Array(0);
    for (let i = 0; i < 100; i++) t.set(keyOf(i), 1, none);
    const held = Array.from({ length: 100 }, (_, i) => t.get(keyOf(i), 1, none)).filter(Boolean).length;
    assert.ok(held >= 1 && held <= 4, `a 4-slot table holds at most 4 keys, held ${held}`);
    assert.equal(t.get(keyOf(99), 1, none), true, "the last key written is held");
  });

  it("two threads writing and reading the same small table never see a torn entry", async function () {
    this.timeout(60_000);
    const table = SharedSlotTable.create(16, 32, 32);
    const code = `require("tsx/cjs");
      const { workerData, parentPort } = require("node:worker_threads");
      const { createHash } = require("node:crypto");
      const { SharedSlotTable } = require(${JSON.stringify(TABLE)});
      const t = SharedSlotTable.attach(workerData.buffer, 32, 32);
      const keys = [], values = [];
      for (let i = 0; i < 64; i++) {
        keys.push(new Uint8Array(createHash("sha256").update("key " + i).digest()));
        values.push(new Uint8Array(createHash("sha256").update("value " + i).digest()));
      }
      const out = new Uint8Array(32);
      let hits = 0, torn = 0, x = workerData.seed;
      for (let n = 0; n < 200000; n++) {
        x = (Math.imul(x, 1103515245) + 12345) >>> 0;
        const i = (x >>> 8) & 63;
        const op = (x >>> 16) % 8;
        if (op < 4) t.set(keys[i], 3, values[i]);
        else if (op === 7 && (x >>> 20) % 64 === 0) t.sweep(4); // now and then, zero everything (tag 3 is not kept)
        else if (op < 6 ? t.get(keys[i], 3, out) : t.take(keys[i], 3, out)) { hits++; if (Buffer.compare(out, values[i]) !== 0) torn++; }
      }
      parentPort.postMessage({ hits, torn });`;
    const run = (seed: number) => new Promise<{ hits: number; torn: number }>((resolve, reject) => {
      const w = new Worker(code, { eval: true, workerData: { buffer: table.buffer, seed } });
      w.once("message", resolve);
      w.once("error", reject);
    });
    const results = await Promise.all([run(1), run(2)]);
    for (const r of results) {
      assert.equal(r.torn, 0, "a hit returned bytes that were not the key's value");
      assert.ok(r.hits > 1000, `the threads did share entries (${r.hits} hits)`);
    }
  });
});
