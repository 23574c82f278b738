/**
 * Several endpoints behind one concurrency limit. A request waits (FIFO) for a free slot, then
 * goes to the endpoint with the fewest requests in flight; ties rotate, so equal servers share
 * evenly. Least-busy rather than round-robin because a slow or overloaded server keeps its
 * requests longer and so is picked less, without any latency bookkeeping.
 */
export class EndpointPool {
    members;
    limit;
    waiting = [];
    active = 0;
    next = 0;
    constructor(members, limit) {
        this.members = members;
        this.limit = limit;
        if (members.length === 0)
            throw new Error("policy: no endpoints configured");
        if (!(limit >= 1))
            throw new Error(`policy: concurrency limit must be at least 1, got ${limit}`);
    }
    /** Requests in flight over all endpoints. */
    get inFlight() {
        return this.active;
    }
    /** Resolves with the endpoint to use once a slot is free; pair with release(). */
    acquire() {
        const e = this.pick();
        if (e)
            return Promise.resolve(e);
        return new Promise((resolve) => this.waiting.push(resolve));
    }
    release(e) {
        e.inFlight -= 1;
        this.active -= 1;
        while (this.waiting.length > 0) {
            const m = this.pick();
            if (!m)
                break;
            this.waiting.shift()(m);
        }
    }
    pick() {
        if (this.active >= this.limit)
            return undefined;
        const n = this.members.length;
        let best;
        let bestIndex = 0;
        for (let k = 0; k < n; k++) {
            const i = (this.next + k) % n;
            const m = this.members[i];
            if (m.inFlight >= m.maxInFlight)
                continue;
            if (!best || m.inFlight < best.inFlight) {
                best = m;
                bestIndex = i;
            }
        }
        if (!best)
            return undefined;
        this.next = (bestIndex + 1) % n;
        best.inFlight += 1;
        best.started += 1;
        this.active += 1;
        return best;
    }
}
//# sourceMappingURL=http-pool.js.map