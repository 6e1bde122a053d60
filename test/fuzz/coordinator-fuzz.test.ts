import assert from "node:assert/strict";
import { fuzzedFederation } from "./fuzz-federation";

const COUNT = 3_000;
const SEED = 8;

describe("fuzz: a live coordinator beside honest SecAgg+ workers", function () {
  this.timeout(240_000);

  it(`keeps serving through ${COUNT} seeded mutations of valid messages; each gets a typed error or a counted drop; the honest model is bit-identical`, async () => {
    const clean = await fuzzedFederation({ count: 0, seed: SEED, rounds: 3 });
    const fuzzed = await fuzzedFederation({ count: COUNT, seed: SEED, rounds: 3 });
    const r = fuzzed.report!;
    assert.equal(r.messages, COUNT);
    assert.equal(fuzzed.applied, 3, "every round applied while the fuzzer ran");
    assert.equal(clean.applied, 3);
    for (let i = 0; i < clean.weights.length; i++) {
      assert.deepEqual(Buffer.from(fuzzed.weights[i]!.values.buffer), Buffer.from(clean.weights[i]!.values.buffer), `tensor ${clean.weights[i]!.name} bit for bit`);
    }
    assert.equal(r.missingReplies, 0, "every Error the coordinator recorded reached the open connection");
    assert.equal(r.untypedErrors, 0, "every reply is a typed Error with a sentence");
    const o = r.outcomes;
    assert.ok((o.replied ?? 0) > 0 && (o.suppressed ?? 0) > 0 && (o.disconnected ?? 0) > 0 && (o.partial ?? 0) > 0, `outcomes ${JSON.stringify(o)}`);
    assert.ok((r.errors.MALFORMED_MESSAGE ?? 0) > 0 && (r.errors.NOT_ADMITTED ?? 0) > 0, `errors ${JSON.stringify(r.errors)}`);
    // Every frame that reached the coordinator was accounted for (the harness throws otherwise); those it never read were sent after it closed the connection.
    const recorded = Object.values(o).reduce((s, n) => s + n, 0);
    assert.ok(recorded + r.unreadAfterClose >= r.frames, `${recorded} recorded + ${r.unreadAfterClose} unread < ${r.frames} sent`);
  });
});
