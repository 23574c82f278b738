/**
 * Several endpoints behind one concurrency limit. A request waits (FIFO) for a free slot, then
 * goes to the endpoint with the fewest requests in flight; ties rotate, so equal servers share
 * evenly. Least-busy rather than round-robin because a slow or overloaded server keeps its
 * requests longer and so is picked less, without any latency bookkeeping.
 */

export interface PoolMember {
  /** Requests in flight here now. */
  inFlight: number;
  /** Most requests this endpoint may hold at once (Infinity = only the global limit). */
  readonly maxInFlight: number;
  /** Requests ever started here (for reports and tests). */
  started: number;
}

export class EndpointPool<E extends PoolMember> {
  private readonly waiting: ((e: E) => void)[] = [];
  private active = 0;
  private next = 0;

  constructor(readonly members: readonly E[], private readonly limit: number) {
    if (members.length === 0) throw new Error("policy: no endpoints configured");
    if (!(limit >= 1)) throw new Error(`policy: concurrency limit must be at least 1, got ${limit}`);
  }

  /** Requests in flight over all endpoints. */
  get inFlight(): number {
    return this.active;
  }

  /** Resolves with the endpoint to use once a slot is free; pair with release(). */
  acquire(): Promise<E> {
    const e = this.pick();
    if (e) return Promise.resolve(e);
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  release(e: E): void {
    e.inFlight -= 1;
    this.active -= 1;
    while (this.waiting.length > 0) {
      const m = this.pick();
      if (!m) break;
      this.waiting.shift()!(m);
    }
  }

  private pick(): E | undefined {
    if (this.active >= this.limit) return undefined;
    const n = this.members.length;
    let best: E | undefined;
    let bestIndex = 0;
    for (let k = 0; k < n; k++) {
      const i = (this.next + k) % n;
      const m = this.members[i]!;
      if (m.inFlight >= m.maxInFlight) continue;
      if (!best || m.inFlight < best.inFlight) {
        best = m;
        bestIndex = i;
      }
    }
    if (!best) return undefined;
    this.next = (bestIndex + 1) % n;
    best.inFlight += 1;
    best.started += 1;
    this.active += 1;
    return best;
  }
}
