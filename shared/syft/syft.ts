/**
 * One client of the chain of tensors (PySyft's local worker "me"): its name,
 * how it waits (timers and a default deadline) and its randomness. It connects
 * workers and hands out their handles; the tensors carry the handles they
 * need, so there is no module-level registry to reset.
 *
 *   const syft = new Syft({ timers: systemTimers });
 *   const alice = syft.virtualWorker("alice"), bob = syft.virtualWorker("bob");
 *   const james = syft.virtualWorker("james");
 */
import { systemRandomBytes, type RandomBytes } from "../crypto/random";
import type { Timers } from "./timers";
import { VirtualWorker, type SyftWorker } from "./worker-link";
import { WorkerHandle, type ClientContext } from "./worker-handle";
import type { WorkerNodeOptions } from "./node/worker-node";

export interface SyftOptions {
  /** This client's name in every request (default "me"). Workers' policies refer to it. */
  readonly id?: string;
  readonly timers: Timers;
  /** Deadline of one request, in ms (default 30 000). */
  readonly timeoutMs?: number;
  /** Randomness for the shares this client makes and for ids (default: node:crypto). Seed it only in tests. */
  readonly randomBytes?: RandomBytes;
}

export const DEFAULT_TIMEOUT_MS = 30_000;

function hex(bytes: Uint8Array): string {
  return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
}

export class Syft {
  readonly context: ClientContext;

  constructor(options: SyftOptions) {
    const id = options.id ?? "me";
    const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    if (!(Number.isFinite(timeoutMs) && timeoutMs > 0)) throw new RangeError(`timeoutMs must be positive, got ${timeoutMs}`);
    const randomBytes = options.randomBytes ?? systemRandomBytes;
    this.context = {
      id, timers: options.timers, timeoutMs, randomBytes,
      newId: (prefix) => `${prefix}-${hex(randomBytes(12))}`,
    };
  }

  get id(): string { return this.context.id; }

  /** A handle on any worker link (a VirtualWorker, a connectionWorker, a test double). */
  connect(link: SyftWorker, options: { timeoutMs?: number } = {}): WorkerHandle {
    return new WorkerHandle(link, this.context, options.timeoutMs ?? this.context.timeoutMs);
  }

  /** A new in-process worker and its handle. */
  virtualWorker(id: string, options: WorkerNodeOptions = {}): WorkerHandle {
    return this.connect(new VirtualWorker(id, options));
  }
}
