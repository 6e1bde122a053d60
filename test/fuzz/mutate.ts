import { decodeMessage, encodeMessage } from "../../shared/protocol/codec";
import { FRAME_HEADER_BYTES, splitIntoFrames } from "../../shared/transport/frames";
import type { SeededRng } from "../../shared/random/seeded-rng";

/** One fuzz case: the frames to send, and what was done (for the report). */
export interface FuzzCase { readonly frames: Uint8Array[]; readonly mutation: string }

const INTERESTING = [0x00, 0x01, 0x7f, 0x80, 0xff];

function varint(n: number): number[] {
  const out: number[] = [];
  while (n >= 0x80) { out.push((n % 128) | 0x80); n = Math.floor(n / 128); }
  out.push(n);
  return out;
}

function join(...parts: (Uint8Array | number[])[]): Uint8Array {
  const arrays = parts.map((p) => (p instanceof Uint8Array ? p : Uint8Array.from(p)));
  const out = new Uint8Array(arrays.reduce((s, a) => s + a.byteLength, 0));
  let o = 0;
  for (const a of arrays) { out.set(a, o); o += a.byteLength; }
  return out;
}

/** Byte-level mutations of an encoded envelope. */
const BYTE_MUTATIONS: readonly { name: string; apply: (m: Uint8Array, rng: SeededRng, other: Uint8Array) => Uint8Array }[] = [
  { name: "flip bits", apply: (m, rng) => { const c = m.slice(); for (let i = 0, n = 1 + rng.int(8); i < n && c.length > 0; i++) c[rng.int(c.length)]! ^= 1 << rng.int(8); return c; } },
  { name: "interesting byte", apply: (m, rng) => { const c = m.slice(); if (c.length > 0) c[rng.int(c.length)] = INTERESTING[rng.int(INTERESTING.length)]!; return c; } },
  { name: "truncate", apply: (m, rng) => m.slice(0, rng.int(m.length + 1)) },
  { name: "insert random bytes", apply: (m, rng) => { const at = rng.int(m.length + 1); const junk = Uint8Array.from({ length: 1 + rng.int(16) }, () => rng.int(256)); return join(m.subarray(0, at), junk, m.subarray(at)); } },
  { name: "duplicate a slice", apply: (m, rng) => { const a = rng.int(m.length + 1); const b = a + rng.int(m.length - a + 1); return join(m.subarray(0, b), m.subarray(a, b), m.subarray(b)); } },
  { name: "splice two messages", apply: (m, rng, other) => join(m.subarray(0, rng.int(m.length + 1)), other.subarray(rng.int(other.length + 1))) },
  { name: "append an unknown field", apply: (m, rng) => { const wire = [0, 1, 2, 5][rng.int(4)]!; const field = 23 + rng.int(5000);
    const payload = wire === 0 ? varint(rng.int(2 ** 31)) : wire === 1 ? Array(8).fill(0) : wire === 5 ? Array(4).fill(0) : [...varint(3), 1, 2, 3];
    return join(m, varint(field * 8 + wire), payload); } },
  { name: "huge length", apply: (m, rng) => { const at = rng.int(m.length + 1); return join(m.subarray(0, at), [0x0a, 0xff, 0xff, 0xff, 0xff, 0x07], m.subarray(at)); } },
  { name: "group wire type", apply: (m, rng) => join(m, varint((1 + rng.int(30)) * 8 + 3 + rng.int(2))) },
  { name: "random bytes", apply: (_m, rng) => Uint8Array.from({ length: rng.int(256) }, () => rng.int(256)) },
  { name: "empty", apply: () => new Uint8Array(0) },
  { name: "tensor bomb", apply: (_m, rng) => { const n = 5_000 + rng.int(50_000); const body = new Uint8Array(2 * n); for (let i = 0; i < body.length; i += 2) body[i] = 0x0a;
    return join([0x0a, 0x02, 0x18, 0x01], varint([13 * 8 + 2, 12 * 8 + 2, 14 * 8 + 2][rng.int(3)]!), varint(body.length), body); } },
  { name: "rerouted meta", apply: (m, rng) => {
    try {
      const d = decodeMessage(m);
      const pick = <T>(xs: readonly T[]): T => xs[rng.int(xs.length)]!;
      return encodeMessage({ meta: { runId: pick([d.meta.runId, "", "other-run"]), round: pick([0, 1, 2, 0xffffffff]), messageId: 1 + rng.int(1000),
        replyTo: pick([0, 1, 2, 3, rng.int(2 ** 32)]), sender: pick(["alice", "coordinator", ""]) }, body: d.body });
    } catch { return m; }
  } },
];

/** Frame-level mutations: how the (possibly mutated) message is cut into frames and what their headers say. */
function frameCase(message: Uint8Array, stream: number, rng: SeededRng): { frames: Uint8Array[]; name: string } {
  const choice = rng.int(20);
  const frameBytes = Math.max(1, Math.ceil(message.byteLength / (2 + rng.int(15))));
  const frames = splitIntoFrames(message, stream, choice < 16 ? 512 * 1024 : frameBytes);
  if (choice < 18) return { frames, name: choice < 16 ? "one frame" : "small frames" };
  const f = frames[rng.int(frames.length)]!;
  const view = new DataView(f.buffer, f.byteOffset, f.byteLength);
  const word = [0, 4, 8, 12][rng.int(4)]!;
  view.setUint32(word, [0, 1, stream - 1, 0xffffffff, rng.int(2 ** 32)][rng.int(5)]!, true);
  if (choice === 19 && frames.length > 1) frames.splice(rng.int(frames.length), 1);
  if (rng.int(4) === 0) return { frames: [f.subarray(0, rng.int(FRAME_HEADER_BYTES + 1))], name: "short frame" };
  return { frames, name: `header word ${word / 4} rewritten` };
}

/** A seeded fuzz case from the corpus: a byte mutation (or none, one in ten), then a framing (several frames one in ten, a broken header one in ten). */
export function fuzzCase(corpus: readonly Uint8Array[], stream: number, rng: SeededRng): FuzzCase {
  const seed = corpus[rng.int(corpus.length)]!;
  const other = corpus[rng.int(corpus.length)]!;
  let message = seed;
  let name = "verbatim";
  if (rng.int(10) !== 0) {
    const m = BYTE_MUTATIONS[rng.int(BYTE_MUTATIONS.length)]!;
    message = m.apply(seed, rng, other);
    name = m.name;
  }
  const framed = frameCase(message, stream, rng);
  return { frames: framed.frames, mutation: `${name}, ${framed.name}` };
}
