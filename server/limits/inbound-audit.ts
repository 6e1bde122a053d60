/**
 * What became of every frame a peer sent (issue 8 item 4: "every bad message gets a typed error
 * or a counted drop"). Each inbound frame is recorded exactly once:
 *   accepted      a message handled without an error (a join, a reply, a bye, a worker's error);
 *   replied       answered by a typed Error (its code is recorded);
 *   suppressed    an Error of that code was already sent to this peer within the interval: a counted drop;
 *   rate-limited  over the connection's message rate (the first gets Error RATE_LIMITED, then the connection closes);
 *   partial       a frame of a message still being reassembled;
 *   dropped       a frame of a refused (oversized) message, a non-binary frame, anything after a close;
 *   disconnected  a frame breaking the framing rules: the connection is closed.
 */
export type InboundOutcome = "accepted" | "replied" | "suppressed" | "rate-limited" | "partial" | "dropped" | "disconnected";

export interface InboundRecord { readonly peer: string; readonly outcome: InboundOutcome; readonly code?: string }

export class InboundAudit {
  readonly counts: Record<InboundOutcome, number> = { accepted: 0, replied: 0, suppressed: 0, "rate-limited": 0, partial: 0, dropped: 0, disconnected: 0 };
  /** Error replies sent, by code. */
  readonly codes = new Map<string, number>();
  private readonly listeners: ((r: InboundRecord) => void)[] = [];

  record(peer: string, outcome: InboundOutcome, code?: string): void {
    this.counts[outcome]++;
    if (outcome === "replied" && code !== undefined) this.codes.set(code, (this.codes.get(code) ?? 0) + 1);
    const r: InboundRecord = code === undefined ? { peer, outcome } : { peer, outcome, code };
    for (const l of this.listeners) l(r);
  }

  onRecord(listener: (r: InboundRecord) => void): () => void {
    this.listeners.push(listener);
    return () => { const i = this.listeners.indexOf(listener); if (i >= 0) this.listeners.splice(i, 1); };
  }

  get total(): number { return Object.values(this.counts).reduce((s, n) => s + n, 0); }
}
