/**
 * Open protocol sessions at a holder: the Beaver triple between BeaverOpen and
 * BeaverClose, the truncation pair between TruncOpen and TruncClose. Bounded:
 * when full, the oldest session is dropped (a client that timed out never
 * closes its sessions, and must not fill the worker's memory).
 */
import { SyftError } from "../errors";
import type { ShareInfo, TripleKind } from "../messages";
import type { Shape } from "../shape";

export interface RingDense {
  readonly shape: Shape;
  readonly values: BigUint64Array;
}

export interface BeaverSession {
  readonly kind: "beaver";
  readonly owner: string;
  readonly tripleKind: TripleKind;
  readonly a: RingDense;
  readonly b: RingDense;
  readonly c: RingDense;
  readonly share: ShareInfo;
}

export interface TruncationSession {
  readonly kind: "truncation";
  readonly owner: string;
  readonly x: RingDense;
  readonly r: BigUint64Array;
  readonly rq: BigUint64Array;
  readonly offset: bigint;
  readonly share: ShareInfo;
  attempt: number;
}

export type Session = BeaverSession | TruncationSession;

export const DEFAULT_MAX_SESSIONS = 256;

export class SessionStore {
  private readonly sessions = new Map<string, Session>();

  constructor(private readonly worker: string, private readonly maxSessions = DEFAULT_MAX_SESSIONS) {}

  get size(): number { return this.sessions.size; }

  open(key: string, session: Session): void {
    if (this.sessions.has(key)) throw new SyftError("BAD_REQUEST", `worker ${this.worker}: session ${key} is already open`);
    if (this.sessions.size >= this.maxSessions) {
      const oldest = this.sessions.keys().next().value;
      if (oldest !== undefined) this.sessions.delete(oldest);
    }
    this.sessions.set(key, session);
  }

  beaver(key: string, owner: string): BeaverSession {
    const s = this.find(key, owner);
    if (s.kind !== "beaver") throw new SyftError("BAD_REQUEST", `worker ${this.worker}: session ${key} is not a multiplication`);
    return s;
  }

  truncation(key: string, owner: string): TruncationSession {
    const s = this.find(key, owner);
    if (s.kind !== "truncation") throw new SyftError("BAD_REQUEST", `worker ${this.worker}: session ${key} is not a truncation`);
    return s;
  }

  close(key: string): void {
    this.sessions.delete(key);
  }

  private find(key: string, owner: string): Session {
    const s = this.sessions.get(key);
    if (s === undefined) throw new SyftError("NOT_FOUND", `worker ${this.worker} has no open session ${key}: it was closed, dropped for newer ones, or never opened`);
    if (s.owner !== owner) throw new SyftError("REFUSED", `worker ${this.worker}: session ${key} belongs to ${s.owner}, not ${owner}`);
    return s;
  }
}
