import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { generateSigningKeyPair, signer } from "../../shared/crypto/signatures";
import { joinPayload } from "../../shared/protocol/handshake";
import { PROTOCOL_VERSION, type Body } from "../../shared/protocol/messages";
import { describeTask } from "../../shared/protocol/task-description";
import { BOSTON_TASK } from "../../shared/task/tasks";
import { connectSocketIo } from "../../worker/transport/socketio-client";
import { WorkerClient } from "../../worker/worker-client";
import { loadMembership } from "../../bin/federation-io";
import { readKeyFile } from "../../bin/key-store";
import { FakeLearner } from "../support/fake-learner";
import { TEST_POLICY } from "../support/federation";
import { devFederation, listeningPort, splitBoston } from "../support/processes";
import { RawPeer } from "../support/raw-peer";
import { lastJsonLine, spawnConclave, type Running } from "../support/spawn-conclave";

const TASK = { ...describeTask(BOSTON_TASK), kind: BOSTON_TASK.kind, clipNorm: BOSTON_TASK.clipNorm };

/**
 * The security review's and the adversary test's attacks by workers (findings M4, H6, B7,
 * B8; adversary rows 2.X.1-2.X.5, 3.2-3.5) against a real `conclave coordinator` process with
 * three honest `conclave worker` processes. Each ends in a typed refusal, a log line, and a
 * model exactly that of the honest workers alone (runs are deterministic: same seed, same
 * sites, every site every round), except where secure aggregation makes a poisoned round
 * impossible to attribute: that round is refused whole, never applied.
 */
describe("security: malicious workers against a real coordinator process (review M4, H6; adversary 2.X, 3.x)", function () {
  this.timeout(300_000);
  let dir = "";
  const procs: Running[] = [];
  const honest = ["h0", "h1", "h2"];
  const fedFile = (): string => path.join(dir, "fed", "federation.json");
  before(() => {
    dir = mkdtempSync(path.join(tmpdir(), "conclave-malicious-workers-"));
    splitBoston(dir, 3);
    devFederation(path.join(dir, "fed"), [...honest, "mallory"]);
  });
  after(() => {
    for (const p of procs) if (p.child.exitCode === null) p.child.kill("SIGKILL");
    rmSync(dir, { recursive: true, force: true });
  });

  async function run(secagg: "secagg+" | "none", minWorkers: number, during: (url: string) => Promise<void> = async () => {}): Promise<{ summary: Record<string, unknown>; coordinator: Running }> {
    const coordinator = spawnConclave(["coordinator", "--task", "boston", "--port", "0", "--min-workers", String(minWorkers), "--rounds", "2", "--json", "--secagg", secagg,
      "--federation", fedFile(), "--key", path.join(dir, "fed", "coordinator.key"), "--test-data", path.join(dir, "hospital-0.csv"), "--wait-seconds", "120",
      "--max-examples", "10000", "--round-timeout-seconds", "30"]);
    procs.push(coordinator);
    const url = `http://127.0.0.1:${await listeningPort(coordinator)}`;
    await during(url);
    const workers = honest.map((name, i) => spawnConclave(["worker", "--server", url, "--data", path.join(dir, `hospital-${i}.csv`), "--name", name,
      "--key", path.join(dir, "fed", `${name}.key`), "--federation", fedFile(), ...(secagg === "none" ? ["--accept", "none"] : [])]));
    procs.push(...workers);
    const code = await coordinator.exited;
    assert.equal(code, 0, coordinator.stderr.slice(-3000));
    return { summary: lastJsonLine(coordinator.stdout), coordinator };
  }

  /** A member's worker (mallory), the project's own code with a hook that rewrites what it sends. */
  async function mallory(url: string, tamper: (b: Body) => Body | null, examples = 100, accept: "secagg+" | "none" = "secagg+"): Promise<WorkerClient> {
    const w = new WorkerClient(await connectSocketIo(url, { attempts: 3 }), {
      name: "mallory", task: TASK, learner: new FakeLearner(examples, 3, 0.5, { features: BOSTON_TASK.features.length }), identity: readKeyFile(path.join(dir, "fed", "mallory.key")),
      membership: loadMembership(fedFile()), policy: { ...TEST_POLICY, protocols: [accept], allowStandardisation: false }, tamper,
    });
    await w.join();
    return w;
  }

  const testMse = (s: Record<string, unknown>): unknown => (typeof s.federated === "object" && s.federated !== null ? Reflect.get(s.federated, "testMse") : undefined);

  it("admission: a copied public key, a squatted name, a replayed handshake and an inflated example count are refused; the model is the honest one", async () => {
    const baseline = await run("secagg+", 3);
    const refusals: string[] = [];
    const attacked = await run("secagg+", 3, async (url) => {
      const h0 = readKeyFile(path.join(dir, "fed", "h0.key"));
      const stranger = generateSigningKeyPair();
      const peer = async (): Promise<RawPeer> => { const p = new RawPeer(await connectSocketIo(url, { attempts: 3 }), "x"); return p; };
      const join = (c: Extract<Body, { type: "challenge" }>, name: string, key: Uint8Array, sign: (m: Uint8Array) => Uint8Array, numExamples = 100): Body => {
        const body = { protocolVersion: PROTOCOL_VERSION, workerName: name, capabilities: ["secagg+"], backend: "fake", numExamples, task: TASK.name, taskDigest: TASK.digest, identityKey: key };
        return { type: "join", ...body, proof: sign(joinPayload(c, body)) };
      };
      // A copied key: h0's public key, without its private key.
      const copier = await peer();
      copier.send(join(await copier.next("challenge"), "h0", h0.publicKey, () => new Uint8Array(64).fill(1)));
      // A squatted name: h1's name, with the stranger's own (valid) signature.
      const squatter = await peer();
      squatter.send(join(await squatter.next("challenge"), "h1", stranger.publicKey, signer(stranger.secretKey)));
      // A replayed handshake: h0's genuine signed join, made for another connection's challenge.
      const first = await peer();
      const recorded = join(await first.next("challenge"), "h0", h0.publicKey, signer(h0.secretKey));
      first.connection.close();
      const replayer = await peer();
      await replayer.next("challenge");
      replayer.send(recorded);
      // A member claiming 2^32 - 1 examples.
      const greedy = await peer();
      const mk = readKeyFile(path.join(dir, "fed", "mallory.key"));
      greedy.send(join(await greedy.next("challenge"), "mallory", mk.publicKey, signer(mk.secretKey), 0xffffffff));
      for (const p of [copier, squatter, replayer, greedy]) {
        const e = await p.next("error");
        assert.equal(e.code, "NOT_ADMITTED", e.message);
        refusals.push(e.message);
      }
    });
    assert.match(refusals[0]!, /not signed by its key for this connection's challenge/);
    assert.match(refusals[1]!, /the key presented for site "h1" is not the one in the federation file/);
    assert.match(refusals[2]!, /not signed by its key for this connection's challenge/);
    assert.match(refusals[3]!, /announces 4294967295 examples, above this run's cap of 10000/);
    assert.equal((attacked.coordinator.stderr.match(/refused a worker/g) ?? []).length, 4, "one log line per refusal");
    assert.equal(attacked.summary.workers, 3);
    assert.equal(testMse(attacked.summary), testMse(baseline.summary), "bit for bit the honest workers' model");
  });

  it("plaintext: an admitted member's 1e30 update is refused every round (norm bound); the model is the honest one", async () => {
    const baseline = await run("none", 3);
    let w: WorkerClient | null = null;
    const attacked = await run("none", 4, async (url) => {
      w = await mallory(url, (b) => (b.type === "trainResult" ? { ...b, update: b.update.map((t) => ({ ...t, values: t.values.map(() => 1e30) })) } : b), 100, "none");
    });
    assert.ok(w);
    assert.match(attacked.coordinator.stderr, /rejected the update of mallory: its L2 norm is .* above this run's bound/);
    assert.equal(testMse(attacked.summary), testMse(baseline.summary));
  });

  it("secure aggregation: a member that inflates its count word gets the round refused whole (not applied, logged); the next round applies", async () => {
    let poisoned = 0;
    const attacked = await run("secagg+", 4, async (url) => {
      await mallory(url, (b) => {
        if (b.type !== "secaggReply" || b.reply.stage !== "MaskedInput" || poisoned > 0) return b;
        poisoned++;
        const v = b.reply.maskedInput.slice();
        v[v.length - 2] = (v[v.length - 2]! + 2 ** 30) >>> 0;
        return { ...b, reply: { ...b.reply, maskedInput: v } };
      });
    });
    assert.equal(poisoned, 1);
    assert.match(attacked.coordinator.stderr, /round 1 not applied .*the securely summed example count is \d+, outside the range/);
    assert.equal(attacked.summary.roundsApplied, 1);
  });
});
