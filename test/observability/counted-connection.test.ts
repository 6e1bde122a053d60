import assert from "node:assert/strict";
import { noEvents } from "../../server/observability/coordinator-events";
import { countedConnection } from "../../server/observability/counted-connection";
import { createMemoryPair } from "../../shared/transport/memory-transport";

describe("observability/counted-connection", () => {
  it("counts each message's bytes both ways, named once the worker is known, and leaves the rest of the connection as it is", async () => {
    const [server, client] = createMemoryPair("alice");
    const extra = Object.assign(server, { transportDetail: () => "kept" });
    const seen: string[] = [];
    let name: string | undefined;
    const counted = countedConnection(extra, { ...noEvents(), bytes: (e) => seen.push(`${e.direction}:${e.bytes}:${e.worker ?? "-"}`) }, () => name);
    const received = new Promise<Uint8Array>((resolve) => counted.onMessage(resolve));
    const atClient = new Promise<Uint8Array>((resolve) => client.onMessage(resolve));
    counted.send(new Uint8Array(5));
    assert.equal((await atClient).byteLength, 5);
    name = "alice";
    client.send(new Uint8Array(7));
    assert.equal((await received).byteLength, 7);
    assert.deepEqual(seen, ["out:5:-", "in:7:alice"]);
    assert.equal(counted.transportDetail(), "kept");
    assert.equal(counted.peer, server.peer);
    assert.equal(counted.closed, false);
    counted.close("done");
    assert.equal(server.closed, true);
  });
});
