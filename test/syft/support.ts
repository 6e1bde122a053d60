/**
 * The syft test fixture (PySyft's `workers` fixture, without a module-level
 * registry): named virtual workers with seeded randomness, one client, and a
 * clock the test advances itself.
 */
import assert from "node:assert/strict";
import { seededRandomBytes, seedFromLabel } from "../../shared/crypto/random";
import { Syft, VirtualWorker, type SyftWorker, type Timers, type WorkerHandle, type WorkerNodeOptions } from "../../shared/syft/index";
import type { Tensor } from "../../shared/syft/index";

/** Timers that fire only when the test says so. */
export class ManualTimers implements Timers {
  private readonly due: { at: number; callback: () => void; cancelled: boolean }[] = [];
  private now = 0;

  schedule(ms: number, callback: () => void): () => void {
    const entry = { at: this.now + ms, callback, cancelled: false };
    this.due.push(entry);
    return () => { entry.cancelled = true; };
  }

  get pending(): number { return this.due.filter((d) => !d.cancelled).length; }

  /** Moves the clock forward and fires what fell due. */
  advance(ms: number): void {
    this.now += ms;
    for (const d of this.due.splice(0)) {
      if (d.cancelled) continue;
      if (d.at <= this.now) d.callback();
      else this.due.push(d);
    }
  }
}

export const WORKER_NAMES = ["alice", "bob", "charlie", "dan", "erin", "james"] as const;

export interface Fixture {
  readonly syft: Syft;
  readonly timers: ManualTimers;
  readonly handles: Record<string, WorkerHandle>;
  readonly virtual: Record<string, VirtualWorker>;
  readonly alice: WorkerHandle;
  readonly bob: WorkerHandle;
  readonly charlie: WorkerHandle;
  readonly james: WorkerHandle;
  /** Objects each worker holds. */
  objects(name: string): number;
}

export function fixture(options: { seed?: number; names?: readonly string[]; clientId?: string; node?: (name: string) => WorkerNodeOptions } = {}): Fixture {
  const seed = options.seed ?? 1;
  const timers = new ManualTimers();
  const syft = new Syft({ id: options.clientId ?? "me", timers, randomBytes: seededRandomBytes(seedFromLabel(`syft-client-${seed}`)) });
  const names = options.names ?? WORKER_NAMES;
  const virtual: Record<string, VirtualWorker> = {};
  const handles: Record<string, WorkerHandle> = {};
  for (const name of names) {
    virtual[name] = new VirtualWorker(name, { randomBytes: seededRandomBytes(seedFromLabel(`syft-${name}-${seed}`)), ...(options.node?.(name) ?? {}) });
    handles[name] = syft.connect(virtual[name]);
  }
  const get = (n: string): WorkerHandle => {
    const h = handles[n];
    if (h === undefined) throw new Error(`no worker ${n} in this fixture`);
    return h;
  };
  return {
    syft, timers, handles, virtual, alice: get("alice"), bob: get("bob"), charlie: get("charlie"), james: get("james"),
    objects: (name) => virtual[name]!.node.store.size,
  };
}

/** A second client on the same virtual workers (another party naming itself `id`). */
export function otherClient(f: Fixture, id: string): Record<string, WorkerHandle> {
  const syft = new Syft({ id, timers: f.timers, randomBytes: seededRandomBytes(seedFromLabel(`syft-client-${id}`)) });
  const out: Record<string, WorkerHandle> = {};
  for (const [name, w] of Object.entries(f.virtual)) out[name] = syft.connect(w.link());
  return out;
}

/** A link that records every byte it carries, both ways. */
export function recordingLink(inner: SyftWorker): { link: SyftWorker; sent: Uint8Array[]; received: Uint8Array[] } {
  const sent: Uint8Array[] = [];
  const received: Uint8Array[] = [];
  return {
    sent, received,
    link: {
      id: inner.id,
      send: (m) => { sent.push(m.slice()); inner.send(m); },
      onReceive: (h) => inner.onReceive((m) => { received.push(m.slice()); h(m); }),
    },
  };
}

export function contains(haystack: Uint8Array, needle: Uint8Array): boolean {
  outer: for (let i = 0; i + needle.length <= haystack.length; i++) {
    for (let j = 0; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

/** Exact equality of a tensor with expected values (what PySyft's `(y == t).all()` asserts). */
export function assertValues(t: Tensor, expected: readonly number[], shape?: readonly number[]): void {
  assert.deepEqual(t.toArray(), [...expected]);
  if (shape) assert.deepEqual([...t.shape], [...shape]);
}

/** |t - expected| <= tolerance elementwise. */
export function assertClose(t: Tensor, expected: readonly number[], tolerance: number): void {
  const got = t.toArray();
  assert.equal(got.length, expected.length);
  got.forEach((v, i) => assert.ok(Math.abs(v - expected[i]!) <= tolerance, `element ${i}: ${v} differs from ${expected[i]} by more than ${tolerance}`));
}
