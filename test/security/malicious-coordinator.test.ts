import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { Coordinator } from "../../server/coordinator";
import { FedAvg } from "../../server/strategy/fedavg";
import { RingSecureDriver, DEFAULT_CLIP_RANGE } from "../../server/round/ring-driver";
import { SocketIoServerTransport } from "../../server/transport/socketio-server";
import { generateSigningKeyPair, signer } from "../../shared/crypto/signatures";
import { PLAINTEXT_PROTECTION, type Body, type Message } from "../../shared/protocol/messages";
import { describeTask } from "../../shared/protocol/task-description";
import { advertisementMessage } from "../../shared/secagg/share-payload";
import { initialTaskWeights } from "../../shared/task/init-weights";
import { BOSTON_TASK } from "../../shared/task/tasks";
import { decodeMessage } from "../../shared/protocol/codec";
import { loadMembership } from "../../bin/federation-io";
import { readKeyFile } from "../../bin/key-store";
import { testRng } from "../support/federation";
import { devFederation, splitBoston } from "../support/processes";
import { spawnConclave, type Running } from "../support/spawn-conclave";
import { tamperOutgoing } from "../support/tamper-connection";

type Rewrite = (m: Message) => Message | null;
const asRequest = (m: Message): Extract<Body, { type: "secaggRequest" }>["request"] | null => (m.body.type === "secaggRequest" ? m.body.request : null);
const withRequest = (m: Message, request: Extract<Body, { type: "secaggRequest" }>["request"]): Message =>
  m.body.type === "secaggRequest" ? { ...m, body: { ...m.body, request } } : m;

/**
 * The security review's attacks by a malicious coordinator (findings C1, C2, H1, H2), replayed
 * against four real `conclave worker` processes with their default policy. The coordinator is
 * the project's own, with what it sends rewritten round by round: round r carries attack r.
 * Each attack must end in a typed refusal by the workers, a log line on their side, and
 * nothing of theirs released: the round is not applied and no plaintext reaches the coordinator.
 */
describe("security: a malicious coordinator against real worker processes (security review C1, C2, H1, H2)", function () {
  this.timeout(240_000);
  let dir = "";
  const procs: Running[] = [];
  const sites = ["h0", "h1", "h2", "h3"];
  let transport: SocketIoServerTransport | null = null;
  before(() => {
    dir = mkdtempSync(path.join(tmpdir(), "conclave-malicious-coordinator-"));
    splitBoston(dir, 4);
    devFederation(path.join(dir, "fed"), sites);
  });
  after(async () => {
    for (const p of procs) if (p.child.exitCode === null) p.child.kill("SIGKILL");
    await transport?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("every attack is refused by the workers themselves, logged, and releases nothing; an honest round afterwards applies", async () => {
    const fake = generateSigningKeyPair();
    const forge = signer(fake.secretKey);
    const attacks: [string, Rewrite][] = [
      ["ask for plaintext (C1)", (m) => (m.body.type === "roundStart" ? { ...m, body: { ...m.body, protection: { ...m.body.protection, secureAggregation: "none" } } } : m)],
      ["k = 2, t = 2 (H2)", (m) => { const r = asRequest(m); return r?.stage === "AdvertiseKeys" ? withRequest(m, { ...r, neighbors: 2, threshold: 2 }) : m; }],
      ["n = 2 (H2)", (m) => { const r = asRequest(m); return r?.stage === "AdvertiseKeys" ? withRequest(m, { ...r, participants: r.participants.filter((id) => id === r.receiver || id === (r.receiver % 4) + 1) }) : m; }],
      ["a threshold one colluder could split (H1)", (m) => { const r = asRequest(m); return r?.stage === "AdvertiseKeys" ? withRequest(m, { ...r, threshold: 2 }) : m; }],
      ["fabricated peer keys (C2)", (m) => {
        const r = asRequest(m);
        if (r?.stage !== "ShareKeys") return m;
        // The coordinator swaps in keys of its own, signed with a key it made up (no roster can vouch for them now).
        return withRequest(m, { ...r, advertisements: r.advertisements.map((a) => {
          const enc = generateSigningKeyPair().publicKey;
          return { ...a, encryptionPublicKey: enc, signature: forge(advertisementMessage("secagg+", new Uint8Array(32), a.sender, enc, a.maskPublicKey, a.selfMaskCommitment)) };
        }) });
      }],
      ["a graph of its own choosing: fewer neighbours than the derived one (H2)", (m) => {
        const r = asRequest(m);
        return r?.stage === "ShareKeys" ? withRequest(m, { ...r, advertisements: r.advertisements.slice(0, 1) }) : m;
      }],
      ["split survivors: tell one holder a survivor dropped (H1)", (m) => {
        const r = asRequest(m);
        return r?.stage === "Unmask" && r.receiver === 1 ? withRequest(m, { ...r, survivors: r.survivors.filter((id) => id !== 3) }) : m;
      }],
    ];
    const membership = loadMembership(path.join(dir, "fed", "federation.json"));
    const received: Message[] = [];
    let round = 0;
    const task = { ...describeTask(BOSTON_TASK), kind: BOSTON_TASK.kind };
    const coordinator = new Coordinator({
      membership, identity: readKeyFile(path.join(dir, "fed", "coordinator.key")), task, maxExamples: 10_000, rounds: attacks.length + 1,
      initialWeights: initialTaskWeights(BOSTON_TASK, 1), rng: testRng(), maxMessageBytes: 1 << 24, roundTimeoutMs: 20_000, maxConsecutiveFailures: 100,
      strategy: new FedAvg({ train: { ...BOSTON_TASK.train, seed: 1 }, minFitWorkers: 1 }), protection: { ...PLAINTEXT_PROTECTION, clipNorm: BOSTON_TASK.clipNorm },
      secure: new RingSecureDriver({ protocol: "secagg+", clipRange: DEFAULT_CLIP_RANGE, weighted: true, maxExamples: 10_000, stageTimeoutMs: 10_000 }),
      beforeRound: (r) => { round = r; return null; },
    });
    transport = await SocketIoServerTransport.listen({ port: 0, host: "127.0.0.1", maxMessageBytes: 1 << 24 });
    transport.onConnection((c) => {
      c.onMessage((bytes) => received.push(decodeMessage(bytes)));
      coordinator.addConnection(tamperOutgoing(c, (m) => (round >= 1 && round <= attacks.length ? attacks[round - 1]![1](m) : m)));
    });
    for (let i = 0; i < 4; i++) {
      procs.push(spawnConclave(["worker", "--server", `http://127.0.0.1:${transport.port}`, "--data", path.join(dir, `hospital-${i}.csv`), "--name", sites[i]!,
        "--key", path.join(dir, "fed", `${sites[i]}.key`), "--federation", path.join(dir, "fed", "federation.json")]));
    }
    await coordinator.waitForWorkers(4, 60_000);
    const history = await coordinator.run();
    await coordinator.shutdown("finished");
    const logs = procs.map((p) => p.stderr).join("\n");
    history.rounds.slice(0, attacks.length).forEach((r, i) => {
      assert.equal(r.applied, false, `${attacks[i]![0]}: the round must not apply`);
      assert.ok(r.failures.some((f) => f.code === "POLICY_REFUSED" || f.code === "SECAGG_REFUSED"), `${attacks[i]![0]}: a typed refusal (${JSON.stringify(r.failures.map((f) => f.code))})`);
    });
    const last = history.rounds[attacks.length]!;
    assert.ok(last.applied, `the honest round applies: ${last.abortReason}`);
    // The workers said why, each in their own log.
    assert.match(logs, /refused round 1: this site's policy accepts only secagg\+, but the coordinator asked for none/);
    assert.match(logs, /refused a AdvertiseKeys request: refusing the round's parameters: .*threshold|refused a AdvertiseKeys request: refusing the round's parameters: .*neighbours/);
    assert.match(logs, /refused a AdvertiseKeys request: refusing the round's parameters: the round has 2 participants but this worker's policy requires at least 3/);
    assert.match(logs, /refused a ShareKeys request: the key advertisement of worker \d is not signed by its key in the federation file/);
    assert.match(logs, /refused a ShareKeys request: only 1 neighbours advertised keys but 3 are needed/);
    assert.match(logs, /refused a Unmask request: the survivor set of this Unmask request is not the one worker 1 signed/);
    // Nothing in plaintext ever reached the coordinator: no update, no count, no statistics.
    for (const { body: b } of received) {
      if (b.type === "trainResult") assert.ok(b.update.length === 0 && b.numExamples === 0 && Object.keys(b.metrics).length === 0, "a plaintext training result was sent");
      if (b.type === "statsResult") assert.equal(b.values.length, 0);
    }
    // In the split round worker 1 revealed nothing; in the honest round it did.
    const revealedBy1 = (r: number) => received.some((m) => m.meta.round === r && m.body.type === "secaggReply" && m.body.reply.stage === "Unmask" && m.body.reply.sender === 1);
    assert.equal(revealedBy1(attacks.length), false);
    assert.equal(revealedBy1(attacks.length + 1), true);
  });
});
