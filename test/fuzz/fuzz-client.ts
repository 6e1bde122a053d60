import type { InboundAudit, InboundOutcome } from "../../server/limits/inbound-audit";
import { ERROR_CODES, type Body, type ChallengeBody } from "../../shared/protocol/messages";
import { SeededRng } from "../../shared/random/seeded-rng";
import { RawSocket } from "../limits/support/raw-socket";
import { fuzzCase } from "./mutate";

export interface FuzzOptions {
  readonly url: string;
  /** Mutated messages to send in all. */
  readonly count: number;
  readonly seed: number;
  /** Connections fuzzing at once; odd-numbered lanes join first (when `join` is given), so their messages meet an admitted session. */
  readonly lanes: number;
  readonly corpus: readonly Uint8Array[];
  /** The coordinator's audit: every frame sent must show up in it (the test runs the coordinator in-process). */
  readonly audit: InboundAudit;
  /** A valid Join for a fuzzing site, built from the connection's challenge. */
  readonly join?: (challenge: ChallengeBody, lane: number) => Body;
  /** How long a frame may go without being answered or counted. */
  readonly frameTimeoutMs?: number;
  readonly onProgress?: (sent: number) => void;
}

export interface FuzzReport {
  messages: number;
  frames: number;
  connections: number;
  outcomes: Partial<Record<InboundOutcome, number>>;
  /** Typed Errors the fuzzer received, by code. */
  errors: Record<string, number>;
  /** Frames sent after the coordinator had closed the connection (never read by it). */
  unreadAfterClose: number;
  /** Error replies recorded by the coordinator on connections still open at the end but never received: must be 0. */
  missingReplies: number;
  /** Errors with an unknown code or no sentence: must be 0. */
  untypedErrors: number;
  mutations: Record<string, number>;
}

/**
 * Fuzz a live coordinator: each lane connects over socket.io, optionally joins, and sends seeded
 * mutations of valid messages one at a time, waiting after each until the coordinator's audit has
 * recorded every frame of it (or the connection closed), so a frame that is neither answered nor
 * counted fails the run (it throws). Reconnects whenever the coordinator closes the connection.
 */
export async function runFuzz(o: FuzzOptions): Promise<FuzzReport> {
  const report: FuzzReport = { messages: 0, frames: 0, connections: 0, outcomes: {}, errors: {}, unreadAfterClose: 0, missingReplies: 0, untypedErrors: 0, mutations: {} };
  const rng = SeededRng.fromSeed(o.seed);
  const lanes = Array.from({ length: o.lanes }, (_, lane) => runLane(o, lane, rng.fork(`lane-${lane}`), Math.ceil(o.count / o.lanes), report));
  await Promise.all(lanes);
  return report;
}

async function runLane(o: FuzzOptions, lane: number, rng: SeededRng, quota: number, report: FuzzReport): Promise<void> {
  let sent = 0;
  const timeoutMs = o.frameTimeoutMs ?? 10_000;
  while (sent < quota) {
    const s = await RawSocket.connect(o.url);
    report.connections++;
    const suffix = `#${s.id}`;
    let records = 0;
    let replied = 0;
    let wake: (() => void) | null = null;
    const off = o.audit.onRecord((r) => {
      if (!r.peer.endsWith(suffix)) return;
      records++;
      if (r.outcome === "replied") replied++;
      report.outcomes[r.outcome] = (report.outcomes[r.outcome] ?? 0) + 1;
      wake?.();
    });
    s.socket.on("disconnect", () => wake?.());
    const settled = (expected: number): Promise<void> => new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`lane ${lane}: ${expected - records} frame(s) neither answered nor counted after ${timeoutMs} ms (connection open: ${!s.disconnected})`)), timeoutMs);
      const check = (): void => {
        if (records >= expected || s.disconnected) { clearTimeout(timer); wake = null; resolve(); } else wake = check;
      };
      check();
    });
    try {
      await s.until(() => s.runId !== "" || s.disconnected, "the challenge");
      const challenge = s.received.find((m) => m.body.type === "challenge")?.body;
      if (o.join && lane % 2 === 1 && challenge?.type === "challenge") {
        s.send(o.join(challenge, lane));
        await settled(1);
        await s.until(() => s.received.some((m) => m.body.type === "welcome") || s.disconnected, "the welcome");
      }
      const base = records;
      let expected = base;
      while (!s.disconnected && sent < quota) {
        const c = fuzzCase(o.corpus, s.takeStream(), rng);
        report.mutations[c.mutation] = (report.mutations[c.mutation] ?? 0) + 1;
        for (const f of c.frames) s.sendFrame(f);
        expected += c.frames.length;
        report.frames += c.frames.length;
        report.messages++;
        sent++;
        o.onProgress?.(report.messages);
        await settled(expected);
      }
      if (s.disconnected) report.unreadAfterClose += Math.max(0, expected - records);
      else {
        // Every reply the coordinator recorded must reach us (an open connection loses nothing).
        await s.until(() => s.errors().length >= replied, `${replied} error replies`, timeoutMs).catch(() => {});
        report.missingReplies += Math.max(0, replied - s.errors().length);
      }
      for (const e of s.errors()) {
        report.errors[e.code] = (report.errors[e.code] ?? 0) + 1;
        if (!ERROR_CODES.includes(e.code) || e.message.length === 0) report.untypedErrors++;
      }
    } finally {
      off();
      s.close();
    }
  }
}
